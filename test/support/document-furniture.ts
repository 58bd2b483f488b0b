/**
 * Checks, inside the browser, of what a printed SOP carries besides its flowchart: the running
 * header of every flow page, the closing block of the last page, and the Mutu Baku cells. Every
 * problem found is returned as a sentence; the texts are returned for the test to compare with the
 * model. Self-contained (it is serialized into the page).
 */
export interface FurnitureReport {
    problems: string[];
    /** Per flow page, the running header's fields as printed (field name → text). */
    runningHeaders: Array<Record<string, string>>;
    /** The closing block's parts as printed, or null when there is none. */
    closing: Record<string, string> | null;
    /** The page number the closing block is on. */
    closingPage: string | null;
    /** Per step row, its Mutu Baku cells as printed. */
    mutuBaku: Array<{ step: string; kelengkapan: string; waktu: string; output: string }>;
}

export function checkDocumentFurniture(): FurnitureReport {
    const problems: string[] = [];
    const TOLERANCE = 0.75;
    type Rect = { left: number; top: number; right: number; bottom: number };
    const rect = (element: Element): Rect => {
        const box = element.getBoundingClientRect();
        return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    const describe = (r: Rect) => `(${r.left.toFixed(1)},${r.top.toFixed(1)})-(${r.right.toFixed(1)},${r.bottom.toFixed(1)})`;
    const inside = (inner: Rect, outer: Rect) => inner.left >= outer.left - TOLERANCE && inner.right <= outer.right + TOLERANCE
        && inner.top >= outer.top - TOLERANCE && inner.bottom <= outer.bottom + TOLERANCE;
    const overlap = (a: Rect, b: Rect) => a.left < b.right - TOLERANCE && b.left < a.right - TOLERANCE && a.top < b.bottom - TOLERANCE && b.top < a.bottom - TOLERANCE;
    /** The page inside its margins: what a printer prints. */
    const contentBox = (section: Element): Rect => {
        const box = rect(section);
        const style = getComputedStyle(section);
        return {
            left: box.left + parseFloat(style.paddingLeft), right: box.right - parseFloat(style.paddingRight),
            top: box.top + parseFloat(style.paddingTop), bottom: box.bottom - parseFloat(style.paddingBottom),
        };
    };
    /** The box of the text itself, not of its element. */
    const textBox = (element: Element): Rect | null => {
        const range = document.createRange();
        range.selectNodeContents(element);
        const box = range.getBoundingClientRect();
        return box.width > 0 ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom } : null;
    };
    const text = (element: Element | null) => Array.from(element?.querySelectorAll('.ln') ?? []).map(line => line.textContent ?? '').join(' ').trim();

    const sections = Array.from(document.querySelectorAll('section[data-page="flow"]'));
    const runningHeaders: FurnitureReport['runningHeaders'] = [];
    for (const section of sections) {
        const page = section.getAttribute('data-page-number');
        const page_box = contentBox(section);
        const table = section.querySelector('table.flow');
        const headers = section.querySelectorAll('.running-header');
        if (headers.length !== 1 || !table) {
            problems.push(`page ${page} has ${headers.length} running headers and ${table ? 'a' : 'no'} table`);
            continue;
        }
        const header = headers[0];
        if (!inside(rect(header), page_box)) problems.push(`the running header of page ${page} ${describe(rect(header))} leaves the page ${describe(page_box)}`);
        if (rect(header).bottom > rect(table).top + TOLERANCE) problems.push(`the running header of page ${page} is not above its table`);
        const fields: Record<string, string> = {};
        for (const field of Array.from(header.querySelectorAll('[data-field]'))) {
            fields[field.getAttribute('data-field')!] = `${text(field.querySelector('.rh-label'))} ${text(field.querySelector('.rh-value'))}`;
            for (const line of Array.from(field.querySelectorAll('.ln'))) {
                const box = textBox(line);
                if (box && !inside(box, rect(header))) problems.push(`running header text "${line.textContent}" on page ${page} leaves the header`);
            }
        }
        runningHeaders.push(fields);
    }

    const closings = Array.from(document.querySelectorAll('.closing'));
    let closing: FurnitureReport['closing'] = null;
    let closingPage: string | null = null;
    if (closings.length !== 1) {
        problems.push(`the document has ${closings.length} closing blocks`);
    } else {
        const block = closings[0];
        const section = block.closest('section')!;
        closingPage = section.getAttribute('data-page-number');
        const box = rect(block);
        const pageBox = contentBox(section);
        if (section !== sections[sections.length - 1]) problems.push(`the closing block is on page ${closingPage}, not on the last page`);
        if (!inside(box, pageBox)) problems.push(`the closing block ${describe(box)} leaves the page ${describe(pageBox)}`);
        for (const other of Array.from(section.querySelectorAll('table.flow, .totals, .footer, .running-header, .caption'))) {
            if (overlap(box, rect(other))) problems.push(`the closing block ${describe(box)} overlaps the ${other.className} ${describe(rect(other))}`);
        }
        const table = section.querySelector('table.flow');
        if (table && box.top < rect(table).bottom) problems.push('the closing block is not below the table');
        if (Math.abs(box.right - pageBox.right) > 1) problems.push('the closing block is not right-aligned');
        closing = {};
        for (const part of Array.from(block.querySelectorAll('[data-closing]'))) {
            closing[part.getAttribute('data-closing')!] = text(part);
            for (const line of Array.from(part.querySelectorAll('.ln'))) {
                const lineBox = textBox(line);
                if (lineBox && !inside(lineBox, box)) problems.push(`closing text "${line.textContent}" leaves the closing block`);
            }
        }
        const signature = block.querySelector('[data-closing="signature"]');
        if (!signature || rect(signature).bottom - rect(signature).top < 50) problems.push('the closing block leaves no room to sign and stamp');
    }

    const mutuBaku = Array.from(document.querySelectorAll('tr[data-step]')).map(row => ({
        step: row.getAttribute('data-step')!,
        kelengkapan: text(row.querySelector('td.kelengkapan')),
        waktu: text(row.querySelector('td.waktu')),
        output: text(row.querySelector('td.output')),
    }));
    for (const row of mutuBaku) {
        for (const column of ['kelengkapan', 'waktu', 'output'] as const) {
            if (row[column] === '') problems.push(`step ${row.step}: the ${column} cell is empty`);
        }
    }
    return { problems, runningHeaders, closing, closingPage, mutuBaku };
}
