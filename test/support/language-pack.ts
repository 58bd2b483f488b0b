/**
 * Indonesian as VS Code's display language in code-server. VS Code only takes a display language
 * that an installed language pack provides (otherwise `--locale id` falls back to English), and the
 * real pack comes from the Marketplace, which the tests cannot reach. This pack translates nothing
 * of the workbench; it only makes `id` the display language, so that extensions show their own
 * Indonesian (package.nls.id.json, l10n/bundle.l10n.id.json).
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createVSIX } from '@vscode/vsce';

const PUBLISHER = 'sop-ap-tests';
const NAME = 'test-language-pack-id';
const VERSION = '1.0.0';

/** Packs the language pack as a .vsix in `outputFolder`. */
export async function packIndonesianLanguagePack(outputFolder: string): Promise<string> {
    const folder = await mkdtemp(join(tmpdir(), 'sop-language-pack-'));
    try {
        await mkdir(join(folder, 'translations'));
        await writeFile(join(folder, 'translations/main.i18n.json'), JSON.stringify({ version: VERSION, contents: {} }));
        await writeFile(join(folder, 'README.md'), 'Test language pack: makes Indonesian the display language.\n');
        await writeFile(join(folder, 'LICENSE'), 'For tests only.\n');
        await writeFile(join(folder, '.vscodeignore'), '');
        await writeFile(join(folder, 'package.json'), JSON.stringify({
            name: NAME,
            displayName: 'Indonesian display language (tests)',
            publisher: PUBLISHER,
            version: VERSION,
            engines: { vscode: '^1.100.0' },
            categories: ['Language Packs'],
            contributes: {
                localizations: [{
                    languageId: 'id',
                    languageName: 'Indonesian',
                    localizedLanguageName: 'Bahasa Indonesia',
                    translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
                }],
            },
        }, null, 2));
        const packagePath = join(outputFolder, `${NAME}-${VERSION}.vsix`);
        await createVSIX({ cwd: folder, packagePath, dependencies: false, allowMissingRepository: true });
        return packagePath;
    } finally {
        await rm(folder, { recursive: true, force: true });
    }
}

/**
 * The server resolves `--locale` from languagepacks.json in the user-data folder, which VS Code
 * writes only once it is running; written here as it would write it, so that the first start
 * already speaks Indonesian.
 */
export async function registerIndonesianLanguagePack(userDataFolder: string, extensionsFolder: string): Promise<void> {
    const id = `${PUBLISHER}.${NAME}`;
    await writeFile(join(userDataFolder, 'languagepacks.json'), JSON.stringify({
        id: {
            hash: createHash('md5').update(id).update(VERSION).digest('hex'),
            extensions: [{ extensionIdentifier: { id }, version: VERSION }],
            translations: { vscode: join(extensionsFolder, `${id}-${VERSION}`, 'translations/main.i18n.json') },
            label: 'Bahasa Indonesia',
        },
    }));
}
