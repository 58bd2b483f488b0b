/**
 * The flowchart of one page as an SVG drawn over the table's lanes: symbols, orthogonal arrows
 * with arrowheads, branch labels and off-page connectors, each marked with the data attributes
 * that tests and tools rely on.
 */
import type { PageDrawing, PlacedConnector, PlacedSymbol } from '../flow/drawing.js';
import { bottom, centerX, centerY, right } from '../flow/geometry.js';
import { CONNECTOR, LABEL, LABEL_LINE } from '../layout/typography.js';
import { FONT_FAMILY } from '../fonts/text-metrics.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { round } from './text-block-html.js';

const STROKE = 'stroke="#000" stroke-width="1.2"';

export function flowSvg(drawing: PageDrawing, width: number, height: number, pageNumber: number): string {
    const marker = `arrow-${pageNumber}`;
    const parts: string[] = [
        `<svg class="flow-overlay" xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">`,
        `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse">`
            + '<path d="M0,0 L10,5 L0,10 z" fill="#000"/></marker></defs>',
    ];
    for (const piece of drawing.pieces) {
        const d = piece.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join(' ');
        const label = piece.label === null ? '' : ` data-label="${escapeAttribute(piece.label)}"`;
        parts.push(`<g data-from="${piece.from}" data-to="${piece.to}"${label} data-edge="${piece.edgeIndex}" data-starts="${piece.starts}" data-ends="${piece.ends}">`
            + `<path d="${d}" fill="none" ${STROKE} stroke-linejoin="miter" marker-end="url(#${marker})"/></g>`);
    }
    for (const symbol of drawing.symbols) {
        parts.push(symbolSvg(symbol));
    }
    for (const connector of drawing.connectors) {
        parts.push(connectorSvg(connector));
    }
    for (const label of drawing.labels) {
        const lines = label.lines.map((line, index) =>
            `<tspan x="${round(label.box.x + 1)}" y="${round(label.box.y + (index + 1) * LABEL_LINE - 2.5)}">${escapeHtml(line)}</tspan>`).join('');
        parts.push(`<text data-edge-label="${label.edgeIndex}" font-family="${FONT_FAMILY}" font-size="${LABEL.size}" fill="#000">${lines}</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

function symbolSvg(symbol: PlacedSymbol): string {
    const { box } = symbol;
    const attributes = symbol.step === 'end'
        ? `data-symbol="terminator" data-step="end" data-owner="${symbol.owner}"`
        : `data-symbol="${symbol.shape}" data-step="${symbol.step}" data-actors="${escapeAttribute(symbol.actors.join(' '))}"`;
    let shape: string;
    if (symbol.shape === 'decision') {
        const points = [[centerX(box), box.y], [right(box), centerY(box)], [centerX(box), bottom(box)], [box.x, centerY(box)]];
        shape = `<polygon points="${points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}" fill="#fff" ${STROKE}/>`;
    } else {
        const radius = symbol.shape === 'terminator' ? box.height / 2 : 0;
        shape = `<rect x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" rx="${round(radius)}" fill="#fff" ${STROKE}/>`;
    }
    return `<g ${attributes}>${shape}</g>`;
}

/** A pentagon pointing down (the off-page connector), its letter inside. */
function connectorSvg(connector: PlacedConnector): string {
    const { box } = connector;
    const shoulder = box.y + box.height * 0.6;
    const points = [[box.x, box.y], [right(box), box.y], [right(box), shoulder], [centerX(box), bottom(box)], [box.x, shoulder]];
    return `<g data-symbol="offpage" data-connector="${escapeAttribute(connector.letter)}" data-role="${connector.role}" data-step="${connector.step}">`
        + `<polygon points="${points.map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}" fill="#fff" ${STROKE}/>`
        + `<text x="${round(centerX(box))}" y="${round(box.y + box.height * 0.45)}" text-anchor="middle" dominant-baseline="middle" font-family="${FONT_FAMILY}" font-size="${CONNECTOR.size}" font-weight="700">${escapeHtml(connector.letter)}</text></g>`;
}
