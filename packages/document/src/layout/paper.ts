/** Paper sizes (always landscape, as signed SOP AP documents are) and page geometry in CSS pixels. */

export type PaperName = 'a4' | 'f4' | 'letter';

export interface Paper {
    name: PaperName;
    label: string;
    /** Landscape: width > height, in millimetres. */
    widthMm: number;
    heightMm: number;
}

export const PAPERS: Record<PaperName, Paper> = {
    a4: { name: 'a4', label: 'A4', widthMm: 297, heightMm: 210 },
    f4: { name: 'f4', label: 'F4', widthMm: 330, heightMm: 215 },
    letter: { name: 'letter', label: 'Letter', widthMm: 279.4, heightMm: 215.9 },
};

/** CSS pixels per millimetre: browsers print 96 px to the inch. */
export const PX_PER_MM = 96 / 25.4;

export const mm = (millimetres: number): number => millimetres * PX_PER_MM;

/** The printable box of a page: margins on all sides. */
export interface PageBox {
    widthPx: number;
    heightPx: number;
    marginPx: number;
    /** Inside the margins. */
    contentWidthPx: number;
    contentHeightPx: number;
}

export const PAGE_MARGIN_MM = 10;
/**
 * Where "Halaman k dari n" stands: in the bottom margin, 5 mm from the paper's edge (inside what
 * office printers print), so that it takes no line from the flowchart.
 */
export const FOOTER_BOTTOM_MM = 5;

export function pageBox(paper: Paper): PageBox {
    const widthPx = mm(paper.widthMm);
    const heightPx = mm(paper.heightMm);
    const marginPx = mm(PAGE_MARGIN_MM);
    return {
        widthPx,
        heightPx,
        marginPx,
        // Whole pixels, rounded down, so that nothing laid out to them can spill over the margin.
        contentWidthPx: Math.floor(widthPx - 2 * marginPx),
        contentHeightPx: Math.floor(heightPx - 2 * marginPx),
    };
}
