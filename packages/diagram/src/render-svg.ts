/**
 * `renderSvg(layout)`: the laid-out diagram as one SVG string, pure. The markup carries the data
 * attributes of the contract (data-sop, data-lane, data-step/data-actor/data-kind/data-line,
 * data-from/data-to/data-label) and classes for every part, so that tests, editors and
 * stylesheets can find them. Standalone (the default) embeds the font and the theme's colours.
 */
import type { EdgeLayout, LaneLayout, NodeLayout, SwimlaneLayout } from './types.js';
import { centreX, centreY, right, bottom } from './geometry.js';
import { STRUCTURE_CSS, standaloneCss, type Theme } from './svg-theme.js';
import { HEADER_LINE, LABEL_LINE, NODE_LINE, TITLE_LINE, WAKTU_LINE } from './typography.js';
import { escapeXml, num } from './xml-text.js';

export interface RenderOptions {
    theme?: Theme;
    /** Embed the font and the theme's colours (default); false leaves colours to the host's CSS. */
    standalone?: boolean;
}

/** Where the baseline sits in a line box, for 11-12 px Arimo (ascent 0.905 em, descent 0.212 em). */
const BASELINE = 0.77;

export function renderSvg(layout: SwimlaneLayout, options: RenderOptions = {}): string {
    const theme = options.theme ?? 'light';
    const standalone = options.standalone ?? true;
    const marker = `sop-arrow-${layout.sopId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    const parts = [
        `<svg xmlns="http://www.w3.org/2000/svg" data-sop="${escapeXml(layout.sopId)}" class="sop-diagram${standalone ? ` sop-theme-${theme}` : ''}"`
            + ` width="${num(layout.width)}" height="${num(layout.height)}" viewBox="0 0 ${num(layout.width)} ${num(layout.height)}" role="img">`,
        `<title>${escapeXml(layout.title)}</title>`,
        `<style>${standalone ? standaloneCss(theme) : STRUCTURE_CSS}</style>`,
        `<defs><marker id="${marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">`
            + '<path class="sop-arrowhead" d="M0,0 L10,5 L0,10 z"/></marker></defs>',
        `<rect class="sop-background" x="0" y="0" width="${num(layout.width)}" height="${num(layout.height)}"/>`,
        textLines('sop-title', layout.titleLines, layout.lanes[0]?.x ?? 16, (layout.lanes[0]?.header.y ?? 40) - 8 - layout.titleLines.length * TITLE_LINE, TITLE_LINE, 'start'),
    ];
    const laneBottom = layout.height - 16;
    parts.push('<g class="sop-lanes">', ...layout.lanes.map((lane, index) => laneSvg(lane, index, laneBottom)), '</g>');
    parts.push('<g class="sop-edges">', ...layout.edges.map(edge => edgeSvg(edge, marker)), '</g>');
    parts.push('<g class="sop-nodes">', ...layout.nodes.map(nodeSvg), '</g>');
    parts.push('</svg>');
    return parts.join('\n') + '\n';
}

function laneSvg(lane: LaneLayout, index: number, laneBottom: number): string {
    const { header } = lane;
    return `<g data-lane="${escapeXml(lane.id)}" class="sop-lane${index % 2 ? ' sop-lane-alternate' : ''}">`
        + `<rect class="sop-lane-band" x="${num(lane.x)}" y="${num(header.y)}" width="${num(lane.width)}" height="${num(laneBottom - header.y)}"/>`
        + `<rect class="sop-lane-header" x="${num(header.x)}" y="${num(header.y)}" width="${num(header.width)}" height="${num(header.height)}"/>`
        + textLines('sop-lane-title', lane.titleLines, centreX(header), centreY(header) - (lane.titleLines.length * HEADER_LINE) / 2, HEADER_LINE, 'middle')
        + '</g>';
}

function edgeSvg(edge: EdgeLayout, marker: string): string {
    const d = edge.points.map((point, index) => `${index === 0 ? 'M' : 'L'}${num(point.x)},${num(point.y)}`).join(' ');
    const label = edge.label === null ? '' : ` data-label="${escapeXml(edge.label)}"`;
    const text = edge.labelBox ? textLines('sop-label', edge.labelLines, edge.labelBox.x + 2, edge.labelBox.y + 1, LABEL_LINE, 'start') : '';
    return `<g class="sop-edge" data-from="${edge.from}" data-to="${edge.to}"${label}>`
        + `<path class="sop-edge-line" d="${d}" marker-end="url(#${marker})"/>${text}</g>`;
}

function nodeSvg(node: NodeLayout): string {
    const attributes = [
        `data-step="${node.step}"`, `data-actor="${escapeXml(node.actors.join(' '))}"`, `data-kind="${node.kind}"`,
        ...(node.line !== null ? [`data-line="${node.line}"`] : []),
        ...(node.owner !== null ? [`data-owner="${node.owner}"`] : []),
    ].join(' ');
    const text = nodeText(node);
    const waktu = node.waktuBox && node.waktu
        ? textLines('sop-waktu', [node.waktu], node.waktuBox.x + 1, node.waktuBox.y, WAKTU_LINE, 'start')
        : '';
    return `<g class="sop-node sop-${node.kind}" ${attributes}><title>${escapeXml(node.text)}</title>${shape(node)}${text}${waktu}</g>`;
}

function shape(node: NodeLayout): string {
    const { box } = node;
    if (node.kind === 'decision') {
        const points = [[centreX(box), box.y], [right(box), centreY(box)], [centreX(box), bottom(box)], [box.x, centreY(box)]];
        return `<polygon class="sop-shape" points="${points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}"/>`;
    }
    const radius = node.kind === 'process' ? 0 : box.height / 2;
    return `<rect class="sop-shape" x="${num(box.x)}" y="${num(box.y)}" width="${num(box.width)}" height="${num(box.height)}"${radius ? ` rx="${num(radius)}"` : ''}/>`;
}

/** The node's lines centred in it; a step's number ("3.") in bold at the start of the first line. */
function nodeText(node: NodeLayout): string {
    const { box } = node;
    const top = centreY(box) - (node.lines.length * NODE_LINE) / 2;
    const number = typeof node.step === 'number' ? `${node.step}.` : null;
    const tspans = node.lines.map((line, index) => {
        const y = `y="${num(top + index * NODE_LINE + NODE_LINE * BASELINE)}"`;
        if (index === 0 && number && line.startsWith(number)) {
            return `<tspan x="${num(centreX(box))}" ${y}><tspan class="sop-step-number">${number}</tspan>${escapeXml(line.slice(number.length))}</tspan>`;
        }
        const note = index >= node.lines.length - node.noteLines ? ' class="sop-participants"' : '';
        return `<tspan${note} x="${num(centreX(box))}" ${y}>${escapeXml(line)}</tspan>`;
    }).join('');
    return `<text class="sop-node-text" text-anchor="middle">${tspans}</text>`;
}

function textLines(className: string, lines: readonly string[], x: number, top: number, lineHeight: number, anchor: 'start' | 'middle'): string {
    const tspans = lines.map((line, index) => `<tspan x="${num(x)}" y="${num(top + index * lineHeight + lineHeight * BASELINE)}">${escapeXml(line)}</tspan>`).join('');
    return `<text class="${className}"${anchor === 'middle' ? ' text-anchor="middle"' : ''}>${tspans}</text>`;
}
