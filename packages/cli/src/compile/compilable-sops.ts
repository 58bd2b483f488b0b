/**
 * Which SOPs can be printed: an SOP with an error is reported and not written, the others are.
 * An error counts against an SOP when it lies inside it, anywhere in a file the parser could not
 * read, or inside the instansi it prints.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import { buildModel, SopAst } from '@sop-ap/language/core';
import type { SopModel } from '@sop-ap/model';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import type { CheckedFile } from '../workspace.js';

export interface SopToCompile {
    file: CheckedFile;
    sop: SopAst.Sop;
    model: SopModel;
    /** Errors that stop this SOP from being written, each with the file it is in. */
    errors: Array<{ file: CheckedFile; diagnostic: Diagnostic }>;
}

export function compilableSops(files: readonly CheckedFile[], all: readonly CheckedFile[]): SopToCompile[] {
    const byDocument = new Map<LangiumDocument, CheckedFile>(all.map(file => [file.document, file]));
    return files.flatMap(file => {
        const fileErrors = file.diagnostics.filter(isError);
        const unreadable = fileErrors.filter(diagnostic => diagnostic.code === 'syntax-error');
        return file.document.parseResult.value.elements.filter(SopAst.isSop).map(sop => {
            const range = sop.$cstNode?.range;
            const errors = (unreadable.length > 0 ? fileErrors : fileErrors.filter(diagnostic => range && contains(range, diagnostic.range)))
                .map(diagnostic => ({ file, diagnostic }));
            const instansi = sop.members.filter(SopAst.isInstansiLink).at(-1)?.instansi?.ref;
            const unitFile = instansi ? byDocument.get(AstUtils.getDocument(instansi)) : undefined;
            const unitRange = instansi?.$cstNode?.range;
            if (unitFile && unitRange) {
                errors.push(...unitFile.diagnostics.filter(diagnostic => isError(diagnostic) && contains(unitRange, diagnostic.range)).map(diagnostic => ({ file: unitFile, diagnostic })));
            }
            return { file, sop, model: buildModel(sop), errors };
        });
    });
}

function isError(diagnostic: Diagnostic): boolean {
    return diagnostic.severity === 1;
}

function contains(outer: Range, inner: Range): boolean {
    const after = (a: Range['start'], b: Range['start']) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(inner.start, outer.start) && after(outer.end, inner.end);
}
