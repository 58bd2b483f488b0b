/**
 * The markup that tools, editors and tests rely on (the contract's "Swimlane SVG"): data-sop,
 * one data-lane group per actor, data-step/data-actor/data-kind (and data-line on steps) per node,
 * data-from/data-to/data-label per edge, and the classes a stylesheet can restyle. The snapshot
 * keeps attributes only, not coordinates, so that a layout change does not churn it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSwimlane, renderSvg } from '../../packages/diagram/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { diagramModels } from '../support/diagram-models.js';
import { parseStrictXml } from '../support/strict-xml.js';

let models: SopModel[] = [];
beforeAll(async () => {
    const built = await diagramModels();
    models = [...built.examples, ...built.cases];
}, 120_000);

const GEOMETRY = new Set(['x', 'y', 'width', 'height', 'd', 'points', 'viewBox', 'rx', 'refX', 'refY', 'markerWidth', 'markerHeight']);

/** Each element as "name attribute=value ...", geometry left out, in document order. */
function markupOutline(svg: string): string[] {
    return parseStrictXml(svg).elements.map(element => [element.name, ...Object.entries(element.attributes)
        .filter(([name]) => !GEOMETRY.has(name)).map(([name, value]) => `${name}=${value}`)].join(' '));
}

describe('swimlane markup', () => {
    it('matches the contract on an SOP with custom branch labels and two ways to selesai (attributes only)', async () => {
        const model = models.find(candidate => candidate.id === 'BranchToSelesai')!;
        const outline = markupOutline(renderSvg(await layoutSwimlane(model)));
        // Lines of text and whether a waktu found room beside its node depend on the layout, not the contract.
        expect(outline.filter(line => !line.startsWith('tspan') && !line.includes('sop-waktu'))).toMatchSnapshot();
    });

    it('marks every SOP the same way: lanes, nodes with step, actor, kind and line, edges with their labels', async () => {
        for (const model of models) {
            const elements = parseStrictXml(renderSvg(await layoutSwimlane(model))).elements;
            expect(elements[0].attributes['data-sop']).toBe(model.id);
            expect(elements.filter(element => 'data-lane' in element.attributes).map(element => element.attributes['data-lane'])).toEqual(model.actors.map(actor => actor.id));
            const nodes = elements.filter(element => 'data-step' in element.attributes).map(element => element.attributes);
            expect(nodes.filter(node => /^\d+$/.test(node['data-step'])).map(node => [node['data-step'], node['data-actor'], node['data-kind'], node['data-line']]))
                .toEqual(model.steps.map(step => [String(step.number), step.actors.join(' '), step.kind, String(step.line)]));
            expect(nodes.filter(node => node['data-step'] === 'start').map(node => node['data-kind'])).toEqual(['start']);
            expect(nodes.filter(node => node['data-step'] === 'end').map(node => `${node['data-kind']} ${node['data-owner']}`).sort())
                .toEqual(model.edges.filter(edge => edge.to === 'end').map(edge => `end ${edge.from}`).sort());
            for (const node of nodes.filter(node => !/^\d+$/.test(node['data-step']))) expect(node['data-line']).toBeUndefined();
            const edges = elements.filter(element => 'data-from' in element.attributes).map(element => element.attributes);
            // Plain flow has no data-label at all; a branch has its label as written.
            expect(edges.map(edge => [edge['data-from'], edge['data-to'], edge['data-label'] ?? null]))
                .toEqual([['start', '1', null], ...model.edges.map(edge => [String(edge.from), String(edge.to), edge.label])]);
        }
    });

    it('leaves colours and the font to the host when not standalone, with the same markup', async () => {
        const model = models.find(candidate => candidate.id === 'NestedLoops')!;
        const layout = await layoutSwimlane(model);
        const standalone = renderSvg(layout);
        const hosted = renderSvg(layout, { standalone: false });
        expect(hosted).not.toContain('@font-face');
        expect(hosted).not.toMatch(/#[0-9a-f]{6}/i);
        expect(hosted).not.toContain('sop-theme-');
        expect(standalone).toContain('@font-face');
        const withoutStyle = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/ sop-theme-\w+/, '');
        expect(withoutStyle(hosted)).toBe(withoutStyle(standalone));
        for (const name of ['sop-lane', 'sop-lane-band', 'sop-lane-header', 'sop-lane-title', 'sop-node', 'sop-shape', 'sop-node-text', 'sop-step-number', 'sop-waktu', 'sop-edge', 'sop-edge-line', 'sop-arrowhead', 'sop-label', 'sop-decision', 'sop-start', 'sop-end', 'sop-process']) {
            expect(hosted, name).toMatch(new RegExp(`class="([^"]* )?${name}( [^"]*)?"`));
        }
    });
});
