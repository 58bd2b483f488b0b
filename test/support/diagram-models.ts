/** Models of every example and of the diagram's own cases, built as the CLI builds them. */
import { buildModel, SopAst } from '../../packages/language/src/index.js';
import type { SopModel } from '../../packages/model/src/index.js';
import { DIAGRAM_CASES } from './diagram-cases.js';
import { exampleFiles } from './examples.js';
import { buildFiles, createTestServices, modelsOf } from './services.js';

export interface DiagramModels {
    examples: SopModel[];
    cases: SopModel[];
    /** Errors found in the cases (there should be none: the CLI would not draw them). */
    caseErrors: string[];
}

export async function diagramModels(): Promise<DiagramModels> {
    const services = createTestServices('en');
    const examples = await modelsOf(exampleFiles(), services);
    const cases = await buildFiles(services, Object.fromEntries(Object.entries(DIAGRAM_CASES).map(([name, text]) => [`/diagram-cases/${name}`, text])));
    const models = (documents: typeof cases) => documents.flatMap(document => document.parseResult.value.elements.filter(SopAst.isSop).map(sop => buildModel(sop)));
    const caseErrors = cases.flatMap(document => (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1)
        .map(diagnostic => `${document.uri.path}:${diagnostic.range.start.line + 1}: ${diagnostic.message}`));
    return { examples, cases: models(cases), caseErrors };
}
