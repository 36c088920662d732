// Child process for the crash test: rewrites one file durably, generation after generation, until killed.
import { writeFileDurably } from '../../core/store/atomicWrite.ts';

const [target] = process.argv.slice(2);
if (!target) throw new Error('usage: writeForever.ts FILE');
const padding = 'Nông thôn mới '.repeat(300_000);
for (let generation = 1; ; generation++) {
  await writeFileDurably(target, JSON.stringify({ generation, padding }));
  if (generation === 1) process.stdout.write('started\n');
}
