/**
 * Which SOP of a file the preview shows and which step it marks, from the editor's cursor line
 * (0-based, as VS Code counts): the SOP whose text holds the line, else the nearest one above it,
 * else the first; the step whose text holds the line, if any.
 */
import type { PreviewSopInfo, PreviewUpdate } from '@sop-ap/language/preview-protocol';

export function sopAtLine(update: PreviewUpdate, line: number, previousId: string | null): PreviewSopInfo | undefined {
    const { sops } = update;
    const holding = sops.find(sop => sop.startLine <= line && line <= sop.endLine);
    if (holding) return holding;
    // Between two SOPs (comments, an instansi): stay with the one shown, if it is still there.
    const previous = sops.find(sop => sop.id === previousId);
    if (previous) return previous;
    return [...sops].reverse().find(sop => sop.startLine <= line) ?? sops[0];
}

export function stepAtLine(sop: PreviewSopInfo, line: number): number | null {
    return sop.steps.find(step => step.startLine <= line && line <= step.endLine)?.number ?? null;
}
