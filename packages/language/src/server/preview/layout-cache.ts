/**
 * Laid-out diagrams by what they show. Typing in one SOP of a file changes the source lines of the
 * SOPs below it but not their drawings: those are not laid out again, only given their new lines.
 */
import type { SopModel } from '@sop-ap/model';
import type { SwimlaneLayout } from '@sop-ap/diagram';

const LIMIT = 200;

export class LayoutCache {
    private readonly layouts = new Map<string, SwimlaneLayout>();

    async get(model: SopModel, layout: (model: SopModel) => Promise<SwimlaneLayout>): Promise<SwimlaneLayout> {
        const key = JSON.stringify({ ...model, steps: model.steps.map(step => ({ ...step, line: 0 })) });
        let found = this.layouts.get(key);
        if (found) {
            this.layouts.delete(key); // most recently used last
        } else {
            found = await layout(model);
        }
        this.layouts.set(key, found);
        while (this.layouts.size > LIMIT) {
            this.layouts.delete(this.layouts.keys().next().value!);
        }
        return withLines(found, model);
    }
}

/** The layout with the source line of each step as it is now. */
function withLines(layout: SwimlaneLayout, model: SopModel): SwimlaneLayout {
    return {
        ...layout,
        nodes: layout.nodes.map(node => typeof node.step === 'number' ? { ...node, line: model.steps[node.step - 1]?.line ?? node.line } : node),
    };
}
