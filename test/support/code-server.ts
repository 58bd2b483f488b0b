/**
 * A real VS Code for the editor tests: code-server (installed by scripts/install-code-server.sh into
 * .cache/code-server) with throwaway HOME, XDG, TMPDIR, user-data and extensions folders, the .vsix
 * installed as a user installs it, driven in Debian's Chromium with playwright-core. Stopping it
 * ends the whole process group (extension hosts and language servers outlive the browser).
 *
 * Without code-server or Chromium the editor tests skip locally with a message, and fail in CI.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { findChromium, launchChromium } from './browser.js';
import { packIndonesianLanguagePack, registerIndonesianLanguagePack } from './language-pack.js';

const run = promisify(execFile);
export const repositoryRoot = join(import.meta.dirname, '../..');
export const codeServerEntry = join(repositoryRoot, '.cache/code-server/node_modules/code-server/out/node/entry.js');
export const artifactsFolder = join(repositoryRoot, 'test-results/editor');

/** True when the editor tests can run; throws in CI when something is missing (never a silent skip). */
export function editorAvailable(): boolean {
    const missing = [
        existsSync(codeServerEntry) ? undefined : 'code-server (run scripts/install-code-server.sh)',
        findChromium() ? undefined : 'Chromium (apt-get install chromium)',
    ].filter(Boolean);
    if (missing.length === 0) {
        return true;
    }
    if (process.env.CI) {
        throw new Error(`The editor tests need ${missing.join(' and ')}; .ci/run installs them.`);
    }
    console.warn(`Skipping the editor tests: ${missing.join(' and ')} not found.`);
    return false;
}

/**
 * Packs the extension as a user gets it (`npm run package` without the build the global setup did),
 * into a folder of its own: test files run in parallel and must not share one .vsix.
 */
export async function packageVsix(): Promise<string> {
    const { name, version } = JSON.parse(await readFile(join(repositoryRoot, 'packages/extension/package.json'), 'utf8')) as { name: string; version: string };
    const folder = await mkdtemp(join(tmpdir(), 'sop-vsix-'));
    const { stdout } = await run(process.execPath, [join(repositoryRoot, 'scripts/package-extension.mjs'), '--out', join(folder, `${name}-${version}.vsix`)], { cwd: repositoryRoot });
    const match = /^(.*\.vsix): /m.exec(stdout);
    if (!match) throw new Error(`no .vsix reported by the packaging script:\n${stdout}`);
    return match[1];
}

/** Removes a .vsix made by packageVsix, with its folder. */
export async function removeVsix(vsix: string): Promise<void> {
    await rm(dirname(vsix), { recursive: true, force: true });
}

export interface EditorOptions {
    /** Extensions to install, in order, as a user installs them (`--install-extension`). */
    vsix: string | string[];
    /** A folder copied into the throwaway workspace (the tests may change what they open). */
    workspaceFrom?: string;
    /** More files for the workspace, by relative path; written before VS Code starts, so Quick Open lists them. */
    workspaceFiles?: Record<string, string>;
    /** User settings the editor starts with, beside the ones that keep tests quiet. */
    settings?: Record<string, unknown>;
    /** Indonesian as VS Code's display language (with a stand-in language pack, see language-pack.ts). */
    indonesian?: boolean;
}

export class Editor {
    private constructor(
        readonly root: string,
        readonly workspace: string,
        readonly installOutput: string,
        readonly extensionsFolder: string,
        private readonly server: ChildProcess,
        private readonly browser: Browser,
        readonly page: Page,
        readonly serverLog: string[],
    ) {}

