/**
 * What users install: the .vsix holds only what runs and stays small, and the language server
 * runs on its own as `sop-language-server --stdio` for other editors.
 */
import { execFileSync, spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVsix, removeVsix, repositoryRoot } from '../support/code-server.js';

describe('the .vsix', () => {
    let vsix: string;

    beforeAll(async () => {
        vsix = await packageVsix();
    });

    afterAll(async () => {
        if (vsix) await removeVsix(vsix);
    });

    it('holds only what runs: bundles, grammar, configuration, snippets, translations, icon and documents', () => {
        const files = execFileSync('unzip', ['-Z1', vsix], { encoding: 'utf8' }).trim().split('\n').filter(file => file.startsWith('extension/')).sort();
        expect(files).toEqual([
            'extension/LICENSE.txt',
            'extension/changelog.md',
            'extension/dist/elk-thread.js',
            'extension/dist/elk-worker.min.cjs',
            'extension/dist/export.cjs',
            'extension/dist/extension.cjs',
            'extension/dist/preview/preview.css',
            'extension/dist/preview/preview.js',
            'extension/dist/server.cjs',
            'extension/dist/syntaxes/sop.tmLanguage.json',
            'extension/images/icon.png',
            'extension/l10n/bundle.l10n.id.json',
            'extension/language-configuration.json',
            'extension/package.json',
            'extension/package.nls.id.json',
            'extension/package.nls.json',
            'extension/readme.md',
            'extension/snippets/sop.code-snippets',
        ]);
    });

    it('is at most 2 MB', () => {
        expect(statSync(vsix).size).toBeLessThanOrEqual(2 * 1024 * 1024);
    });
});

describe('sop-language-server --stdio', () => {
    it('answers initialize with the language features', async () => {
        const child = spawn(join(repositoryRoot, 'node_modules/.bin/sop-language-server'), ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.listen();
        try {
            const result = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, locale: 'id' }) as { capabilities: Record<string, unknown> };
            expect(Object.keys(result.capabilities)).toEqual(expect.arrayContaining(['completionProvider', 'hoverProvider', 'definitionProvider', 'semanticTokensProvider', 'documentFormattingProvider']));
            await connection.sendRequest('shutdown');
            const exited = new Promise(resolve => child.once('exit', resolve));
            await connection.sendNotification('exit');
            await exited;
        } finally {
            connection.dispose();
            child.kill();
        }
    });
});
