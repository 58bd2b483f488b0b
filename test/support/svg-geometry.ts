/**
 * Geometry checks of a swimlane SVG, run inside Chromium on what it really draws: boxes from
 * getBBox mapped to the page with getScreenCTM, edges followed with getPointAtLength. Every
 * broken promise comes back as a sentence. Self-contained: it is serialized into the page.
 */
export interface SvgGeometryReport {
    problems: string[];
    lanes: string[];
    steps: Array<{ step: string; actor: string; kind: string; line: string | null }>;
    edges: Array<{ from: string; to: string; label: string | null; labelText: string | null }>;
    ends: number;
}

export function checkSvgGeometry(): SvgGeometryReport {
    const problems: string[] = [];
    const svg = document.querySelector('svg[data-sop]') as SVGSVGElement;
    type Box = { left: number; top: number; right: number; bottom: number };
    const screenBox = (element: SVGGraphicsElement): Box => {
        const box = element.getBBox();
        const matrix = element.getScreenCTM()!;
        const corners = [[box.x, box.y], [box.x + box.width, box.y + box.height]].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
        return { left: Math.min(corners[0].x, corners[1].x), top: Math.min(corners[0].y, corners[1].y), right: Math.max(corners[0].x, corners[1].x), bottom: Math.max(corners[0].y, corners[1].y) };
    };
    const describe = (box: Box) => `(${box.left.toFixed(1)},${box.top.toFixed(1)})-(${box.right.toFixed(1)},${box.bottom.toFixed(1)})`;
    const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const TOLERANCE = 0.75;

    // Lanes: bands side by side, in document order.
    const laneGroups = Array.from(svg.querySelectorAll('g[data-lane]'));
    const lanes = laneGroups.map(group => group.getAttribute('data-lane')!);
    const bands = new Map(laneGroups.map(group => [group.getAttribute('data-lane')!, screenBox(group.querySelector('.sop-lane-band') as SVGGraphicsElement)]));
    const headers = laneGroups.map(group => screenBox(group.querySelector('.sop-lane-header') as SVGGraphicsElement));
    const headerBottom = Math.max(...headers.map(header => header.bottom));
    for (const group of laneGroups) {
        const title = group.querySelector('.sop-lane-title') as SVGGraphicsElement;
        const header = screenBox(group.querySelector('.sop-lane-header') as SVGGraphicsElement);
        const text = screenBox(title);
        if (text.left < header.left - TOLERANCE || text.right > header.right + TOLERANCE || text.top < header.top - TOLERANCE || text.bottom > header.bottom + TOLERANCE) {
            problems.push(`title of lane ${group.getAttribute('data-lane')} overflows its header`);
        }
    }

    // Nodes: inside the lanes they span, below the headers, their text inside their shape.
    type NodeInfo = { name: string; box: Box; diamond: boolean; group: Element };
    const nodes: NodeInfo[] = [];
    const steps: SvgGeometryReport['steps'] = [];
    const inside = (x: number, y: number, node: NodeInfo, inset: number) => {
        const { box } = node;
        if (node.diamond) {
            const cx = (box.left + box.right) / 2;
            const cy = (box.top + box.bottom) / 2;
            return Math.abs(x - cx) / ((box.right - box.left) / 2 - inset) + Math.abs(y - cy) / ((box.bottom - box.top) / 2 - inset) < 1;
        }
        return x > box.left + inset && x < box.right - inset && y > box.top + inset && y < box.bottom - inset;
    };
    for (const group of Array.from(svg.querySelectorAll('g[data-step]'))) {
        const step = group.getAttribute('data-step')!;
        const kind = group.getAttribute('data-kind')!;
        const actor = group.getAttribute('data-actor')!;
        const shape = group.querySelector('.sop-shape') as SVGGraphicsElement;
        const node: NodeInfo = { name: `${kind} ${step}${group.getAttribute('data-owner') ? ` of ${group.getAttribute('data-owner')}` : ''}`, box: screenBox(shape), diamond: kind === 'decision', group };
        nodes.push(node);
        steps.push({ step, actor, kind, line: group.getAttribute('data-line') });
        const indexes = actor.split(' ').map(id => lanes.indexOf(id));
        if (indexes.some(index => index < 0)) {
            problems.push(`${node.name} names an actor without a lane: ${actor}`);
            continue;
        }
        const first = bands.get(lanes[Math.min(...indexes)])!;
        const last = bands.get(lanes[Math.max(...indexes)])!;
        if (node.box.left < first.left - TOLERANCE || node.box.right > last.right + TOLERANCE) {
            problems.push(`${node.name} ${describe(node.box)} leaves the lane(s) of ${actor} (${first.left.toFixed(1)}..${last.right.toFixed(1)})`);
        }
        if (node.box.top < headerBottom) problems.push(`${node.name} reaches into the lane headers`);
        const text = group.querySelector('.sop-node-text') as SVGGraphicsElement;
        for (const line of Array.from(text.querySelectorAll(':scope > tspan')) as SVGGraphicsElement[]) {
            const lineBox = screenBox(line);
            const corners: Array<[number, number]> = [[lineBox.left, lineBox.top + 2], [lineBox.right, lineBox.top + 2], [lineBox.left, lineBox.bottom - 2], [lineBox.right, lineBox.bottom - 2]];
            if (!corners.every(([x, y]) => inside(x, y, node, -0.5))) problems.push(`${node.name}: the text "${line.textContent}" leaves its shape`);
        }
        const title = group.querySelector(':scope > title');
        if (!title || !title.textContent) problems.push(`${node.name} has no <title> with its full text`);
    }
    const numbered = nodes.filter(node => /^\d+$/.test(node.group.getAttribute('data-step')!));
    for (let index = 1; index < numbered.length; index++) {
        if (numbered[index].box.top < numbered[index - 1].box.bottom - TOLERANCE) problems.push(`${numbered[index].name} is not below ${numbered[index - 1].name}`);
        if (Number(numbered[index].group.getAttribute('data-step')) !== Number(numbered[index - 1].group.getAttribute('data-step')) + 1) problems.push(`${numbered[index].name} is out of order`);
    }
    for (let i = 0; i < nodes.length; i++) {
        for (let j = i + 1; j < nodes.length; j++) {
            if (overlap(nodes[i].box, nodes[j].box)) problems.push(`${nodes[i].name} overlaps ${nodes[j].name}`);
        }
    }

    // Edges: orthogonal, from their source's outline to their target's, through no node's inside,
    // never on top of another edge for longer than a crossing.
    const edges: SvgGeometryReport['edges'] = [];
    const texts: Array<{ name: string; box: Box }> = [];
    const cells = new Map<string, Set<number>>();
    const samplesByEdge: Array<Array<{ x: number; y: number }>> = [];
    const nodeFor = (step: string, owner: string | null) => nodes.filter(node => node.group.getAttribute('data-step') === step && (owner === null || node.group.getAttribute('data-owner') === owner));
    const distance = (x: number, y: number, box: Box) => Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    Array.from(svg.querySelectorAll('g[data-from][data-to]')).forEach((group, edgeIndex) => {
        const from = group.getAttribute('data-from')!;
        const to = group.getAttribute('data-to')!;
        const label = group.getAttribute('data-label');
        const labelElement = group.querySelector('.sop-label') as SVGGraphicsElement | null;
        edges.push({ from, to, label, labelText: labelElement ? Array.from(labelElement.querySelectorAll('tspan')).map(line => line.textContent).join(' ') : null });
        const name = `edge ${from}->${to}${label ? ` (${label})` : ''}`;
        const path = group.querySelector('path') as SVGPathElement;
        const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
        for (let index = 2; index < numbers.length; index += 2) {
            if (numbers[index] !== numbers[index - 2] && numbers[index + 1] !== numbers[index - 1]) problems.push(`${name} has a slanted segment`);
        }
        if (!path.getAttribute('marker-end')) problems.push(`${name} has no arrowhead`);
        const matrix = path.getScreenCTM()!;
        const length = path.getTotalLength();
        const samples: Array<{ x: number; y: number }> = [];
        for (let at = 0; at <= length; at += 1) {
            const point = path.getPointAtLength(at).matrixTransform(matrix);
            samples.push({ x: point.x, y: point.y });
        }
        samplesByEdge.push(samples);
        const sources = from === 'start' ? nodeFor('start', null) : nodeFor(from, null);
        const targets = to === 'end' ? nodeFor('end', from) : nodeFor(to, null);
        const [first, last] = [samples[0], samples[samples.length - 1]];
        if (!sources.some(node => distance(first.x, first.y, node.box) < 1.5)) problems.push(`${name} does not start at its source`);
        if (!targets.some(node => distance(last.x, last.y, node.box) < 1.5)) problems.push(`${name} does not end at its target`);
        for (const node of nodes) {
            const hits = samples.filter(point => inside(point.x, point.y, node, 2));
            if (hits.length > 0) problems.push(`${name} runs through ${node.name} at (${hits[0].x.toFixed(1)},${hits[0].y.toFixed(1)})`);
        }
        for (const point of samples) {
            const key = `${Math.round(point.x)},${Math.round(point.y)}`;
            let owners = cells.get(key);
            if (!owners) cells.set(key, owners = new Set());
            owners.add(edgeIndex);
        }
        if (label && !labelElement) problems.push(`${name} has no label drawn`);
        if (labelElement) {
            const box = screenBox(labelElement);
            texts.push({ name: `label "${labelElement.textContent}" of ${name}`, box });
            // Beside the first segment of its own edge (within 8 px), where it leaves its node.
            const second = numbers.length >= 4 ? { x: numbers[2], y: numbers[3] } : first;
            const firstEnd = new DOMPoint(second.x, second.y).matrixTransform(matrix);
            const nearFirst = Math.min(...samples.filter((_, index) => index <= Math.hypot(firstEnd.x - first.x, firstEnd.y - first.y)).map(point => distance(point.x, point.y, box)));
            if (nearFirst > 8) problems.push(`label of ${name} is not beside the first segment of its edge`);
        }
    });
    samplesByEdge.forEach((samples, edgeIndex) => {
        let run = 0;
        for (const point of samples) {
            const owners = cells.get(`${Math.round(point.x)},${Math.round(point.y)}`)!;
            run = owners.size > 1 ? run + 1 : 0;
            if (run > 5) {
                problems.push(`${edges[edgeIndex].from}->${edges[edgeIndex].to} runs on top of another edge at (${point.x.toFixed(1)},${point.y.toFixed(1)})`);
                break;
            }
        }
    });

    // Labels and waktu: on no node, no other text, no edge.
    for (const waktu of Array.from(svg.querySelectorAll('.sop-waktu')) as SVGGraphicsElement[]) {
        texts.push({ name: `waktu "${waktu.textContent}"`, box: screenBox(waktu) });
    }
    for (const [index, text] of texts.entries()) {
        for (const node of nodes) {
            // A text touches a diamond when its point nearest the diamond's centre is inside it.
            const cx = (node.box.left + node.box.right) / 2;
            const cy = (node.box.top + node.box.bottom) / 2;
            const nearX = Math.min(Math.max(cx, text.box.left), text.box.right);
            const nearY = Math.min(Math.max(cy, text.box.top), text.box.bottom);
            if (overlap(text.box, node.box) && (!node.diamond || inside(nearX, nearY, node, 0))) problems.push(`${text.name} lies on ${node.name}`);
        }
        for (const other of texts.slice(index + 1)) {
            if (overlap(text.box, other.box)) problems.push(`${text.name} lies on ${other.name}`);
        }
        const shrunk = { left: text.box.left + 1, top: text.box.top + 1, right: text.box.right - 1, bottom: text.box.bottom - 1 };
        samplesByEdge.forEach((samples, edgeIndex) => {
            if (samples.some(point => point.x > shrunk.left && point.x < shrunk.right && point.y > shrunk.top && point.y < shrunk.bottom)) {
                problems.push(`${text.name} lies on edge ${edges[edgeIndex].from}->${edges[edgeIndex].to}`);
            }
        });
    }
    return { problems, lanes, steps, edges, ends: nodes.filter(node => node.group.getAttribute('data-kind') === 'end').length };
}
