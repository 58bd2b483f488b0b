/**
 * Folding as Langium computes it, less the duplicates: a field and its list (`dasar hukum { ... }`)
 * span the same lines, and an editor shows two fold markers for one block.
 */
import { DefaultFoldingRangeProvider } from 'langium/lsp';
import type { LangiumDocument } from 'langium';
import type { FoldingRange, FoldingRangeParams } from 'vscode-languageserver-protocol';

export class SopFoldingRangeProvider extends DefaultFoldingRangeProvider {

    override async getFoldingRanges(document: LangiumDocument, params: FoldingRangeParams): Promise<FoldingRange[]> {
        const ranges = await super.getFoldingRanges(document, params);
        const seen = new Set<string>();
        return ranges.filter(range => {
            const lines = `${range.startLine}:${range.endLine}`;
            if (seen.has(lines)) {
                return false;
            }
            seen.add(lines);
            return true;
        });
    }
}
