import { buildFlowGraph, mainPath } from './flow-graph.js';
import type { Edge, Step, Totals } from './types.js';

/** Total waktu along the main path; steps on it without waktu count as zero and are listed. */
export function computeTotals(steps: readonly Step[], edges: readonly Edge[]): Totals {
    const path = mainPath(buildFlowGraph(steps.length, edges));
    const waktu = { min: 0, max: 0 };
    const stepsWithoutWaktu: number[] = [];
    for (const number of path) {
        const step = steps[number - 1];
        if (step.waktu) {
            waktu.min += step.waktu.min;
            waktu.max += step.waktu.max;
        } else {
            stepsWithoutWaktu.push(number);
        }
    }
    waktu.min = Math.round(waktu.min * 1000) / 1000;
    waktu.max = Math.round(waktu.max * 1000) / 1000;
    return { waktu, mainPath: path, stepsWithoutWaktu };
}
