/**
 * Data-driven validation tests: every folder under cases/ is named for a diagnostic code and holds
 * files (or sub-folders of files forming one workspace) that raise it on marked ranges, and close
 * variants that must stay clean. Adding a case is adding a file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IssueCodes } from '../../packages/language/src/index.js';
import { readMarkers } from '../support/case-markers.js';
import { buildFiles, clearAll, createTestServices } from '../support/services.js';

const casesRoot = join(import.meta.dirname, 'cases');
const services = createTestServices('en');
afterEach(() => clearAll(services));

interface Case {
    name: string;
    files: Record<string, string>;
}

/** A case is a single .sop file, or a folder of .sop files read as one workspace. */
function casesOf(folder: string): Case[] {
    return readdirSync(folder).sort().flatMap(entry => {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) {
            const files = Object.fromEntries(readdirSync(path).filter(file => file.endsWith('.sop')).map(file => [join(path, file), readFileSync(join(path, file), 'utf8')]));
            return [{ name: relative(casesRoot, path), files }];
        }
        return entry.endsWith('.sop') ? [{ name: relative(casesRoot, path), files: { [path]: readFileSync(path, 'utf8') } }] : [];
    });
}

const codeFolders = readdirSync(casesRoot).sort();

describe('validation cases', () => {
    for (const code of codeFolders) {
        for (const testCase of casesOf(join(casesRoot, code))) {
            it(testCase.name, async () => {
                const marked = Object.fromEntries(Object.entries(testCase.files).map(([path, source]) => [path, readMarkers(source)]));
                const documents = await buildFiles(services, Object.fromEntries(Object.entries(marked).map(([path, file]) => [path, file.text])));
                for (const document of documents) {
                    const file = marked[document.uri.fsPath];
                    const diagnostics = document.diagnostics ?? [];
                    const describeAll = () => diagnostics.map(d => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${d.message}`).join('\n');
                    const watched = new Set([...file.expected.map(expected => expected.code), ...file.clean]);
                    const matched = new Set<object>();
                    for (const expected of file.expected) {
                        const start = document.textDocument.positionAt(expected.start);
                        const end = document.textDocument.positionAt(expected.end);
                        const hits = diagnostics.filter(d => d.code === expected.code
                            && d.range.start.line === start.line && d.range.start.character === start.character
                            && d.range.end.line === end.line && d.range.end.character === end.character);
                        expect(hits.length, `${expected.code} on ${file.text.slice(expected.start, expected.end)} (${start.line + 1}:${start.character + 1}) in ${document.uri.fsPath}\n${describeAll()}`).toBe(expected.count);
                        hits.forEach(hit => matched.add(hit));
                    }
                    const unexpected = diagnostics.filter(d => watched.has(String(d.code)) && !matched.has(d));
                    expect(unexpected.map(d => `${d.code} ${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`), `in ${document.uri.fsPath}`).toEqual([]);
                }
            });
        }
    }
});

describe('case coverage', () => {
    const allCases = codeFolders.flatMap(code => casesOf(join(casesRoot, code)).map(testCase => ({ code, testCase })));
    const raises = (code: string) => allCases.some(({ testCase }) => Object.values(testCase.files).some(text => text.includes(`«${code}|`) || text.includes(`«${code}*`)));
    const cleans = (code: string) => allCases.some(({ testCase }) => Object.values(testCase.files).some(text => new RegExp(`@clean[^\\n]*\\b${code}\\b`).test(text)));

    it.each(Object.values(IssueCodes))('%s has a case that raises it and one that stays clean', code => {
        expect(raises(code), `no case raises ${code}`).toBe(true);
        expect(cleans(code), `no clean variant for ${code}`).toBe(true);
    });

    it('the language reference documents every code, and only known codes', () => {
        const reference = readFileSync(join(import.meta.dirname, '../../docs/language.md'), 'utf8');
        const table = reference.split('## Diagnostics')[1].split('\n## ')[0];
        const codes = [...table.matchAll(/^\| (`[a-z-]+`(?:, `[a-z-]+`)*) \|/gm)].flatMap(match => [...match[1].matchAll(/`([a-z-]+)`/g)].map(code => code[1]));
        expect(codes.filter(code => !(Object.values(IssueCodes) as string[]).includes(code))).toEqual([]);
        expect((Object.values(IssueCodes) as string[]).filter(code => !codes.includes(code))).toEqual([]);
    });
});
