/**
 * What the crash-proofing costs while a reporter types: the recovery copy the editor sends a few
 * times a second (`editor.keepDraft`, fsync'd) against a full save of the same article
 * (`editor.save`, the reference, which also writes a revision and the index), both on the sample
 * article in a real data folder; and the log's cost per event, queued and appended in batches.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLog } from '../../core/log/openLog.ts';
import type { ArticleContent } from '../../core/model/article.ts';
import { openNewsdesk } from '../../core/newsdesk.ts';
import { DRAFT_SAMPLE, SEEDS_DIR, sampleId } from '../helpers/sampleNewsroom.ts';
import type { Bench } from './run.ts';

const PASSWORD = 'bench-mat-khau-2021';
const ROUNDS = 41;
const LOG_EVENTS = 5_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(rounds: number, run: (round: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const start = performance.now();
    await run(round);
    times.push(performance.now() - start);
  }
  return times;
}

const bench: Bench = async (report) => {
  const dir = await mkdtemp(join(tmpdir(), 'newsdesk-bench-recovery-'));
  try {
    const desk = await openNewsdesk({ dataDir: join(dir, 'data'), seedsDir: SEEDS_DIR, demoPassword: PASSWORD, notice: () => undefined });
    await desk.api.session.signIn({ username: 'bichdiep', password: PASSWORD });
    const draftId = await sampleId(desk, DRAFT_SAMPLE);
    const stored = await desk.api.library.get(draftId);
    const typed = (round: number): ArticleContent => ({ ...stored, title: `${stored.title} ${'x'.repeat(round + 1)}` });

    const copies = await timed(ROUNDS, (round) => desk.api.editor.keepDraft(draftId, typed(round)));
    const saves = await timed(ROUNDS, (round) => desk.api.editor.save(draftId, typed(ROUNDS + round)));
    report({ name: 'recovery.copy.median', value: median(copies), unit: 'ms' });
    report({ name: 'recovery.save_reference.median', value: median(saves), unit: 'ms' });
    report({ name: 'recovery.copy_vs_save', value: median(copies) / median(saves), unit: 'x' });
    await desk.close();

    const log = openLog(join(dir, 'log-bench'));
    const start = performance.now();
    for (let i = 0; i < LOG_EVENTS; i += 1) log.info('sign-in', { username: 'bichdiep', attempt: i, password: 'never-written' });
    const queued = performance.now() - start;
    await log.close();
    report({ name: 'log.queue_per_event', value: (queued / LOG_EVENTS) * 1000, unit: 'µs' });
    report({ name: 'log.write_per_event_incl_flush', value: ((performance.now() - start) / LOG_EVENTS) * 1000, unit: 'µs' });
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5 });
  }
};

export default bench;
