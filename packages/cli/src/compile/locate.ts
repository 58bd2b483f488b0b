/** "file:line:column: message" for problems found while compiling, pointing at the source that causes them. */
import { GrammarUtils } from 'langium';
import { SopAst } from '@sop-ap/language/core';
import type { CheckedFile } from '../workspace.js';
import type { SopToCompile } from './compilable-sops.js';

export function locateStep(item: SopToCompile, stepNumber: number, message: string): string {
    const step = item.sop.members.filter(SopAst.isStep)[stepNumber - 1];
    const start = step?.$cstNode?.range.start;
    return start ? `${item.file.source.display}:${start.line + 1}:${start.character + 1}: ${message}` : message;
}

/** "instansi.sop:6:10: The logo ... cannot be read", pointing at the `logo` line of the instansi. */
export function locateLogo(item: SopToCompile, all: readonly CheckedFile[], message: string): string | undefined {
    const instansi = item.sop.members.filter(SopAst.isInstansiLink).at(-1)?.instansi?.ref;
    const field = instansi?.fields.filter(each => each.key === 'logo').at(-1);
    const node = field && GrammarUtils.findNodeForProperty(field.$cstNode, 'value');
    const file = all.find(each => each.document.parseResult.value === instansi?.$container);
    if (!node || !file) return undefined;
    return `${file.source.display}:${node.range.start.line + 1}:${node.range.start.character + 1}: ${message}`;
}
