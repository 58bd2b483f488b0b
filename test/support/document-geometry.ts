/**
 * Geometry checks of a printed SOP document, run inside the browser on the real layout: every
 * problem found is returned as a sentence. Self-contained (it is serialized into the page).
 */
export interface GeometryReport {
    problems: string[];
    stepRows: string[];
    pieces: Array<{ from: string; to: string; label: string | null; page: string; starts: string; ends: string }>;
    connectors: Array<{ letter: string; role: string; page: string; edge: string }>;
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

        const symbolBoxes: Array<{ name: string; box: Rect; diamond: boolean; step: string; shape: string }> = [];
        const offpage: Array<{ name: string; box: Rect; role: string; direction: string; edge: string }> = [];
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
            symbolBoxes.push({ name, box, diamond: shape === 'decision', step, shape });
            symbols.push({ step, shape, page });
            if (box.left < lanesLeft - TOLERANCE || box.right > lanesRight + TOLERANCE) {
                problems.push(`${name} lies outside the lanes`);
            }
            if (shape === 'offpage') {
                connectors.push({ letter: symbol.getAttribute('data-connector')!, role: symbol.getAttribute('data-role')!, page, edge: symbol.getAttribute('data-edge-of')! });
                // In a band over or under the table, or beside its step in the step's row; wholly inside one lane either way.
                // (The row just above or below, where the step spans every lane and nothing is beside it.)
                const ownRow = section.querySelector(`tr[data-step="${step}"]`);
                const rowOfConnector = [...Array.from(section.querySelectorAll('tr.band')), ownRow, ownRow?.previousElementSibling, ownRow?.nextElementSibling]
                    .find((row): row is Element => !!row && inside(box, rect(row)));
                if (!rowOfConnector) problems.push(`${name} is neither in a connector band nor beside step ${step}`);
                // In a band, clear of the lines over and under it (an arrowhead into it stays inside the band).
                if (rowOfConnector?.classList.contains('band')) {
                    const band = rect(rowOfConnector);
                    const gap = Math.min(box.top - band.top, band.bottom - box.bottom);
                    if (gap < 2 * 96 / 25.4) problems.push(`${name} ${describe(box)} stands ${(gap * 25.4 / 96).toFixed(1)} mm from a line of its band ${describe(band)}`);
                }
                const lane = rowOfConnector && Array.from(rowOfConnector.querySelectorAll('td[data-actor]')).find(cell => inside(box, rect(cell)));
                if (rowOfConnector && !lane) problems.push(`${name} ${describe(box)} does not lie wholly inside one lane`);
                offpage.push({ name, box, role: symbol.getAttribute('data-role')!, direction: symbol.getAttribute('data-direction')!, edge: symbol.getAttribute('data-edge-of')! });
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
                    // A meeting is drawn across its actors' lanes: its box reaches the middle of each. So
                    // does a decision across an odd span (two neighbours keep a diamond on their border).
                    const lanesSpanned = Array.from(row.querySelectorAll('td[data-actor]')).filter(cell => inside(rect(cell), span)).length;
                    const evenDecision = symbol.getAttribute('data-symbol') === 'decision' && lanesSpanned % 2 === 0;
                    for (const cell of evenDecision ? [] : cells) {
                        const middle = (rect(cell).left + rect(cell).right) / 2;
                        if (box.left > middle || box.right < middle) problems.push(`${name} ${describe(box)} does not reach into the lane of ${cell.getAttribute('data-actor')}`);
                    }
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
            // Over a sideways stretch long enough to hold it, the label stands over the stretch (its
            // middle at least): past the end it reads as belonging to what the arrow runs into.
            const [low, high] = [Math.min(x1, x2), Math.max(x1, x2)];
            const middle = (box.left + box.right) / 2;
            if (y1 === y2 && high - low >= box.right - box.left + 6 && (middle > high || middle < low)) {
                problems.push(`label "${label.textContent}" on page ${page} ${describe(box)} stands past the end of its arrow's first segment (${x1},${y1})-(${x2},${y2})`);
            }
        }
        for (const group of Array.from(section.querySelectorAll('g[data-from][data-to]'))) {
            const from = group.getAttribute('data-from')!;
            const to = group.getAttribute('data-to')!;
            pieces.push({ from, to, label: group.getAttribute('data-label'), page, starts: group.getAttribute('data-starts')!, ends: group.getAttribute('data-ends')! });
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
        problems.push(...checkFlowRules(section, svgBox, labelBoxes, offpage, symbolBoxes, page));
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

    /**
     * The rules a reviewer reads the flowchart by: arrows 3 mm clear of the grid lines they run along
     * and of each other, labels clear of every line, a line jump at every crossing, a junction dot where
     * arrows join, loops entering from the side, "Ya" down and "Tidak" sideways, connectors entered at
     * their flat side and left from their point, the grid thinner and lighter than the flow.
     */
    function checkFlowRules(section: Element, svgBox: DOMRect, labels: Array<{ name: string; box: Rect }>, connectorsOnPage: Array<{ name: string; box: Rect; role: string; direction: string; edge: string }>, symbolsOnPage: Array<{ name: string; box: Rect; diamond: boolean; step: string; shape: string }>, page: string): string[] {
        const found: string[] = [];
        const THREE_MM = 3 * 96 / 25.4;
        const NEAR = 1.5;
        type Segment = { a: [number, number]; b: [number, number] };
        type Piece = { element: Element; from: string; to: string; label: string | null; edge: string; starts: string; ends: string; points: Array<[number, number]> };
        const pieceList: Piece[] = Array.from(section.querySelectorAll('g[data-from][data-to]')).map(group => {
            const numbers = (group.querySelector('path')!.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
            const points: Array<[number, number]> = [];
            for (let index = 0; index + 1 < numbers.length; index += 2) points.push([numbers[index] + svgBox.left, numbers[index + 1] + svgBox.top]);
            return {
                element: group, from: group.getAttribute('data-from')!, to: group.getAttribute('data-to')!, label: group.getAttribute('data-label'), edge: group.getAttribute('data-edge')!,
                starts: group.getAttribute('data-starts')!, ends: group.getAttribute('data-ends')!, points,
            };
        });
        const segmentsOf = (piece: Piece): Segment[] => piece.points.slice(1).map((b, index) => ({ a: piece.points[index], b }));
        const isVertical = (segment: Segment) => Math.abs(segment.a[0] - segment.b[0]) < 0.01;
        const name = (piece: Piece) => `arrow ${piece.from}->${piece.to} on page ${page}`;
        const mmText = (px: number) => `${(px * 25.4 / 96).toFixed(1)} mm`;

        // The grid, from the table itself: every column edge and every row edge of the body.
        const firstRow = section.querySelector('tbody tr')!;
        const columnEdges = Array.from(new Set(Array.from(firstRow.querySelectorAll('td')).flatMap(cell => [rect(cell).left, rect(cell).right].map(x => Math.round(x * 2) / 2))));
        const bodyRows = Array.from(section.querySelectorAll('tbody tr'));
        const rowEdges = Array.from(new Set([rect(section.querySelector('thead')!).bottom, ...bodyRows.flatMap(row => [rect(row).top, rect(row).bottom])].map(y => Math.round(y * 2) / 2)));
        const tableBox = rect(section.querySelector('table.flow')!);

        for (const piece of pieceList) {
            for (const segment of segmentsOf(piece)) {
                const vertical = isVertical(segment);
                const position = vertical ? segment.a[0] : segment.a[1];
                for (const line of vertical ? columnEdges : rowEdges) {
                    const distance = Math.abs(position - line);
                    if (distance < THREE_MM - 0.5) found.push(`${name(piece)} runs ${mmText(distance)} from a ${vertical ? 'lane border' : 'row border'} (${segment.a.map(n => n.toFixed(1))} to ${segment.b.map(n => n.toFixed(1))})`);
                }
            }
        }
        // An arrow passing along a symbol's side keeps 2 mm from it: closer, it reads as touching the
        // symbol. (Its own symbols are exempt: the short stub out of a box, then along it, is how an arrow
        // leaves.) A diamond is measured at the vertex of the side passed, which the stretch must reach;
        // an off-page connector, small and standing beside its step among the step's arrows, needs 1 mm.
        const clearance = (symbol: { shape: string }) => (symbol.shape === 'offpage' ? 1 : 2) * 96 / 25.4;
        for (const piece of pieceList) {
            for (const segment of segmentsOf(piece)) {
                const vertical = isVertical(segment);
                const [along, across] = vertical ? [1, 0] : [0, 1];
                const low = Math.min(segment.a[along], segment.b[along]);
                const high = Math.max(segment.a[along], segment.b[along]);
                for (const symbol of symbolsOnPage) {
                    if (symbol.step === piece.from || symbol.step === piece.to) continue;
                    const [start, end] = vertical ? [symbol.box.top, symbol.box.bottom] : [symbol.box.left, symbol.box.right];
                    const [near, far] = vertical ? [symbol.box.left, symbol.box.right] : [symbol.box.top, symbol.box.bottom];
                    const middle = (start + end) / 2;
                    const passes = symbol.diamond ? low < middle && high > middle : Math.min(high, end) - Math.max(low, start) > 0.5;
                    if (!passes) continue;
                    const position = segment.a[across];
                    const gap = position < near ? near - position : position > far ? position - far : 0;
                    if (gap > 0 && gap < clearance(symbol) - 0.25) found.push(`${name(piece)} runs ${mmText(gap)} beside ${symbol.name}`);
                }
            }
        }
        // Parallel arrows 3 mm apart, unless they join into the same entry.
        for (let i = 0; i < pieceList.length; i++) {
            for (let j = i + 1; j < pieceList.length; j++) {
                const [p, q] = [pieceList[i], pieceList[j]];
                if (p.edge === q.edge) continue;
                const sameEnd = (() => { const [e, f] = [p.points[p.points.length - 1], q.points[q.points.length - 1]]; return Math.abs(e[0] - f[0]) < 0.5 && Math.abs(e[1] - f[1]) < 0.5; })();
                for (const s1 of segmentsOf(p)) {
                    for (const s2 of segmentsOf(q)) {
                        const vertical = isVertical(s1);
                        if (vertical !== isVertical(s2)) continue;
                        const [along, across] = vertical ? [1, 0] : [0, 1];
                        const overlapLength = Math.min(Math.max(s1.a[along], s1.b[along]), Math.max(s2.a[along], s2.b[along])) - Math.max(Math.min(s1.a[along], s1.b[along]), Math.min(s2.a[along], s2.b[along]));
                        const gap = Math.abs(s1.a[across] - s2.a[across]);
                        if (overlapLength > 0.5 && gap < THREE_MM - 0.5 && !(gap < 0.5 && sameEnd)) {
                            found.push(`${name(p)} and ${name(q)} run ${mmText(gap)} apart`);
                        }
                    }
                }
            }
        }
        // A line jump at every crossing.
        const hops = Array.from(section.querySelectorAll('[data-hop]')).map(hop => hop.getAttribute('data-hop')!.split(',').map(Number)).map(([x, y]) => [x + svgBox.left, y + svgBox.top]);
        for (const p of pieceList) {
            for (const q of pieceList) {
                if (p.edge === q.edge) continue;
                for (const h of segmentsOf(p).filter(segment => !isVertical(segment))) {
                    for (const v of segmentsOf(q).filter(isVertical)) {
                        const x = v.a[0];
                        const y = h.a[1];
                        const strictlyInside = (value: number, a: number, b: number) => value > Math.min(a, b) + 0.5 && value < Math.max(a, b) - 0.5;
                        if (strictlyInside(x, h.a[0], h.b[0]) && strictlyInside(y, v.a[1], v.b[1]) && !hops.some(([hx, hy]) => Math.abs(hx - x) < NEAR && Math.abs(hy - y) < NEAR)) {
                            found.push(`${name(p)} crosses ${name(q)} at (${x.toFixed(1)},${y.toFixed(1)}) without a line jump`);
                        }
                    }
                }
            }
        }
        // A junction dot where arrows into the same entry join.
        const dots = Array.from(section.querySelectorAll('circle[data-junction]')).map(dot => [Number(dot.getAttribute('cx')) + svgBox.left, Number(dot.getAttribute('cy')) + svgBox.top]);
        for (let i = 0; i < pieceList.length; i++) {
            for (let j = i + 1; j < pieceList.length; j++) {
                const [p, q] = [pieceList[i], pieceList[j]];
                const [e, f] = [p.points[p.points.length - 1], q.points[q.points.length - 1]];
                if (Math.abs(e[0] - f[0]) > 0.5 || Math.abs(e[1] - f[1]) > 0.5) continue;
                // Walk back from the shared end along the stretches both run on: where one leaves the other, they join.
                let join: number[] | null = null;
                for (let k = 1; k < p.points.length && k < q.points.length; k++) {
                    const at = p.points[p.points.length - k];
                    const [a, b] = [p.points[p.points.length - k - 1], q.points[q.points.length - k - 1]];
                    const axis: 0 | 1 | null = Math.abs(a[1] - at[1]) < 0.5 && Math.abs(b[1] - at[1]) < 0.5 ? 0 : Math.abs(a[0] - at[0]) < 0.5 && Math.abs(b[0] - at[0]) < 0.5 ? 1 : null;
                    if (axis === null || Math.sign(a[axis] - at[axis]) !== Math.sign(b[axis] - at[axis])) {
                        join = k === 1 ? null : at;
                        break;
                    }
                    if (Math.abs(a[axis] - b[axis]) > 0.5) {
                        join = Math.abs(a[axis] - at[axis]) < Math.abs(b[axis] - at[axis]) ? a : b;
                        break;
                    }
                }
                if (join && !dots.some(([x, y]) => Math.abs(x - join[0]) < NEAR && Math.abs(y - join[1]) < NEAR)) found.push(`${name(p)} and ${name(q)} join at (${join[0].toFixed(1)},${join[1].toFixed(1)}) without a junction dot`);
            }
        }
        // Every arrow starts and ends on its symbols: on a box's side, at a diamond's vertex (an arrow
        // ending short of its step, or on a diamond's slanted side, points at nothing a reader can follow).
        const onOutline = (point: [number, number], symbol: { box: Rect; diamond: boolean }) => {
            const { left, right, top, bottom } = symbol.box;
            const [x, y] = point;
            if (symbol.diamond) {
                const cx = (left + right) / 2;
                const cy = (top + bottom) / 2;
                return [[cx, top], [cx, bottom], [left, cy], [right, cy]].some(([vx, vy]) => Math.abs(vx - x) < NEAR && Math.abs(vy - y) < NEAR);
            }
            const inside = x > left - NEAR && x < right + NEAR && y > top - NEAR && y < bottom + NEAR;
            return inside && Math.min(Math.abs(x - left), Math.abs(x - right), Math.abs(y - top), Math.abs(y - bottom)) < NEAR;
        };
        for (const piece of pieceList) {
            const ends: Array<['starts' | 'ends', string, [number, number]]> = [['starts', piece.from, piece.points[0]], ['ends', piece.to, piece.points[piece.points.length - 1]]];
            for (const [end, step, point] of ends) {
                if (piece[end] !== 'symbol') continue;
                const candidates = symbolsOnPage.filter(symbol => symbol.step === step && symbol.shape !== 'offpage');
                if (candidates.length > 0 && !candidates.some(symbol => onOutline(point, symbol))) {
                    found.push(`${name(piece)} ${end === 'starts' ? 'leaves' : 'ends'} at (${point[0].toFixed(1)},${point[1].toFixed(1)}), not on the outline of ${candidates[0].name}`);
                }
            }
        }
        // Loops come in from the side, never from the top where the flow arrives.
        for (const piece of pieceList) {
            if (piece.ends === 'symbol' && piece.to !== 'end' && Number(piece.to) <= Number(piece.from)) {
                // ... unless it joins the flow coming down into the step, with a junction dot where it joins.
                const last = segmentsOf(piece).pop()!;
                const joins = dots.some(([x, y]) => Math.abs(x - last.a[0]) < NEAR && Math.abs(y - last.a[1]) < NEAR)
                    && pieceList.some(other => other !== piece && Number(other.from) < Number(other.to) && Math.abs(other.points[other.points.length - 1][0] - last.b[0]) < 0.5 && Math.abs(other.points[other.points.length - 1][1] - last.b[1]) < 0.5);
                if (isVertical(last) && !joins) found.push(`${name(piece)} loops back into the top of step ${piece.to}`);
            }
        }
        // "Ya" continues down; then the other branch leaves sideways.
        for (const yes of pieceList.filter(piece => piece.starts === 'symbol' && piece.label !== null && /^ya$/i.test(piece.label.trim()))) {
            if (yes.to === 'end' || Number(yes.to) <= Number(yes.from)) continue;
            const first = segmentsOf(yes)[0];
            if (!isVertical(first) || first.b[1] <= first.a[1]) found.push(`"Ya" of step ${yes.from} on page ${page} does not continue down`);
            for (const other of pieceList.filter(piece => piece.from === yes.from && piece.starts === 'symbol' && piece.edge !== yes.edge && piece.to !== 'end')) {
                if (isVertical(segmentsOf(other)[0])) found.push(`"${other.label}" of step ${yes.from} on page ${page} leaves downwards beside "Ya"`);
            }
        }
        // Connectors: the arrow enters at the flat side and leaves from the point.
        for (const connector of connectorsOnPage) {
            const { box, direction } = connector;
            const cx = (box.left + box.right) / 2;
            const cy = (box.top + box.bottom) / 2;
            const flat: [number, number] = direction === 'down' ? [cx, box.top] : direction === 'right' ? [box.left, cy] : [box.right, cy];
            const tip: [number, number] = direction === 'down' ? [cx, box.bottom] : direction === 'right' ? [box.right, cy] : [box.left, cy];
            const own = pieceList.find(piece => piece.edge === connector.edge && (connector.role === 'out' ? piece.ends === 'connector' : piece.starts === 'connector'));
            if (!own) {
                found.push(`${connector.name} has no arrow`);
                continue;
            }
            const at = connector.role === 'out' ? own.points[own.points.length - 1] : own.points[0];
            const wanted = connector.role === 'out' ? flat : tip;
            if (Math.abs(at[0] - wanted[0]) > NEAR || Math.abs(at[1] - wanted[1]) > NEAR) {
                found.push(`${connector.name}: its arrow ${connector.role === 'out' ? 'enters' : 'leaves'} at (${at[0].toFixed(1)},${at[1].toFixed(1)}), not at its ${connector.role === 'out' ? 'flat side' : 'point'} (${wanted[0].toFixed(1)},${wanted[1].toFixed(1)})`);
            }
        }
        // Labels clear of every grid line.
        for (const label of labels) {
            for (const x of columnEdges) if (x > label.box.left && x < label.box.right && tableBox.top < label.box.bottom) found.push(`${label.name} is struck through by a lane border`);
            for (const y of rowEdges) if (y > label.box.top && y < label.box.bottom) found.push(`${label.name} is struck through by a row border`);
        }
        // The grid drawn thin and grey (0.5 pt), the flow black and about 1 pt; the table's own borders unseen.
        const grid = section.querySelector('path[data-grid]');
        if (!grid) {
            found.push(`page ${page} draws no grid`);
        } else {
            const width = Number(grid.getAttribute('stroke-width'));
            if (Math.abs(width - 2 / 3) > 0.1 || ['#000', '#000000', 'black'].includes(grid.getAttribute('stroke') ?? '')) found.push(`the grid of page ${page} is drawn ${width}px ${grid.getAttribute('stroke')}, not 0.5 pt dark grey`);
            const gridXs = Array.from((grid.getAttribute('d') ?? '').matchAll(/M(-?[\d.]+),(-?[\d.]+) V/g)).map(match => Number(match[1]) + svgBox.left);
            for (const x of columnEdges) if (!gridXs.some(gx => Math.abs(gx - x) < 1)) found.push(`page ${page}: no grid line drawn along the column edge at x=${x}`);
        }
        for (const path of Array.from(section.querySelectorAll('g[data-from] > path, [data-symbol] > polygon, [data-symbol] > rect'))) {
            const width = Number(path.getAttribute('stroke-width'));
            if (Math.abs(width - 4 / 3) > 0.1 || path.getAttribute('stroke') !== '#000') { found.push(`a flow line of page ${page} is drawn ${width}px ${path.getAttribute('stroke')}, not 1 pt black`); break; }
        }
        const cell = section.querySelector('tbody td')!;
        if (getComputedStyle(cell).borderTopColor !== 'rgba(0, 0, 0, 0)') found.push(`the table borders of page ${page} are drawn by CSS (${getComputedStyle(cell).borderTopColor}) over the 0.5 pt grid`);
        return found;
    }
}
