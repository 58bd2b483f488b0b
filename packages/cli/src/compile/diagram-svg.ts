/**
 * The swimlane diagram of one SOP as a self-contained SVG. The diagram package (and ELK, 1.5 MB)
 * is imported on first use, so that `sop check` and the other formats never load it.
 */
import type { SopModel } from '@sop-ap/model';

export type DiagramTheme = 'light' | 'dark';
export const DIAGRAM_THEMES: readonly DiagramTheme[] = ['light', 'dark'];

export interface DiagramSvg {
    svg: string;
    /** Geometry promises the layout could not keep (normally none). */
    problems: string[];
}

export async function diagramSvg(model: SopModel, theme: DiagramTheme): Promise<DiagramSvg> {
    const { layoutSwimlane, renderSvg } = await import('@sop-ap/diagram');
    const layout = await layoutSwimlane(model);
    return { svg: renderSvg(layout, { theme, standalone: true }), problems: layout.problems };
}
