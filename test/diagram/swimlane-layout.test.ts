/**
 * The layout as plain data, for every example and every diagram case: the geometry promises hold
 * (checked by the layout itself and reported in `problems`), every step and every edge of the model
 * is there with its label, terminators where the SOP starts and ends. The same promises are checked
 * again on the rendered SVG in Chromium (svg-geometry.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutSwimlane, type SwimlaneLayout } from '../../packages/diagram/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { diagramModels } from '../support/diagram-models.js';
import { randomSop } from '../support/random-sop.js';

let models: SopModel[] = [];
let caseErrors: string[] = [];
const layouts = new Map<string, SwimlaneLayout>();

beforeAll(async () => {
    const built = await diagramModels();
    models = [...built.examples, ...built.cases];
    caseErrors = built.caseErrors;
    for (const model of models) layouts.set(model.id, await layoutSwimlane(model));
}, 120_000);

describe('swimlane layout', () => {
    it('covers the 29 examples and the diagram cases, which have no errors', () => {
        expect(caseErrors).toEqual([]);
        expect(models).toHaveLength(29 + 8);
    });

    it('keeps every geometry promise on every SOP', () => {
        const problems = models.flatMap(model => layouts.get(model.id)!.problems.map(problem => `${model.id}: ${problem}`));
        expect(problems).toEqual([]);
    });

    it('draws one node per step, in order, with its kind, actors, lanes and source line', () => {
        for (const model of models) {
            const layout = layouts.get(model.id)!;
            const steps = layout.nodes.filter(node => typeof node.step === 'number');
            expect(steps.map(node => node.step), model.id).toEqual(model.steps.map(step => step.number));
            for (const [index, step] of model.steps.entries()) {
                const node = steps[index];
                expect(node.kind).toBe(step.kind);
                expect(node.actors).toEqual(step.actors);
                expect(node.line).toBe(step.line);
                expect(node.lines.join(' ').replace(/\u2010 ?/g, '')).toContain(`${step.number}.`);
                expect(node.text).toBe(`${step.number}. ${step.activity.replace(/\s+/g, ' ').trim()}`);
                // A node spans the lanes from its leftmost to its rightmost actor.
                const order = model.actors.map(actor => actor.id);
                const indexes = step.actors.map(actor => order.indexOf(actor));
                expect(node.lanes).toEqual(order.slice(Math.min(...indexes), Math.max(...indexes) + 1));
            }
        }
    });

    it('draws every edge of the model with its label, a start before step 1 and an end for every way out', () => {
        for (const model of models) {
            const layout = layouts.get(model.id)!;
            const drawn = layout.edges.map(edge => `${edge.from}->${edge.to}:${edge.label}`);
            expect(drawn, model.id).toEqual(['start->1:null', ...model.edges.map(edge => `${edge.from}->${edge.to}:${edge.label}`)]);
            for (const edge of layout.edges) {
                expect(edge.points.length).toBeGreaterThanOrEqual(2);
                if (edge.label) expect(edge.labelBox, `${model.id} ${edge.from}->${edge.to}`).not.toBeNull();
            }
            expect(layout.nodes.filter(node => node.kind === 'start')).toHaveLength(1);
            const ends = layout.nodes.filter(node => node.kind === 'end');
            expect(ends.map(node => node.owner).sort()).toEqual(model.edges.filter(edge => edge.to === 'end').map(edge => edge.from).sort());
            // Each end edge ends at its own terminator.
            expect(new Set(layout.edges.filter(edge => edge.to === 'end').map(edge => edge.target)).size).toBe(ends.length);
        }
    });

    it('names the participants of a meeting whose box crosses lanes that take no part in it', () => {
        const layout = layouts.get('MeetingAcross')!;
        const across = layout.nodes.find(node => node.step === 2)!;
        expect(across.lanes).toEqual(['pemohon', 'jfu', 'kasubbag', 'kadis']);
        expect(across.noteLines).toBe(1);
        expect(across.lines.at(-1)).toBe('(Pemohon, Kepala Dinas)');
        const neighbours = layout.nodes.find(node => node.step === 4)!;
        expect(neighbours.lanes).toEqual(['jfu', 'kasubbag']);
        expect(neighbours.noteLines).toBe(0);
    });

    it('puts lanes in pelaksana order with their titles', () => {
        for (const model of models) {
            const layout = layouts.get(model.id)!;
            expect(layout.lanes.map(lane => lane.id)).toEqual(model.actors.map(actor => actor.id));
            expect(layout.lanes.map(lane => lane.titleLines.join(' '))).toEqual(model.actors.map(actor => actor.title));
            for (let index = 1; index < layout.lanes.length; index++) {
                expect(layout.lanes[index].x).toBeCloseTo(layout.lanes[index - 1].x + layout.lanes[index - 1].width, 5);
            }
        }
    });

    it('keeps every promise on 150 random SOPs, harsher than real ones (seeded: a failure names its seed)', async () => {
        const broken: string[] = [];
        for (let seed = 1; seed <= 150; seed++) {
            const model = randomSop(seed);
            const layout = await layoutSwimlane(model);
            broken.push(...layout.problems.map(problem => `seed ${seed}: ${problem}`));
            expect(layout.edges.map(edge => `${edge.from}->${edge.to}:${edge.label}`).slice(1), `seed ${seed}`)
                .toEqual(model.edges.map(edge => `${edge.from}->${edge.to}:${edge.label}`));
            expect(layout.nodes.filter(node => typeof node.step === 'number')).toHaveLength(model.steps.length);
        }
        expect(broken).toEqual([]);
    }, 120_000);

    it('runs with an ELK the host brings, or one made by its worker factory', async () => {
        const model = models.find(candidate => candidate.id === 'NestedLoops')!;
        const require = createRequire(import.meta.url);
        const ElkBundled = require('elkjs/lib/elk.bundled.js');
        const own = new ElkBundled();
        let calls = 0;
        const counted = { layout: (graph: never, args?: never) => { calls++; return own.layout(graph, args); } };
        const withOwn = await layoutSwimlane(model, { elk: counted });
        expect(calls).toBeGreaterThan(0);
        expect(withOwn.problems).toEqual([]);

        const { Worker: FakeWorker } = require('elkjs/lib/elk-worker.min.js');
        let made = 0;
        const viaWorker = await layoutSwimlane(model, { workerFactory: (url?: string) => { made++; return new FakeWorker(url); } });
        expect(made).toBe(1);
        expect(viaWorker.nodes.map(node => node.box)).toEqual(layouts.get('NestedLoops')!.nodes.map(node => node.box));
    });
});

describe('the diagram package', () => {
    it('uses no Node API, so that it runs in a web worker', () => {
        const folder = join(import.meta.dirname, '../../packages/diagram/src');
        const files = readdirSync(folder).filter(name => name.endsWith('.ts'));
        expect(files.length).toBeGreaterThan(5);
        for (const name of files) {
            const text = readFileSync(join(folder, name), 'utf8');
            const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map(match => match[1]);
            for (const specifier of imports) {
                expect(`${name}: ${specifier}`).toMatch(/: (\.\/|@sop-ap\/(model|document)$|elkjs\/lib\/elk(-api|\.bundled|-worker\.min)\.js$)/);
            }
            expect(text, name).not.toMatch(/\b(process|Buffer|__dirname|require)\s*[.(]/);
        }
    });

    it('does not read the AST: only the model', () => {
        const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/diagram/package.json'), 'utf8'));
        expect(Object.keys(pkg.dependencies).sort()).toEqual(['@sop-ap/document', '@sop-ap/model', 'elkjs']);
    });
});
