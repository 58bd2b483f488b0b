/**
 * The TextMate grammar that colours .sop files before the language server starts, tokenized by
 * VS Code's own engine (vscode-textmate with the Oniguruma regex library).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';

const grammarPath = join(import.meta.dirname, '../../syntaxes/sop.tmLanguage.json');
let grammar: IGrammar;

beforeAll(async () => {
    const require = createRequire(import.meta.url);
    const wasm = readFileSync(join(require.resolve('vscode-oniguruma'), '../onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
        onigLib: Promise.resolve({ createOnigScanner: sources => new oniguruma.OnigScanner(sources), createOnigString: text => new oniguruma.OnigString(text) }),
        loadGrammar: async () => parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath),
    });
    grammar = (await registry.loadGrammar('source.sop'))!;
});

/** Every token of the text with its innermost scope: [text, scope]. */
function tokenize(text: string): Array<[string, string]> {
    let state = INITIAL;
    const tokens: Array<[string, string]> = [];
    for (const line of text.split('\n')) {
        const result = grammar.tokenizeLine(line, state);
        for (const token of result.tokens) {
            const value = line.slice(token.startIndex, token.endIndex);
            if (value.trim()) tokens.push([value.trim(), token.scopes[token.scopes.length - 1]]);
        }
        state = result.ruleStack;
    }
    return tokens;
}

const scopeOf = (text: string, value: string) => tokenize(text).find(([token]) => token === value)?.[1];

describe('TextMate grammar', () => {
    it('is valid JSON with the scope name the extension registers', () => {
        expect(JSON.parse(readFileSync(grammarPath, 'utf8')).scopeName).toBe('source.sop');
    });

    it('colours a step header: keyword, label, actors, activity', () => {
        const tokens = tokenize('    langkah konsep: kasubbag, jfu "Membuat konsep surat" {');
        expect(tokens).toEqual([
            ['langkah', 'keyword.control.step.sop'],
            ['konsep', 'entity.name.label.sop'],
            [':', 'punctuation.separator.label.sop'],
            ['kasubbag', 'entity.name.class.actor.sop'],
            [',', 'punctuation.separator.comma.sop'],
            ['jfu', 'entity.name.class.actor.sop'],
            ['"', 'string.quoted.double.sop'],
            ['Membuat konsep surat', 'string.quoted.double.sop'],
            ['"', 'string.quoted.double.sop'],
            ['{', 'punctuation.section.block.begin.sop'],
        ]);
    });

    it('colours durations with their units, and ranges with decimal commas', () => {
        expect(tokenize('waktu 0,5 - 1,5 hari kerja')).toEqual([
            ['waktu', 'keyword.other.sop'], ['0,5 - 1,5', 'constant.numeric.sop'], ['hari kerja', 'keyword.other.unit.sop'],
        ]);
        expect(scopeOf('waktu 120 Menit', 'Menit')).toBe('keyword.other.unit.sop');
    });

    it('colours both date forms and month precision', () => {
        expect(scopeOf('dibuat 2024-01-08', '2024-01-08')).toBe('constant.other.date.sop');
        expect(scopeOf('efektif 8 Januari 2024', '8 Januari 2024')).toBe('constant.other.date.sop');
        expect(scopeOf('revisi Januari 2024', 'Januari 2024')).toBe('constant.other.date.sop');
    });

    it('colours branches and their targets', () => {
        expect(tokenize('tidak -> konsep')).toEqual([
            ['tidak', 'keyword.control.branch.sop'], ['->', 'keyword.operator.arrow.sop'], ['konsep', 'entity.name.label.sop'],
        ]);
        expect(scopeOf('lanjut -> selesai', 'selesai')).toBe('keyword.control.end.sop');
        expect(scopeOf('"tidak lengkap" -> periksa', 'periksa')).toBe('entity.name.label.sop');
    });

    it('colours actor declarations in pelaksana, but not the list of kualifikasi pelaksana', () => {
        const text = 'pelaksana {\n    kadis "Kepala Dinas" // pimpinan\n}\nkualifikasi pelaksana { "Memahami tata naskah" }';
        expect(scopeOf(text, 'kadis')).toBe('entity.name.class.actor.sop');
        expect(scopeOf(text, '// pimpinan')).toBe('comment.line.double-slash.sop');
        expect(scopeOf(text, 'kualifikasi pelaksana')).toBe('keyword.other.sop');
    });

    it('colours SOP and instansi ids, keterkaitan links and comments', () => {
        expect(tokenize('sop SuratCuti "Pengajuan"').slice(0, 2)).toEqual([['sop', 'keyword.other.sop'], ['SuratCuti', 'entity.name.type.sop']]);
        expect(scopeOf('instansi kominfo "Dinas"', 'kominfo')).toBe('entity.name.namespace.sop');
        expect(scopeOf('keterkaitan { RapatInternal, "SOP Arsip" }', 'RapatInternal')).toBe('entity.name.type.sop');
        expect(scopeOf('/* catatan\n   panjang */', 'panjang')).toBe('comment.block.sop');
    });

    it('never lets an unclosed string swallow the next line', () => {
        expect(scopeOf('output "Surat\nwaktu 5 menit', 'waktu')).toBe('keyword.other.sop');
    });
});
