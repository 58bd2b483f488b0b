/**
 * Figures of the benchmark: each case keeps its runs, prints median and range beside its target,
 * and lands in bench/results.json. Targets are printed, never asserted: this machine is shared.
 */
import { writeFileSync } from 'node:fs';

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

type Entry = { median_ms: number; runs: number[]; over_baseline_ms?: number; target_ms?: number; met?: boolean }
    | { median_mb: number; runs: number[]; target_mb: number; met: boolean }
    | { bytes: number; target_bytes?: number; met?: boolean };

const results: Record<string, Entry> = {};
const round = (value: number) => Math.round(value * 10) / 10;
const verdict = (met: boolean) => met ? 'met' : 'MISSED';

function line(name: string, figure: string, target: string): void {
    console.log(`${name.padEnd(16)} ${figure.padEnd(44)} ${target}`);
}

/** A time; `baseline` (the median of `node -e 0`) makes the target one over it. */
export function recordTime(name: string, runs: number[], target?: number, baseline?: number): void {
    const value = median(runs);
    const compared = baseline === undefined ? value : value - baseline;
    const met = target === undefined ? undefined : compared <= target;
    results[name] = { median_ms: round(value), runs: runs.map(round), ...(baseline !== undefined && { over_baseline_ms: round(compared) }), ...(target !== undefined && { target_ms: target, met }) };
    const range = `${Math.min(...runs).toFixed(1)}–${Math.max(...runs).toFixed(1)}`;
    const figure = `${value.toFixed(1)} ms (${range}, ${runs.length} runs)${baseline !== undefined ? `, +${compared.toFixed(1)} over node` : ''}`;
    line(name, figure, target === undefined ? '' : `target ≤ ${target} ms${baseline !== undefined ? ' over node' : ''}: ${verdict(met!)}`);
}

export function recordMemory(name: string, runs: number[], target: number): void {
    const value = median(runs);
    results[name] = { median_mb: round(value), runs: runs.map(round), target_mb: target, met: value <= target };
    line(name, `${value.toFixed(1)} MB (${Math.min(...runs).toFixed(1)}–${Math.max(...runs).toFixed(1)}, ${runs.length} runs)`, `target ≤ ${target} MB: ${verdict(value <= target)}`);
}

export function recordSize(name: string, bytes: number, target?: number): void {
    results[name] = { bytes, ...(target !== undefined && { target_bytes: target, met: bytes <= target }) };
    line(name, `${(bytes / 1024).toFixed(0)} KB`, target === undefined ? '(no target; smaller loads faster)' : `target ≤ ${(target / 1024).toFixed(0)} KB: ${verdict(bytes <= target)}`);
}

export function writeResults(path: string): void {
    writeFileSync(path, JSON.stringify(results, null, 2) + '\n');
    const missed = Object.entries(results).filter(([, entry]) => 'met' in entry && entry.met === false).map(([name]) => name);
    console.log(`\n${missed.length === 0 ? 'Every target met.' : `Targets missed: ${missed.join(', ')}.`} Figures in ${path}.`);
}
