/**
 * Geometry checks of a printed SOP document, run inside the browser on the real layout: every
 * problem found is returned as a sentence. Self-contained (it is serialized into the page).
 */
export interface GeometryReport {
    problems: string[];
    stepRows: string[];
    pieces: Array<{ from: string; to: string; label: string | null; page: string }>;
    connectors: Array<{ letter: string; role: string; page: string }>;
    symbols: Array<{ step: string; shape: string; page: string }>;
}

export function checkDocumentGeometry(): GeometryReport {
    const problems: string[] = [];
    const TOLERANCE = 0.75;
    type Rect = { left: number; top: number; right: number; bottom: number };
    const rect = (element: Element): Rect => {
        const box = element.getBoundingClientRect();
        return { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
    };
    const inside = (inner: Rect, outer: Rect) => inner.left >= outer.left - TOLERANCE && inner.right <= outer.right + TOLERANCE
        && inner.top >= outer.top - TOLERANCE && inner.bottom <= outer.bottom + TOLERANCE;
    const overlap = (a: Rect, b: Rect, shrink = 0) => a.left < b.right - shrink && b.left < a.right - shrink && a.top < b.bottom - shrink && b.top < a.bottom - shrink;
    const describe = (r: Rect) => `(${r.left.toFixed(1)},${r.top.toFixed(1)})-(${r.right.toFixed(1)},${r.bottom.toFixed(1)})`;

    // Text never leaves its cell: lines are printed as planned, without wrapping.
    for (const line of Array.from(document.querySelectorAll('td .ln, th .ln'))) {
        const cell = line.closest('td, th')!;
        const cellBox = rect(cell);
        const range = document.createRange();
        range.selectNodeContents(line);
        const textBox = range.getBoundingClientRect();
        const text = { left: textBox.left, top: textBox.top, right: textBox.right, bottom: textBox.bottom };
        if (textBox.width > 0 && !inside(text, cellBox)) {
            problems.push(`text "${line.textContent}" overflows its cell ${describe(text)} outside ${describe(cellBox)}`);
        }
    }

    const stepRows = Array.from(document.querySelectorAll('tr[data-step]')).map(row => row.getAttribute('data-step')!);
    const pieces: GeometryReport['pieces'] = [];
    const connectors: GeometryReport['connectors'] = [];
    const symbols: GeometryReport['symbols'] = [];

    for (const section of Array.from(document.querySelectorAll('section[data-page="flow"]'))) {
        const page = section.getAttribute('data-page-number')!;
        const svg = section.querySelector('svg.flow-overlay')!;
        const svgBox = svg.getBoundingClientRect();
        const laneCells = Array.from(section.querySelectorAll('tr[data-step] td[data-actor], tr.band td[data-actor]'));
        const lanesLeft = Math.min(...laneCells.map(cell => rect(cell).left));
        const lanesRight = Math.max(...laneCells.map(cell => rect(cell).right));
        const textLines = Array.from(section.querySelectorAll('td .ln')).map(line => {
            const range = document.createRange();
            range.selectNodeContents(line);
            const box = range.getBoundingClientRect();
            return { text: line.textContent ?? '', box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom } };
        }).filter(item => item.box.right > item.box.left);

        const symbolBoxes: Array<{ name: string; box: Rect; diamond: boolean }> = [];
        /** A box touches a decision only where it touches the diamond, not the empty corners of its box. */
        const touches = (box: Rect, symbol: { box: Rect; diamond: boolean }, shrink = 0) => {
            if (!overlap(box, symbol.box, shrink)) return false;
            if (!symbol.diamond) return true;
            const cx = (symbol.box.left + symbol.box.right) / 2;
            const cy = (symbol.box.top + symbol.box.bottom) / 2;
            const nearestX = Math.min(Math.max(cx, box.left), box.right);
            const nearestY = Math.min(Math.max(cy, box.top), box.bottom);
            return Math.abs(nearestX - cx) / ((symbol.box.right - symbol.box.left) / 2 - shrink) + Math.abs(nearestY - cy) / ((symbol.box.bottom - symbol.box.top) / 2 - shrink) < 1;
        };
        for (const symbol of Array.from(section.querySelectorAll('[data-symbol]'))) {
            const step = symbol.getAttribute('data-step')!;
            const shape = symbol.getAttribute('data-symbol')!;
            const box = rect(symbol.firstElementChild ?? symbol);
            const name = `${shape} of step ${step}${symbol.getAttribute('data-connector') ? ` (${symbol.getAttribute('data-connector')})` : ''} on page ${page}`;
            symbolBoxes.push({ name, box, diamond: shape === 'decision' });
            symbols.push({ step, shape, page });
            if (box.left < lanesLeft - TOLERANCE || box.right > lanesRight + TOLERANCE) {
                problems.push(`${name} lies outside the lanes`);
            }
            if (shape === 'offpage') {
                connectors.push({ letter: symbol.getAttribute('data-connector')!, role: symbol.getAttribute('data-role')!, page });
                const band = Array.from(section.querySelectorAll('tr.band')).find(row => inside(box, rect(row)));
                if (!band) problems.push(`${name} is not inside a connector band`);
                continue;
            }
            const rowStep = step === 'end' ? symbol.getAttribute('data-owner')! : step;
            const row = section.querySelector(`tr[data-step="${rowStep}"]`);
            if (!row) {
                problems.push(`${name} has no row on its page`);
                continue;
            }
            if (!inside(box, rect(row))) {
                problems.push(`${name} ${describe(box)} leaves its row ${describe(rect(row))}`);
            }
            if (step !== 'end') {
                const actors = (symbol.getAttribute('data-actors') ?? '').split(' ').filter(Boolean);
                const cells = actors.map(actor => row.querySelector(`td[data-actor="${CSS.escape(actor)}"]`)).filter((cell): cell is Element => cell !== null);
                if (cells.length !== actors.length || cells.length === 0) {
                    problems.push(`${name} names actors without lanes: ${actors.join(', ')}`);
                } else {
                    const span = { left: Math.min(...cells.map(cell => rect(cell).left)), right: Math.max(...cells.map(cell => rect(cell).right)), top: rect(row).top, bottom: rect(row).bottom };
                    if (!inside(box, span)) problems.push(`${name} ${describe(box)} leaves the lane(s) of ${actors.join(', ')} ${describe(span)}`);
                }
            }
        }
        for (let i = 0; i < symbolBoxes.length; i++) {
            for (let j = i + 1; j < symbolBoxes.length; j++) {
                if (overlap(symbolBoxes[i].box, symbolBoxes[j].box)) {
                    problems.push(`${symbolBoxes[i].name} overlaps ${symbolBoxes[j].name}`);
                }
            }
            for (const line of textLines) {
                if (touches(line.box, symbolBoxes[i])) problems.push(`${symbolBoxes[i].name} overlaps the text "${line.text}"`);
            }
        }

        // Arrows: orthogonal segments inside the lanes, crossing no symbol, no text, no label.
        const labelBoxes = Array.from(section.querySelectorAll('text[data-edge-label]')).map(label => ({ name: `label "${label.textContent}" on page ${page}`, box: rect(label) }));
        // A branch label stands beside the first segment of its own arrow, where it leaves its symbol.
        for (const label of Array.from(section.querySelectorAll('text[data-edge-label]'))) {
            const edge = label.getAttribute('data-edge-label');
            const own = section.querySelector(`g[data-edge="${edge}"][data-starts="symbol"] path`);
            const numbers = (own?.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number);
            if (!numbers || numbers.length < 4) {
                problems.push(`label "${label.textContent}" on page ${page} has no arrow of its own on that page`);
                continue;
            }
            const [x1, y1, x2, y2] = numbers.map((value, index) => value + (index % 2 ? svgBox.top : svgBox.left));
            const box = rect(label);
            // The gap between the label and the segment, both ways; 0 along an axis where they overlap.
            const dx = Math.max(0, Math.min(x1, x2) - box.right, box.left - Math.max(x1, x2));
            const dy = Math.max(0, Math.min(y1, y2) - box.bottom, box.top - Math.max(y1, y2));
            if (Math.hypot(dx, dy) > 14) {
                problems.push(`label "${label.textContent}" on page ${page} ${describe(box)} is not beside the first segment of its arrow (${x1},${y1})-(${x2},${y2})`);
            }
        }
        for (const group of Array.from(section.querySelectorAll('g[data-from][data-to]'))) {
            const from = group.getAttribute('data-from')!;
            const to = group.getAttribute('data-to')!;
            pieces.push({ from, to, label: group.getAttribute('data-label'), page });
            const path = group.querySelector('path')!;
            const points = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
            const segments: Rect[] = [];
            for (let index = 2; index < points.length; index += 2) {
                const [x1, y1, x2, y2] = [points[index - 2], points[index - 1], points[index], points[index + 1]];
                if (x1 !== x2 && y1 !== y2) problems.push(`arrow ${from}->${to} on page ${page} has a slanted segment`);
                segments.push({ left: svgBox.left + Math.min(x1, x2), right: svgBox.left + Math.max(x1, x2), top: svgBox.top + Math.min(y1, y2), bottom: svgBox.top + Math.max(y1, y2) });
            }
            for (const segment of segments) {
                const padded = { left: segment.left - 0.5, right: segment.right + 0.5, top: segment.top - 0.5, bottom: segment.bottom + 0.5 };
                if (padded.left < lanesLeft - TOLERANCE || padded.right > lanesRight + TOLERANCE) {
                    problems.push(`arrow ${from}->${to} on page ${page} leaves the lanes`);
                }
                for (const symbol of symbolBoxes) {
                    // Touching a symbol's outline is how arrows start and end; entering it is not.
                    if (touches(padded, symbol, 1.5)) problems.push(`arrow ${from}->${to} crosses ${symbol.name}`);
                }
                for (const label of labelBoxes) {
                    if (overlap(padded, label.box)) problems.push(`arrow ${from}->${to} crosses ${label.name}`);
                }
                for (const line of textLines) {
                    if (overlap(padded, line.box)) problems.push(`arrow ${from}->${to} crosses the text "${line.text}"`);
                }
            }
        }
        for (let i = 0; i < labelBoxes.length; i++) {
            for (const symbol of symbolBoxes) {
                if (touches(labelBoxes[i].box, symbol)) problems.push(`${labelBoxes[i].name} overlaps ${symbol.name}`);
            }
            for (let j = i + 1; j < labelBoxes.length; j++) {
                if (overlap(labelBoxes[i].box, labelBoxes[j].box)) problems.push(`${labelBoxes[i].name} overlaps ${labelBoxes[j].name}`);
            }
            if (labelBoxes[i].box.left < lanesLeft - TOLERANCE || labelBoxes[i].box.right > lanesRight + TOLERANCE) {
                problems.push(`${labelBoxes[i].name} leaves the lanes`);
            }
        }
    }
    return { problems, stepRows, pieces, connectors, symbols };
}
