/**
 * Every example, and a synthetic 40-step SOP with loops, printed in real Chromium: the layout is
 * checked on the rendered DOM (rows, lanes, overlaps, arrows, connectors), then printed to PDF and
 * read back with pdftotext, page by page. Screenshots of every page are kept in
 * test-results/screenshots for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDocument, renderPlan } from '../../packages/document/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { checkDocumentGeometry } from '../support/document-geometry.js';
import { exampleFiles } from '../support/examples.js';
import { modelsOf } from '../support/services.js';
import { syntheticSop } from '../support/synthetic-sop.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const hasBrowser = browserAvailable();
let browser: Browser;
let pdfFolder: string;
const models: SopModel[] = [];

beforeAll(async () => {
    models.push(...await modelsOf({ ...exampleFiles(), '/synthetic/sintetis.sop': syntheticSop(40, 'Sintetis40', { variety: true }) }));
    mkdirSync(screenshots, { recursive: true });
    pdfFolder = mkdtempSync(join(tmpdir(), 'sop-pdf-'));
    if (hasBrowser) {
        browser = await launchChromium();
    }
}, 120_000);

afterAll(async () => {
    await browser?.close();
    rmSync(pdfFolder, { recursive: true, force: true });
});

// Whitespace and the hyphens of words cut at a column's edge are layout, not text.
const normalize = (text: string) => text.replace(/[\s\u2010]+/g, '');

describe.skipIf(!hasBrowser)('printed documents in Chromium', () => {
    it('covers all 29 examples and the synthetic SOP', () => {
        expect(models.map(model => model.id)).toContain('Sintetis40');
        expect(models).toHaveLength(30);
    });

    it.each(Array.from({ length: 30 }, (_, index) => index))('document %i: layout, edges, connectors, PDF', async index => {
        const model = models[index];
        const plan = planDocument(model);
        const html = renderPlan(plan);
        const page = await browser.newPage();
        try {
            await page.setContent(html, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready);
            // Screenshots of every page, for people to look at (taken first: a failure is easier to read next to its picture).
            const sections = await page.$$('section.page');
            for (const [sectionIndex, section] of sections.entries()) {
                await section.screenshot({ path: join(screenshots, `${model.id}-${sectionIndex + 1}.png`) });
            }

            const report = await page.evaluate(checkDocumentGeometry);
            expect(report.problems.join('\n'), model.id).toBe('');

            // One row per step, in order; the planned pages.
            expect(report.stepRows).toEqual(model.steps.map(step => String(step.number)));
            expect(await page.$$eval('section[data-page]', sections => sections.map(section => section.getAttribute('data-page')))).toEqual(['identity', ...plan.flowPages.map(() => 'flow')]);

            // Every edge of the model is drawn; one that crosses pages in two pieces joined by a letter.
            const pageOf = new Map(plan.flowPages.flatMap(flowPage => flowPage.steps.map(step => [step, String(flowPage.pageNumber)])));
            for (const edge of model.edges) {
                const drawn = report.pieces.filter(piece => piece.from === String(edge.from) && piece.to === String(edge.to) && piece.label === edge.label);
                if (edge.to === 'end' && report.symbols.some(symbol => symbol.step === String(edge.from) && symbol.shape === 'terminator')) {
                    // The step's own capsule is the end of the flow.
                    expect(drawn).toEqual([]);
                    continue;
                }
                const crosses = edge.to !== 'end' && pageOf.get(edge.from) !== pageOf.get(edge.to);
                if (!crosses) {
                    expect(drawn.length, `${model.id}: edge ${edge.from} -> ${edge.to}`).toBe(1);
                    continue;
                }
                // Across pages: into a connector on its page, and out of the one with that letter beside its target
                // (arrows from other pages into one step share that connector).
                const leaving = drawn.filter(piece => piece.ends === 'connector');
                expect(leaving.map(piece => piece.page), `${model.id}: edge ${edge.from} -> ${edge.to} leaves its page`).toEqual([pageOf.get(edge.from)]);
                const index = model.edges.indexOf(edge);
                const letter = report.connectors.find(connector => connector.edge === String(index) && connector.role === 'out')?.letter;
                const resumes = report.connectors.filter(connector => connector.letter === letter && connector.role === 'in');
                expect(resumes.map(connector => connector.page), `${model.id}: edge ${edge.from} -> ${edge.to} resumes from ${letter}`).toEqual([pageOf.get(edge.to as number)]);
                expect(report.pieces.filter(piece => piece.starts === 'connector' && piece.to === String(edge.to) && piece.page === pageOf.get(edge.to as number)).length).toBeGreaterThan(0);
            }
            // The first step is a capsule, unless the flow comes back into it (a capsule receives no loop); so is every step whose only way on is the end.
            const loopedInto = model.edges.some(edge => edge.to === 1);
            expect(report.symbols.find(symbol => symbol.step === '1')?.shape).toBe(model.steps[0].kind === 'decision' ? 'decision' : loopedInto ? 'process' : 'terminator');

            // Every connector letter resumes once, from where one or more arrows leave.
            const letters = new Map<string, string[]>();
            for (const connector of report.connectors) letters.set(connector.letter, [...(letters.get(connector.letter) ?? []), connector.role]);
            for (const [letter, roles] of letters) {
                expect(roles.filter(role => role === 'in'), `${model.id}: connector ${letter}`).toEqual(['in']);
                expect(roles.filter(role => role === 'out').length, `${model.id}: connector ${letter}`).toBeGreaterThan(0);
            }

            // Print: the planned number of pages, each holding the steps planned for it, in full.
            const pdfPath = join(pdfFolder, `${model.id}.pdf`);
            writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
            const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))![1]);
            expect(pages, `${model.id}: printed pages`).toBe(plan.pageCount);
            const identityText = normalize(execFileSync('pdftotext', ['-raw', '-f', '1', '-l', '1', pdfPath, '-'], { encoding: 'utf8' }));
            expect(identityText).toContain(normalize('Nomor SOP'));
            expect(identityText).toContain(normalize(model.title.toUpperCase()));
            for (const flowPage of plan.flowPages) {
                const text = normalize(execFileSync('pdftotext', ['-raw', '-f', String(flowPage.pageNumber), '-l', String(flowPage.pageNumber), pdfPath, '-'], { encoding: 'utf8' }));
                expect(text).toContain(normalize(`Halaman ${flowPage.pageNumber} dari ${plan.pageCount}`));
                for (const step of model.steps) {
                    const planned = flowPage.steps.includes(step.number);
                    if (planned) {
                        for (const content of [step.activity, ...step.kelengkapan, ...step.output]) {
                            expect(text, `${model.id} page ${flowPage.pageNumber}: step ${step.number} "${content}"`).toContain(normalize(content));
                        }
                    } else {
                        const sharedWithPlanned = flowPage.steps.some(other => normalize(model.steps[other - 1].activity).includes(normalize(step.activity)));
                        if (!sharedWithPlanned) {
                            expect(text, `${model.id} page ${flowPage.pageNumber}: step ${step.number} is not planned here`).not.toContain(normalize(step.activity));
                        }
                    }
                }
            }
        } finally {
            await page.close();
        }
    }, 120_000);
});
