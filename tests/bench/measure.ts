import { performance } from 'node:perf_hooks';
import type { Figure } from './run.ts';

/** One figure measured several times: its median and the spread of the runs. */
export interface Sampled {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function summarize(values: number[]): Sampled {
  if (values.length === 0) throw new Error('bench: nothing was measured');
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]!, runs: sorted.length };
}

/** The q-quantile of the values (0.95: the 95th percentile). */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

/** Runs `run` `runs` times one after another and times each run (ms). */
export async function timeRuns(runs: number, run: (round: number) => Promise<unknown> | unknown): Promise<Sampled> {
  const times: number[] = [];
  for (let round = 0; round < runs; round++) {
    const start = performance.now();
    await run(round);
    times.push(performance.now() - start);
  }
  return summarize(times);
}

/** Runs `measure` (which returns its own figure, e.g. a time taken inside a process) `runs` times. */
export async function sampleRuns(runs: number, measure: (round: number) => Promise<number> | number): Promise<Sampled> {
  const values: number[] = [];
  for (let round = 0; round < runs; round++) values.push(await measure(round));
  return summarize(values);
}

/** The figure for a median of several runs, with its spread. */
export function sampled(name: string, { median, min, max, runs }: Sampled, unit = 'ms'): Figure {
  return { name, value: median, unit, spread: { min, max, runs } };
}
