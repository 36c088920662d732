/**
 * `npm run bench`: runs every `*.bench.ts` in this folder and prints one line per figure,
 * `name value unit`. Figures are compared with a reference measured in the same process
 * (printed as a ratio), never asserted against a fixed time.
 */
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

export interface Figure {
  name: string;
  value: number;
  unit: string;
}
export type Bench = (report: (figure: Figure) => void) => Promise<void>;

const folder = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];

for (const file of (await readdir(folder)).filter((f) => f.endsWith('.bench.ts')).sort()) {
  if (only && !file.includes(only)) continue;
  const { default: bench } = (await import(`./${file}`)) as { default: Bench };
  await bench(({ name, value, unit }) => console.log(`${name} ${Number(value.toPrecision(4))} ${unit}`));
}
