/**
 * Every example and every diagram case, drawn and checked in real Chromium: nodes inside their
 * lanes and in step order, text inside its shape, edges orthogonal from outline to outline and
 * through no node, never on top of each other, labels beside their own edge and on nothing, every
 * edge of the model drawn with its label. Screenshots land in test-results/screenshots/diagram-*.png
 * for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutSwimlane, renderSvg } from '../../packages/diagram/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { browserAvailable, launchChromium } from '../support/browser.js';
import { diagramModels } from '../support/diagram-models.js';
import { checkSvgGeometry } from '../support/svg-geometry.js';

const screenshots = join(import.meta.dirname, '../../test-results/screenshots');
const hasBrowser = browserAvailable();
let browser: Browser;
let models: SopModel[] = [];
const COUNT = 29 + 8;

beforeAll(async () => {
    const built = await diagramModels();
    models = [...built.examples, ...built.cases];
    mkdirSync(screenshots, { recursive: true });
    if (hasBrowser) browser = await launchChromium();
}, 120_000);
afterAll(async () => browser?.close());

describe.skipIf(!hasBrowser)('swimlane diagrams in Chromium', () => {
    it('covers the 29 examples and the 8 diagram cases', () => {
        expect(models).toHaveLength(COUNT);
    });

    it.each(Array.from({ length: COUNT }, (_, index) => index))('diagram %i keeps every geometry promise', async index => {
        const model = models[index];
        const svg = renderSvg(await layoutSwimlane(model));
        const page = await browser.newPage();
        try {
            await page.setContent(`<!DOCTYPE html><html><body style="margin:0">${svg}</body></html>`, { waitUntil: 'load' });
            await page.evaluate(() => document.fonts.ready);
            // The embedded font is the one drawn, so the wrapping measured in Node is what Chromium shows.
            expect(await page.evaluate(() => document.fonts.check("12px 'SopArimo'"))).toBe(true);
            if (model.steps.length <= 60) await page.locator('svg').screenshot({ path: join(screenshots, `diagram-${model.id}.png`) });

            const report = await page.evaluate(checkSvgGeometry);
            expect(report.problems.join('\n'), model.id).toBe('');
            expect(report.lanes).toEqual(model.actors.map(actor => actor.id));
            const numbered = report.steps.filter(step => /^\d+$/.test(step.step));
            expect(numbered).toEqual(model.steps.map(step => ({ step: String(step.number), actor: step.actors.join(' '), kind: step.kind, line: String(step.line) })));
            expect(report.steps.filter(step => step.kind === 'start')).toHaveLength(1);
            expect(report.ends).toBe(model.edges.filter(edge => edge.to === 'end').length);
            // Every edge of the model, with its label shown as written.
            expect(report.edges).toEqual([
                { from: 'start', to: '1', label: null, labelText: null },
                ...model.edges.map(edge => ({ from: String(edge.from), to: String(edge.to), label: edge.label, labelText: edge.label })),
            ]);
        } finally {
            await page.close();
        }
    });
});
