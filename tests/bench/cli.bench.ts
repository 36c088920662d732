/**
 * The command line as a user starts it (`bin/newsdesk.mjs`, the bundle `npm run build` makes):
 * `--help` and `list` on the sample newsroom, each a whole process, against bare Node starting and
 * exiting in the same run (the floor no command can go under).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSampleNewsroom } from '../helpers/sampleNewsroom.ts';
import { sampled, sampleRuns } from './measure.ts';
import { buildNewsdeskCommand, timeBareNode, timeNewsdesk } from './process.ts';
import type { Bench } from './run.ts';

const RUNS = 11;

const bench: Bench = async (report) => {
  await buildNewsdeskCommand();
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-cli-'));
  try {
    const dataDir = join(dir, 'library');
    await (await openSampleNewsroom(dataDir)).close();
    await timeNewsdesk(['--help']); // the first start reads the files from disk; the runs measured do not

    const bare = await sampleRuns(RUNS, () => timeBareNode());
    const help = await sampleRuns(RUNS, () => timeNewsdesk(['--help']));
    const list = await sampleRuns(RUNS, () => timeNewsdesk(['--data', dataDir, 'list']));
    report(sampled('cli.bare_node_reference.process', bare));
    report(sampled('cli.help.process', help));
    report(sampled('cli.list_sample_newsroom.process', list));
    report({ name: 'cli.help.vs_bare_node', value: help.median / bare.median, unit: 'x' });
    report({ name: 'cli.list_sample_newsroom.vs_bare_node', value: list.median / bare.median, unit: 'x' });
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
};
export default bench;