    static async start(options: EditorOptions): Promise<Editor> {
        const root = await mkdtemp(join(tmpdir(), 'sop-editor-'));
        const folders = Object.fromEntries(['home', 'config', 'data', 'cache', 'tmp', 'user-data', 'extensions', 'workspace']
            .map(name => [name, join(root, name)]));
        await Promise.all(Object.values(folders).map(folder => mkdir(folder, { recursive: true })));
        if (options.workspaceFrom) {
            await cp(options.workspaceFrom, folders.workspace, { recursive: true });
        }
        for (const [path, text] of Object.entries(options.workspaceFiles ?? {})) {
            await writeFile(join(folders.workspace, path), text);
        }
        await mkdir(join(folders['user-data'], 'User'), { recursive: true });
        await writeFile(join(folders['user-data'], 'User/settings.json'), JSON.stringify({
            'workbench.startupEditor': 'none',
            'workbench.editor.revealIfOpen': true,
            'workbench.tips.enabled': false,
            'workbench.colorTheme': 'Default Dark Modern',
            'editor.semanticHighlighting.enabled': true,
            'security.workspace.trust.enabled': false,
            'extensions.autoUpdate': false,
            'extensions.autoCheckUpdates': false,
            'telemetry.telemetryLevel': 'off',
            'update.mode': 'none',
            'chat.commandCenter.enabled': false,
            ...options.settings,
        }, null, 2));
        const env = isolatedEnvironment(folders);
        const common = ['--user-data-dir', folders['user-data'], '--extensions-dir', folders.extensions];

        const packages = typeof options.vsix === 'string' ? [options.vsix] : [...options.vsix];
        if (options.indonesian) {
            packages.push(await packIndonesianLanguagePack(root));
        }
        const install = await run(process.execPath, [codeServerEntry, ...common, ...packages.flatMap(vsix => ['--install-extension', vsix])], { env, timeout: 120_000 });
        if (options.indonesian) {
            await registerIndonesianLanguagePack(folders['user-data'], folders.extensions);
        }
        const port = await freePort();
        const serverLog: string[] = [];
        // detached: a process group of its own, so that stop() reaches every process it started.
        const server = spawn(process.execPath, [
            codeServerEntry, ...common,
            '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
            ...(options.indonesian ? ['--locale', 'id'] : []),
        ], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
        server.stdout!.on('data', chunk => serverLog.push(String(chunk)));
        server.stderr!.on('data', chunk => serverLog.push(String(chunk)));
        await waitForHealth(port, serverLog);

        const browser = await launchChromium();
        const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
        const editor = new Editor(root, folders.workspace, install.stdout + install.stderr, folders.extensions, server, browser, page, serverLog);
        await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folders.workspace)}`);
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.statusbar').waitFor({ timeout: 60_000 });
        return editor;
    }

    /**
     * Sets a number setting in the Settings editor, as a user does (it saves what is typed), then
     * closes it. `title` is the setting as the editor shows it ("Max Actors" for sop.maxActors).
     */
    async setNumberSetting(id: string, title: string, value: number): Promise<void> {
        await this.runCommand('Preferences: Open User Settings');
        await this.page.locator('.settings-editor').waitFor();
        await this.page.keyboard.type(id);
        // Only the search's result: before it, the editor lists other number settings (font size...).
        const input = this.page.locator('.settings-editor .setting-item-number', { hasText: title }).locator('input');
        await input.waitFor();
        await this.page.locator('.settings-editor .setting-item').filter({ hasNotText: title }).first().waitFor({ state: 'detached' });
        await input.fill(String(value));
        // The Settings editor writes after a short pause; closing it before loses the edit.
        const settingsFile = join(this.root, 'user-data/User/settings.json');
        const deadline = Date.now() + 10_000;
        while ((JSON.parse(await readFile(settingsFile, 'utf8')) as Record<string, unknown>)[id] !== value) {
            if (Date.now() > deadline) throw new Error(`the Settings editor did not save ${id} = ${value}`);
            await this.page.waitForTimeout(100);
        }
        await this.runCommand('View: Close Editor');
    }

    /** Shows the Problems view filtered by a text (message or code), as typed in its filter box. */
    async filterProblems(text: string): Promise<void> {
        await this.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        await this.page.locator('.markers-panel').waitFor();
        await this.page.getByPlaceholder(/^Filter \(e\.g\. text/).fill(text);
    }

    /** Runs a command by its title from the command palette (F1), as a user does. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('F1');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`>${title}`);
        // The list filters a moment after the typing, and ranks longer titles first at times ("Close All
        // Editor Groups" before "Close Editor"): pick the row whose label is the title itself.
        const exactly = new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { has: this.page.locator('.label-name', { hasText: exactly }) }).first();
        await row.waitFor({ timeout: 10_000 }).catch(async () => {
            const rows = await this.page.locator('.quick-input-list .monaco-list-row').evaluateAll(found =>
                found.map(element => (element as HTMLElement).innerText.replace(/\s+/g, ' ')));
            throw new Error(`the command palette has no row "${title}"; it lists:\n${rows.join('\n')}`);
        });
        await row.click();
        // Running a command closes the palette. On a loaded machine a click can be lost while the list
        // settles, leaving the palette open with the title: click again, as a user would.
        for (let attempt = 0; attempt < 3 && !(await this.paletteLeft(`>${title}`)); attempt++) {
            await row.click();
        }
    }

    /** Whether the command palette no longer holds `value` (closed, or showing another input) within 3 s. */
    private async paletteLeft(value: string): Promise<boolean> {
        try {
            await this.page.waitForFunction(typed => {
                const input = document.querySelector<HTMLInputElement>('.quick-input-widget input');
                return !input || input.offsetParent === null || input.value !== typed;
            }, value, { timeout: 3_000 });
            return true;
        } catch (error) {
            // A command that reloads the window ends the page's context: it ran.
            return !(error instanceof Error && error.name === 'TimeoutError');
        }
    }

    /** Opens a workspace file with Quick Open and waits for its editor. */
    async openFile(relativePath: string): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(relativePath);
        const name = relativePath.split('/').at(-1)!;
        // The list answers the typing a moment later: wait for the file's own row, then open it.
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
        await row.waitFor();
        await row.click();
        // The file's own tab: a preview beside it may be titled after the same file ("Preview x.sop").
        await this.page.locator('.tab.active', { hasText: new RegExp(`^\\s*${escapeRegExp(name)}`) }).first().waitFor();
        await this.page.locator('.monaco-editor .view-lines').first().waitFor();
    }

    /** Moves the cursor to a 1-based line and column (Quick Open's `:line:column`, as Ctrl+G does). */
    async goTo(line: number, column: number): Promise<void> {
        await this.page.keyboard.press('Control+P');
        const input = this.page.locator('.quick-input-widget input');
        await input.waitFor();
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('#status\\.editor\\.selection').filter({ hasText: `Ln ${line}, Col ${column}` }).waitFor();
    }

    /** The text of the active editor's visible lines, with the spaces the editor draws as no-break spaces. */
    async visibleText(): Promise<string> {
        return (await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').first().innerText()).replace(/\u00a0/g, ' ');
    }

    async screenshot(name: string): Promise<void> {
        await mkdir(artifactsFolder, { recursive: true });
        await this.page.screenshot({ path: join(artifactsFolder, `${name}.png`) });
    }

    /** Ends the browser, then code-server's whole process group, and removes every throwaway folder. */
    async stop(): Promise<void> {
        await this.browser.close().catch(() => undefined);
        const exited = new Promise<void>(resolve => this.server.exitCode !== null ? resolve() : this.server.once('exit', () => resolve()));
        signalGroup(this.server, 'SIGTERM');
        const timer = setTimeout(() => signalGroup(this.server, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
        // Children (extension host, language server) may still be ending; make sure, then clean up.
        signalGroup(this.server, 'SIGKILL');
        await rm(this.root, { recursive: true, force: true, maxRetries: 3 });
    }
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
    try {
        process.kill(-child.pid!, signal);
    } catch {
        // The group is gone already.
    }
}

/** Nothing of the test run in the real home or temp folder; no VSCODE_* variable to redirect the CLI. */
function isolatedEnvironment(folders: Record<string, string>): NodeJS.ProcessEnv {
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VSCODE_')));
    return {
        ...env,
        HOME: folders.home,
        XDG_CONFIG_HOME: folders.config,
        XDG_DATA_HOME: folders.data,
        XDG_CACHE_HOME: folders.cache,
        TMPDIR: folders.tmp,
    };
}

async function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address() as { port: number };
            server.close(() => resolve(port));
        });
    });
}

async function waitForHealth(port: number, log: string[]): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        try {
            const response = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (response.ok) return;
        } catch {
            // Not listening yet.
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`code-server did not answer /healthz within 60 s:\n${log.join('')}`);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
