/**
 * `npm run bench`: runs every `*.bench.ts` in this folder and prints one line per figure,
 * `name value unit`, with the spread (`min–max, n runs`) where the value is the median of several
 * runs. Figures are compared with a reference measured in the same run (printed as a ratio), never
 * asserted against a fixed time. A bench that fails is reported and the others still run; the
 * exit status says whether every one finished.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Sampled } from './measure.ts';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Present when `value` is the median of several runs. */
  spread?: Pick<Sampled, 'min' | 'max' | 'runs'>;
}
export type Bench = (report: (figure: Figure) => void) => Promise<void>;

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const round = (value: number) => Number(value.toPrecision(4));

function print({ name, value, unit, spread }: Figure): void {
  const range = spread ? `  (${round(spread.min)}–${round(spread.max)}, ${spread.runs} runs)` : '';
  console.log(`${name} ${round(value)} ${unit}${range}`);
}

const failed: string[] = [];
for (const file of (await readdir(folder)).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  try {
    const { default: bench } = (await import(`./${file}`)) as { default: Bench };
    await bench(print);
  } catch (error) {
    failed.push(file);
    console.error(`${file} failed: ${(error as Error).stack ?? String(error)}`);
  }
}
if (failed.length > 0) {
  console.error(`bench: ${failed.length} failed (${failed.join(', ')})`);
  process.exitCode = 1;
}
