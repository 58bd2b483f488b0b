/**
 * A file over the 5 MB limit reaching the language server over stdio, opened in the editor or read
 * from the workspace folder at start: it is not parsed, it gets exactly one diagnostic at its start
 * that says why, and the server keeps serving every other file (and this one, once it is small again).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_SOURCE_SIZE, messagesFor } from '../../packages/language/src/index.js';
import { stopExpectingLife } from '../support/server-teardown.js';
import { LspClient } from '../support/lsp-client.js';
import { syntheticSop } from '../support/synthetic-sop.js';

let workspace: string;
let client: LspClient;

const uriOf = (name: string) => pathToFileURL(join(workspace, name)).toString();
/** A real-looking SOP followed by comment lines, so that only the size is wrong. */
const hugeText = syntheticSop(20, 'Besar') + '// catatan\n'.repeat(500_000);
const summary = (uri: string) => (client.diagnostics.get(uri) ?? []).map(diagnostic => ({
    code: diagnostic.code, severity: diagnostic.severity, start: diagnostic.range.start, message: diagnostic.message,
}));

/** Opens the huge text at `uri`: one clear diagnostic at 1:1 says the file is too large, in the server's language. */
async function expectRefusedWhenOpened(uri: string, locale: 'en' | 'id'): Promise<void> {
    await client.open(uri, hugeText);
    await client.diagnosticsFor(uri, list => list.length > 0, 60_000);
    expect(summary(uri)).toEqual([{
        code: 'syntax-error', severity: 1, start: { line: 0, character: 0 },
        message: messagesFor(locale).sourceTooLarge(hugeText.length, MAX_SOURCE_SIZE),
    }]);
}

beforeEach(() => {
    workspace = mkdtempSync(join(tmpdir(), 'sop-huge-server-'));
});

afterEach(() => stopExpectingLife(client, workspace));

describe('a file over the size limit, over stdio', () => {
    it('opened in the editor: one clear diagnostic, and the server serves on', async () => {
        expect(hugeText.length).toBeGreaterThan(MAX_SOURCE_SIZE);
        ({ client } = await LspClient.startIn(workspace, 'en'));
        const huge = uriOf('besar.sop');
        await expectRefusedWhenOpened(huge, 'en');

        // Another file is checked as usual.
        const small = uriOf('kecil.sop');
        await client.open(small, syntheticSop(3, 'Kecil'));
        await client.diagnosticsFor(small);
        expect(summary(small).filter(diagnostic => diagnostic.code === 'syntax-error')).toEqual([]);

        // Cut back under the limit, the file is parsed again.
        await client.change(huge, syntheticSop(5, 'Besar'), 2);
        await client.diagnosticsFor(huge, list => !list.some(diagnostic => diagnostic.code === 'syntax-error'));
    });

    it('lying in the workspace folder: the server starts, serves the others, and reports it when it is opened', async () => {
        writeFileSync(join(workspace, 'besar.sop'), hugeText);
        ({ client } = await LspClient.startIn(workspace, 'id'));
        // The workspace is read at start (the huge file too, but not parsed); another file is served.
        const small = uriOf('kecil.sop');
        await client.open(small, syntheticSop(3, 'Kecil'));
        await client.diagnosticsFor(small);
        expect(summary(small).filter(diagnostic => diagnostic.code === 'syntax-error')).toEqual([]);

        const huge = uriOf('besar.sop');
        await expectRefusedWhenOpened(huge, 'id');
    });
});
