/**
 * The flowchart of one page as an SVG drawn over the table: the ruled grid (thin and grey, about
 * 0.5 pt), then symbols, orthogonal arrows with arrowheads (black, about 1 pt), line jumps where
 * arrows cross, junction dots where they join, branch labels and off-page connectors, each marked
 * with the data attributes that tests and tools rely on.
 */
import type { PageDrawing, PlacedConnector, PlacedSymbol } from '../flow/drawing.js';
import { bottom, centerX, centerY, right, type Box } from '../flow/geometry.js';
import type { Point } from '../flow/geometry.js';
import { CONNECTOR, LABEL } from '../layout/typography.js';
import { labelLineHeight } from '../layout/step-rows.js';
import { FONT_FAMILY } from '../fonts/text-metrics.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { round } from './text-block-html.js';

/** 1 pt and 0.5 pt in CSS pixels. */
export const FLOW_STROKE_WIDTH = 4 / 3;
export const GRID_STROKE_WIDTH = 2 / 3;
export const GRID_COLOR = '#404040';
const STROKE = `stroke="#000" stroke-width="${round(FLOW_STROKE_WIDTH)}"`;
const HOP_RADIUS = 4;
const JUNCTION_RADIUS = 2.5;

export function flowSvg(drawing: PageDrawing, width: number, height: number, pageNumber: number): string {
    const marker = `arrow-${pageNumber}`;
    const parts: string[] = [
        `<svg class="flow-overlay" xmlns="http://www.w3.org/2000/svg" width="${round(width)}" height="${round(height)}" viewBox="0 0 ${round(width)} ${round(height)}">`,
        `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse" markerUnits="userSpaceOnUse">`
            + '<path d="M0,0 L10,5 L0,10 z" fill="#000"/></marker></defs>',
        gridSvg(drawing),
    ];
    for (const piece of drawing.pieces) {
        const d = piece.points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join(' ');
        const label = piece.label === null ? '' : ` data-label="${escapeAttribute(piece.label)}"`;
        parts.push(`<g data-from="${piece.from}" data-to="${piece.to}"${label} data-edge="${piece.edgeIndex}" data-starts="${piece.starts}" data-ends="${piece.ends}">`
            + `<path d="${d}" fill="none" ${STROKE} stroke-linejoin="miter" marker-end="url(#${marker})"/></g>`);
    }
    parts.push(...drawing.hops.map(hopSvg));
    parts.push(...drawing.junctions.map(([x, y]) => `<circle data-junction="" cx="${round(x)}" cy="${round(y)}" r="${JUNCTION_RADIUS}" fill="#000"/>`));
    for (const symbol of drawing.symbols) {
        parts.push(symbolSvg(symbol));
    }
    for (const connector of drawing.connectors) {
        parts.push(connectorSvg(connector));
    }
    for (const label of drawing.labels) {
        const lineHeight = labelLineHeight({ ...LABEL, size: label.size });
        const lines = label.lines.map((line, index) =>
            `<tspan x="${round(label.box.x + 1)}" y="${round(label.box.y + (index + 1) * lineHeight - 2.5 * label.size / LABEL.size)}">${escapeHtml(line)}</tspan>`).join('');
        parts.push(`<text data-edge-label="${label.edgeIndex}" font-family="${FONT_FAMILY}" font-size="${label.size}" fill="#000">${lines}</text>`);
    }
    parts.push('</svg>');
    return parts.join('');
}

function gridSvg(drawing: PageDrawing): string {
    const lines = [
        ...drawing.grid.horizontal.map(line => `M${round(line.x1)},${round(line.y)} H${round(line.x2)}`),
        ...drawing.grid.vertical.map(line => `M${round(line.x)},${round(line.y1)} V${round(line.y2)}`),
    ];
    return `<path data-grid="" d="${lines.join(' ')}" fill="none" stroke="${GRID_COLOR}" stroke-width="${round(GRID_STROKE_WIDTH)}" stroke-linecap="square"/>`;
}

/**
 * A line jump: the horizontal arrow is cut under a small arc over the vertical one it crosses
 * (white first, so the cut shows; then the vertical redrawn through it, then the arc).
 */
function hopSvg([x, y]: Point): string {
    const r = HOP_RADIUS;
    return `<g data-hop="${round(x)},${round(y)}">`
        + `<path d="M${round(x - r)},${round(y)} H${round(x + r)}" stroke="#fff" stroke-width="${round(FLOW_STROKE_WIDTH + 1.5)}"/>`
        + `<path d="M${round(x)},${round(y - r - 1)} V${round(y + r + 1)}" ${STROKE}/>`
        + `<path d="M${round(x - r)},${round(y)} A${r},${r} 0 0 1 ${round(x + r)},${round(y)}" fill="none" ${STROKE}/></g>`;
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

/** The pentagon's corners: a flat side, then the point, in the direction the flow goes. */
export function pentagonPoints(box: Box, direction: PlacedConnector['direction']): Point[] {
    if (direction === 'down') {
        const shoulder = box.y + box.height * 0.6;
        return [[box.x, box.y], [right(box), box.y], [right(box), shoulder], [centerX(box), bottom(box)], [box.x, shoulder]];
    }
    if (direction === 'right') {
        const shoulder = box.x + box.width * 0.6;
        return [[box.x, box.y], [shoulder, box.y], [right(box), centerY(box)], [shoulder, bottom(box)], [box.x, bottom(box)]];
    }
    const shoulder = box.x + box.width * 0.4;
    return [[right(box), box.y], [shoulder, box.y], [box.x, centerY(box)], [shoulder, bottom(box)], [right(box), bottom(box)]];
}

/** An off-page connector, its letter inside the body of the pentagon. */
function connectorSvg(connector: PlacedConnector): string {
    const { box, direction } = connector;
    const textX = direction === 'down' ? centerX(box) : direction === 'right' ? box.x + box.width * 0.42 : box.x + box.width * 0.58;
    const textY = direction === 'down' ? box.y + box.height * 0.45 : centerY(box);
    return `<g data-symbol="offpage" data-connector="${escapeAttribute(connector.letter)}" data-role="${connector.role}" data-step="${connector.step}" data-edge-of="${connector.edgeIndex}" data-direction="${direction}">`
        + `<polygon points="${pentagonPoints(box, direction).map(([x, y]) => `${round(x)},${round(y)}`).join(' ')}" fill="#fff" ${STROKE}/>`
        + `<text x="${round(textX)}" y="${round(textY)}" text-anchor="middle" dominant-baseline="middle" font-family="${FONT_FAMILY}" font-size="${CONNECTOR.size}" font-weight="700">${escapeHtml(connector.letter)}</text></g>`;
}
