/**
 * What the preview needs to know about each SOP of a document: its model, where it and its steps
 * stand in the text (to follow the cursor), and its errors (while it has any, the preview keeps the
 * last good diagram and shows them).
 */
import type { LangiumDocument } from 'langium';
import type { SopModel } from '@sop-ap/model';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import * as ast from '../../generated/ast.js';
import { stepsOf } from '../../model/ast-access.js';
import { buildModel } from '../../model/build-model.js';
import type { PreviewProblemInfo, PreviewStepInfo } from './protocol.js';

export interface SopOutline {
    model: SopModel;
    startLine: number;
    endLine: number;
    steps: PreviewStepInfo[];
    problems: PreviewProblemInfo[];
}

export interface DocumentOutline {
    sops: SopOutline[];
    /** Errors that lie in no SOP. */
    fileProblems: PreviewProblemInfo[];
}

export function outlineOf(document: LangiumDocument): DocumentOutline {
    const root = document.parseResult.value as ast.SopFile;
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1);
    const claimed = new Set<Diagnostic>();
    const sops = (root.elements ?? []).filter(ast.isSop).flatMap((sop): SopOutline[] => {
        const range = sop.$cstNode?.range;
        if (!range || !sop.name) {
            return [];
        }
        const inside = errors.filter(error => error.range.start.line >= range.start.line && error.range.start.line <= range.end.line);
        inside.forEach(error => claimed.add(error));
        return [{
            model: buildModel(sop),
            startLine: range.start.line,
            endLine: range.end.line,
            steps: stepsOf(sop).map((step, index) => ({
                number: index + 1,
                startLine: step.$cstNode?.range.start.line ?? range.start.line,
                endLine: step.$cstNode?.range.end.line ?? range.start.line,
            })),
            problems: inside.map(problemInfo),
        }];
    });
    return { sops, fileProblems: errors.filter(error => !claimed.has(error)).map(problemInfo) };
}

function problemInfo(diagnostic: Diagnostic): PreviewProblemInfo {
    return {
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        code: String(diagnostic.code ?? ''),
    };
}
