/**
 * `npm run bench`: the figures users feel (the command's start-up and throughput, validation, the
 * diagram, the language server's latency and memory, what is downloaded), each as the median and
 * range of repeated runs beside its target, written to bench/results.json; then other figures that
 * show how the cost grows with the size of an SOP. This machine is shared and noisy: read medians
 * and ratios, not the last digit.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EmptyFileSystem, URI } from 'langium';
import { buildModel, createSopServices, formatSopDocument, SopAst } from '../packages/language/src/index.js';
import { planDocument, renderPlan } from '../packages/document/src/index.js';
import { layoutSwimlane, renderSvg } from '../packages/diagram/src/index.js';
import { exampleFiles } from '../test/support/examples.js';
import { syntheticSop } from '../test/support/synthetic-sop.js';
import { measureLanguageServer } from './lsp.js';
import { measureCommandLine } from './command-line.js';
import { median, recordMemory, recordSize, recordTime, writeResults } from './figures.js';
import { serverMemoryAfterWorkspace } from './memory.js';
import { javascriptBytes, vsixBytes } from './sizes.js';
import { benchSop } from './synthetic.js';

// At least five runs of everything, whatever BENCH_RUNS says.
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 7));

async function measure(runs: number, task: () => Promise<unknown> | unknown, warmups = 1): Promise<number> {
    return median(await timeRuns(runs, task, warmups));
}

async function timeRuns(runs: number, task: () => Promise<unknown> | unknown, warmups = 1): Promise<number[]> {
    for (let run = 0; run < warmups; run++) {
        await task(); // warm-up: JIT and lazy initialisation are not what we measure
    }
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
        const start = performance.now();
        await task();
        times.push(performance.now() - start);
    }
    return times;
}

let counter = 0;
async function buildWorkspace(files: Record<string, string>) {
    const { shared } = createSopServices(EmptyFileSystem);
    const documents = Object.entries(files).map(([path, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<SopAst.SopFile>(text, URI.file(`/bench/${counter++}/${path}`));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

const rows: Array<[string, string]> = [];
const report = (label: string, value: string) => {
    rows.push([label, value]);
    console.log(`${label.padEnd(58)} ${value}`);
};
const ms = (value: number) => `${value.toFixed(1)} ms`;

console.log(`sop bench: medians of ${RUNS} runs or more (node ${process.version})\n`);

// `npm run bench` runs at the repository root.
const root = process.cwd();

console.log('Targets (start-up targets are over `node -e 0`, measured in the same rounds)\n');
// The command first, in a quiet process: every run spawns `node packages/cli/bin/sop.js` (not npx).
const bin = process.env.SOP_BENCH_BIN ?? join(root, 'packages/cli/bin/sop.js');
const command = measureCommandLine(bin, join(root, 'examples'), RUNS);
const baseline = median(command['node-baseline']);
recordTime('node-baseline', command['node-baseline']);
recordTime('cli-version', command['cli-version'], 40, baseline);
recordTime('compile-1', command['compile-1'], 120, baseline);
recordTime('compile-29', command['compile-29'], 250, baseline);
recordTime('compile-100', command['compile-100'], 1000);
recordTime('workspace-1000', command['workspace-1000'], 1500);

// Parse, link and validate one SOP in process, in a language whose services already exist (as in
// the editor or one `sop check` of many files): a fresh document each run, removed afterwards.
const validator = createSopServices(EmptyFileSystem).shared;
const validateOnce = async (text: string) => {
    const document = validator.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/bench/validate/${counter++}.sop`));
    validator.workspace.LangiumDocuments.addDocument(document);
    await validator.workspace.DocumentBuilder.build([document], { validation: true });
    validator.workspace.LangiumDocuments.deleteDocument(document.uri);
};
for (const [steps, target] of [[20, 10], [2000, 400]] as const) {
    const text = benchSop(steps, steps);
    recordTime(`validate-${steps}`, await timeRuns(RUNS * 2, () => validateOnce(text), 5), target);
}

// The swimlane diagram, model to SVG string. ELK's one-time cost (load, construction, a cold
// first layout) is measured apart from the warm layouts that editors and the CLI repeat. Measured
// first, like a preview's worker or a `sop compile` process: in a heap that does not yet hold the
// 4000-step workspaces kept below, whose garbage collection would otherwise be counted here.
const diagramModel = async (size: number) => {
    const [document] = await buildWorkspace({ 'diagram.sop': syntheticSop(size, `Diagram${size}`, { variety: true }) });
    return buildModel(document.parseResult.value.elements.find(SopAst.isSop)!);
};
const diagram20 = await diagramModel(20);
const firstStart = performance.now();
await layoutSwimlane(diagram20);
report('diagram: ELK load + construction + first (cold) layout, once', ms(performance.now() - firstStart));
const diagramTargets: Array<[number, number]> = [[20, 15], [200, 150]];
/** ELK is compiled Java: V8 has its code hot after some 60 layouts, a minute of typing in an editor. */
const ELK_WARM_AFTER = 60;
const WARMING = 12;
for (const [size, target] of diagramTargets) {
    const model = size === 20 ? diagram20 : await diagramModel(size);
    const layout = async () => renderSvg(await layoutSwimlane(model));
    // The layouts before that are shown too: what the first minute of a preview costs.
    const warming = await timeRuns(WARMING, layout, size === 20 ? 0 : 1);
    report(`layout-${size} while ELK warms (its first ${WARMING} layouts)`, `${ms(median(warming))}  (${ms(Math.min(...warming))}–${ms(Math.max(...warming))})`);
    recordTime(`layout-${size}`, await timeRuns(RUNS * 2, layout, ELK_WARM_AFTER - WARMING), target);
}
const lsp = await measureLanguageServer(RUNS * 2, RUNS);
recordTime('lsp-edit-20', lsp.editRuns, 30);
recordTime('lsp-burst-200', lsp.burstRuns, 1000);
recordTime('preview-edit-20', lsp.previewRuns, 60);
recordMemory('lsp-rss-1000', await serverMemoryAfterWorkspace(RUNS), 300);

