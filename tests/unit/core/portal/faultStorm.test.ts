import { describe, expect, it } from 'vitest';
import { useDevPortals } from '../../../helpers/devPortal.ts';
import { approvedArticles, recordedRetry, syncEngine } from '../../../helpers/portalSync.ts';
import { openSampleNewsroom } from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const ARTICLES = 200;
const UPLOAD = '/jsonapi/node/article/field_image';
const NODES = '/jsonapi/node/article';

describe('200 articles through dropped answers, timeouts, 500, 503, cut uploads and two restarts', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();

  it('end as exactly 200 nodes and 200 files on the portal, none duplicated', async () => {
    const portal = await startPortal(await tempDir());
    portal.faults
      .add({ method: 'POST', path: UPLOAD, fault: { kind: 'drop-after-commit' }, skip: 3, every: 17, times: 12 })
      .add({ method: 'POST', path: UPLOAD, fault: { kind: 'reset' }, skip: 5, every: 23, times: 8 })
      .add({ method: 'POST', path: UPLOAD, fault: { kind: 'status', status: 503, retryAfter: 1 }, skip: 7, every: 19, times: 8 })
      .add({ method: 'POST', path: NODES, fault: { kind: 'drop-after-commit' }, skip: 2, every: 13, times: 15 })
      .add({ method: 'POST', path: NODES, fault: { kind: 'delay-after-commit', ms: 1_300 }, skip: 4, every: 29, times: 6 })
      .add({ method: 'POST', path: NODES, fault: { kind: 'status', status: 500 }, skip: 6, every: 11, times: 10 })
      .add({ method: 'PATCH', path: `${NODES}/*`, fault: { kind: 'drop-after-commit' }, every: 3, times: 5 });
    const dataDir = await tempDir();
    const ids = await approvedArticles(await openSampleNewsroom(dataDir), ARTICLES);

    // Two "restarts": the app stops for good after a number of requests, and a fresh one opens the same data folder.
    for (const stopAfter of [120, 150, Infinity]) {
      const newsdesk = await openSampleNewsroom(dataDir);
      let sent = 0;
      const fetchUntilStopped: typeof fetch = async (input, init) => {
        if (++sent > stopAfter) return new Promise<Response>(() => undefined);
        return fetch(input, init);
      };
      // A timeout well above a loaded machine's answer time, so that only the injected delays time out. The runs that
      // "die" send one request at a time, so that nothing of the stopped engine (alive in this process) runs on beside
      // the next one; the last run sends side by side, as the app does (a real kill of side-by-side sending: syncCommand.test.ts).
      const settings = { concurrency: stopAfter === Infinity ? 4 : 1 };
      const engine = await syncEngine(newsdesk, portal, {
        fetch: fetchUntilStopped,
        timeoutMs: 1_000,
        retry: recordedRetry([], 8),
        settings,
      });
      // An unanswered request holds the rest of its run for the next one: run again while something waits.
      const run = (async () => {
        let entries = await engine.run(await engine.enqueue());
        for (let again = 0; again < 20 && entries.some((entry) => entry.status === 'waiting'); again++)
          entries = await engine.run(await engine.enqueue());
        return entries;
      })();
      if (stopAfter === Infinity) {
        const entries = await run;
        expect(entries.filter((entry) => entry.status !== 'published')).toEqual([]);
      } else {
        const stopped = new Promise<void>((resolve) => {
          const poll = setInterval(() => sent > stopAfter && (clearInterval(poll), resolve()), 5);
        });
        expect(await Promise.race([stopped.then(() => 'stopped'), run.then(() => 'finished')])).toBe('stopped');
      }
    }

    expect(portal.faults.fired).toBeGreaterThanOrEqual(12 + 8 + 8 + 15 + 6 + 10);
    expect(portal.store.nodes.size).toBe(ARTICLES);
    expect(portal.store.files.size).toBe(ARTICLES);
    expect(new Set(portal.store.nodes.keys())).toEqual(new Set(ids));
    const referenced = new Set([...portal.store.nodes.values()].map((node) => node.current.image?.uuid));
    expect(referenced.size).toBe(ARTICLES);
    expect([...portal.store.files.values()].every((file) => file.permanent)).toBe(true);
    const reopened = await openSampleNewsroom(dataDir);
    expect(reopened.articles.list({ state: 'approved' })).toEqual([]);
  }, 240_000);
});
