/**
 * The examples as fuzz seeds, each with the files it needs beside it: a neighbour that declares no
 * SOP (the folder's instansi.sop) is read with it, as `sop check` reads neighbours, so that mutated
 * SOPs still link and reach the diagram and the document.
 */
import { dirname } from 'node:path';

export interface FuzzExample {
    path: string;
    text: string;
    context: Record<string, string>;
}

export function fuzzExamples(files: Record<string, string>): FuzzExample[] {
    const declaresSop = (text: string) => /^\s*sop\s/m.test(text);
    return Object.entries(files).map(([path, text]) => ({
        path,
        text,
        context: Object.fromEntries(Object.entries(files).filter(([other, otherText]) =>
            other !== path && dirname(other) === dirname(path) && !declaresSop(otherText))),
    }));
}