recordSize('bundle-cli', javascriptBytes(join(root, 'packages/cli/dist')));
recordSize('bundle-server', javascriptBytes(join(root, 'packages/server/dist')));
recordSize('bundle-extension', javascriptBytes(join(root, 'packages/extension/dist')));
// The limit scripts/package-extension.mjs enforces.
recordSize('vsix', vsixBytes(root), 2 * 1024 * 1024);
writeResults(join(root, 'bench/results.json'));

console.log('\nOther figures (medians; how the cost grows)\n');
const diagram1000 = await diagramModel(1000);
const bigStart = performance.now();
const bigLayout = await layoutSwimlane(diagram1000);
const bigSvg = renderSvg(bigLayout);
report('diagram of a 1000-step SOP, model to SVG (one run)', `${ms(performance.now() - bigStart)}  (${bigLayout.nodes.length} nodes, ${bigLayout.edges.length} edges, ${(bigSvg.length / 1024).toFixed(0)} KB, ${bigLayout.problems.length} geometry problems, ${bigLayout.attempts} attempt${bigLayout.attempts === 1 ? '' : 's'})`);

const examples = exampleFiles(join(root, 'examples'));
const exampleTime = await measure(RUNS, () => buildWorkspace(examples));
report('check all examples in process (8 files, 29 SOPs)', ms(exampleTime));

const sizes = [250, 1000, 4000];
const checkTimes: number[] = [];
for (const size of sizes) {
    const text = syntheticSop(size);
    const time = await measure(Math.max(3, Math.round(RUNS / 2)), () => buildWorkspace({ 'synthetic.sop': text }));
    checkTimes.push(time);
    report(`parse + link + validate a ${size}-step SOP`, `${ms(time)}  (${(time / size * 1000).toFixed(1)} µs/step)`);
}
for (let index = 1; index < sizes.length; index++) {
    report(`  growth ${sizes[index - 1]} → ${sizes[index]} steps (4.0 would be linear)`, `× ${(checkTimes[index] / checkTimes[index - 1]).toFixed(2)}`);
}

const [large] = await buildWorkspace({ 'large.sop': syntheticSop(4000) });
const largeSop = large.parseResult.value.elements.find(SopAst.isSop)!;
report('build the model of a 4000-step SOP', ms(await measure(RUNS, () => buildModel(largeSop))));
report('format a 4000-step SOP', ms(await measure(RUNS, () => formatSopDocument(large))));

const [medium] = await buildWorkspace({ 'medium.sop': syntheticSop(1000) });
const { sop } = createSopServices(EmptyFileSystem);
const end = medium.textDocument.positionAt(medium.textDocument.getText().lastIndexOf('tidak -> ') + 'tidak -> '.length);
const completion = await measure(RUNS, () => sop.lsp.CompletionProvider!.getCompletion(medium, { textDocument: { uri: medium.uri.toString() }, position: end }));
report('complete a branch target in a 1000-step SOP', ms(completion));

const exampleModels = (await buildWorkspace(examples)).flatMap(document => document.parseResult.value.elements.filter(SopAst.isSop).map(sop => buildModel(sop)));
report('plan + render the documents of all 29 examples (HTML)', ms(await measure(RUNS, () => exampleModels.map(model => renderPlan(planDocument(model))).length)));
const documentSizes = [100, 400];
const documentTimes: number[] = [];
for (const size of documentSizes) {
    const [document] = await buildWorkspace({ 'doc.sop': syntheticSop(size) });
    const model = buildModel(document.parseResult.value.elements.find(SopAst.isSop)!);
    const time = await measure(RUNS, () => renderPlan(planDocument(model)));
    documentTimes.push(time);
    report(`plan + render the document of a ${size}-step SOP`, ms(time));
}
report(`  growth ${documentSizes[0]} → ${documentSizes[1]} steps (4.0 would be linear)`, `× ${(documentTimes[1] / documentTimes[0]).toFixed(2)}`);

const cli = join(root, 'packages/cli/bin/sop.js');
const cliTime = await measure(Math.max(3, Math.round(RUNS / 2)), () => spawnSync(process.execPath, [cli, 'check', join(root, 'examples'), '--format', 'json']));
report('`sop check examples` end to end (process start included)', ms(cliTime));
report('  of which in-process checking', `${(exampleTime / cliTime * 100).toFixed(0)} %`);

