import { createServer, connect, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { runNewsdesk } from '../../../helpers/runNewsdesk.ts';
import { ADMIN, useDevPortals } from '../../../helpers/devPortal.ts';
import { approvedArticles, recordedRetry, syncEngine } from '../../../helpers/portalSync.ts';
import {
  APPROVED_SAMPLE,
  DEMO_PASSWORD,
  DRAFT_SAMPLE,
  openSampleNewsroom,
  PUBLISHED_SAMPLE,
  sampleId,
  SUBMITTED_SAMPLE,
} from '../../../helpers/sampleNewsroom.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';
import { coreText } from '../../../../core/i18n/coreMessages.ts';
import type { DevPortal } from '../../../../devportal/DevPortal.ts';
import { silentLog } from '../../../../core/log/Log.ts';
import { DEFAULT_PORTAL_SETTINGS } from '../../../../core/model/portalSettings.ts';
import { MemorySecretStore } from '../../../../core/portal/SecretStore.ts';
import { PortalSync } from '../../../../core/services/syncService.ts';
import { Session } from '../../../../core/services/sessionService.ts';

/**
 * A loopback server in front of a development portal: while `silent`, it takes each connection and
 * never answers (a portal hung behind its proxy); otherwise it passes the connection through.
 */
async function silenceable(portal: DevPortal): Promise<{ origin: string; silent: boolean; answer(): void; close(): Promise<void> }> {
  const held: Socket[] = [];
  const target = new URL(portal.origin);
  const front = {
    origin: '',
    silent: true,
    /** From now on every connection reaches the portal (those left hanging are closed). */
    answer: () => {
      front.silent = false;
      for (const socket of held.splice(0)) socket.destroy();
    },
    close: () => {
      for (const socket of held) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((socket) => {
    held.push(socket);
    if (front.silent) return;
    const upstream = connect(Number(target.port), target.hostname);
    held.push(upstream);
    socket.pipe(upstream).pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  front.origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return front;
}

describe('one sync run', () => {
  const tempDir = useTempDirs();
  const startPortal = useDevPortals();
  const fronts: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(fronts.splice(0).map((front) => front.close()));
  });

  it('gives the sample articles ids of their own in each new data folder, and never sends one: the preview and the command line say so once', async () => {
    const office = await openSampleNewsroom(await tempDir());
    const laptopDir = await tempDir();
    const laptop = await openSampleNewsroom(laptopDir);
    for (const key of [PUBLISHED_SAMPLE, APPROVED_SAMPLE, DRAFT_SAMPLE, SUBMITTED_SAMPLE]) {
      expect(await sampleId(office, key)).not.toBe(await sampleId(laptop, key));
    }
    for (const summary of laptop.articles.list()) expect((await laptop.articles.get(summary.id)).sample).toBe(true);

    const portal = await startPortal(await tempDir());
    const engine = await syncEngine(laptop, portal);
    // The approved sample would be published by the first sync of every workstation were it not a sample.
    expect(await engine.preview()).toEqual({ outgoing: [], incoming: [], samplesHeld: 1 });
    expect(await engine.run(await engine.enqueue())).toEqual([]);
    expect(portal.store.nodes.size).toBe(0);
    await laptop.close();

    const cli = await runNewsdesk(['--data', laptopDir, 'sync', '--portal', portal.origin, '--user', ADMIN.name], {
      NEWSDESK_PORTAL_PASSWORD: ADMIN.password,
    });
    expect(cli.code).toBe(0);
    expect(cli.stdout.split('\n').filter((line) => line.includes('bài mẫu'))).toEqual([
      '1 bài mẫu không gửi lên cổng thông tin: bài mẫu chỉ để làm quen với Newsdesk.',
    ]);
    const english = await runNewsdesk(['--lang', 'en', '--data', laptopDir, 'sync', '--portal', portal.origin, '--user', ADMIN.name], {
      NEWSDESK_PORTAL_PASSWORD: ADMIN.password,
    });
    expect(english.stdout.split('\n').filter((line) => line.includes('sample'))).toEqual([
      'sample articles not sent to the portal: 1 (samples are only for getting to know Newsdesk).',
    ]);
    expect(portal.store.nodes.size).toBe(0);
  });

  it('holds the rest of the run after the first request a portal leaves unanswered, says so once, and sends all of it exactly once when the portal answers again', async () => {
    const portal = await startPortal(await tempDir());
    const front = await silenceable(portal);
    fronts.push(front);
    const newsdesk = await openSampleNewsroom(await tempDir());
    const ids = await approvedArticles(newsdesk, 31);
    // The sync's own timeout, short: the app's is 30 seconds.
    const requests: string[] = [];
    const engine = await syncEngine(newsdesk, front, { timeoutMs: 300, requests });

    await expect(engine.pull()).rejects.toThrow(`cổng thông tin ${new URL(front.origin).host} không trả lời trong 0,3 giây`);
    const held = await engine.run(await engine.enqueue());
    expect(requests).toHaveLength(1);
    expect(held.map((entry) => entry.status)).toEqual(Array(31).fill('waiting'));
    expect(held.filter((entry) => entry.reason !== undefined)).toEqual([]);
    expect(engine.held?.count).toBe(31);
    expect(coreText('vi', engine.held!.reason)).toBe(`cổng thông tin ${new URL(front.origin).host} không trả lời trong 0,3 giây`);

    // A run that starts with the sending itself costs one unanswered request too, whichever article it was.
    const again = await engine.run(await engine.enqueue());
    expect(requests).toHaveLength(2);
    expect(again.every((entry) => entry.status === 'waiting' && entry.reason === undefined)).toBe(true);
    expect(engine.held?.count).toBe(31);

    front.answer();
    const answered = await syncEngine(newsdesk, front, { timeoutMs: 30_000 });
    const sent = await answered.run(await answered.enqueue());
    expect(sent.map((entry) => entry.status)).toEqual(Array(31).fill('published'));
    expect(answered.held).toBeNull();
    expect(portal.store.nodes.size).toBe(31);
    expect(portal.store.files.size).toBe(31);
    expect(new Set(portal.store.nodes.keys())).toEqual(new Set(ids));
    // 31 articles with a photo each, twice held and once sent, on a busy two-core machine.
  }, 120_000);

  it('in the app: the background sync holds the rest after an unanswered request, and the overview says why and how many wait', async () => {
    const portal = await startPortal(await tempDir());
    const front = await silenceable(portal);
    fronts.push(front);
    const dataDir = await tempDir();
    const newsdesk = await openSampleNewsroom(dataDir);
    await approvedArticles(newsdesk, 5);
    const session = new Session(
      () => newsdesk.stores.accounts,
      () => 30,
      Date.now,
      silentLog,
    );
    await session.service().signIn({ username: 'bientap', password: DEMO_PASSWORD });
    // The service's own timeout, short (the app's is 30 seconds).
    const sync = new PortalSync({
      dataDir,
      stores: newsdesk.stores,
      secrets: new MemorySecretStore(),
      session,
      timeoutMs: 300,
      retry: recordedRetry(),
    }).service();
    await sync.saveSettings({ ...DEFAULT_PORTAL_SETTINGS, baseUrl: front.origin, username: ADMIN.name, password: ADMIN.password });
    let overview = await sync.start();
    while (overview.running) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      overview = await sync.status();
    }
    expect(overview.held?.count).toBe(5);
    expect(coreText('vi', overview.held!.reason)).toBe(`cổng thông tin ${new URL(front.origin).host} không trả lời trong 0,3 giây`);
    expect(overview.items.map((item) => [item.status, item.reason])).toEqual(Array(5).fill(['waiting', undefined]));
    // Signed out, the retry the service set for later finds nobody to sync for.
    await session.service().signOut();
  });

  it('keeps at most the set number of requests in flight: 4 by default, 1 sends one after another', async () => {
    for (const [concurrency, most] of [
      [undefined, 4],
      [1, 1],
    ] as const) {
      const portal = await startPortal(await tempDir());
      // Each photo's answer comes a little late, so that requests sent side by side are seen side by side.
      portal.faults.add({
        method: 'POST',
        path: '/jsonapi/node/article/field_image',
        fault: { kind: 'delay-after-commit', ms: 150 },
        times: 1_000,
      });
      const newsdesk = await openSampleNewsroom(await tempDir());
      const ids = await approvedArticles(newsdesk, 12);
      let inFlight = 0;
      let peak = 0;
      const counting: typeof fetch = async (input, init) => {
        peak = Math.max(peak, ++inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      };
      const engine = await syncEngine(newsdesk, portal, { fetch: counting, settings: concurrency === undefined ? {} : { concurrency } });
      const entries = await engine.run(await engine.enqueue());
      expect(entries.map((entry) => entry.status)).toEqual(Array(12).fill('published'));
      expect(peak, `concurrency ${concurrency ?? 'default'}`).toBeLessThanOrEqual(most);
      if (most > 1) expect(peak).toBeGreaterThan(1);
      expect(portal.store.nodes.size).toBe(12);
      expect(portal.store.files.size).toBe(12);
      expect(new Set(portal.store.nodes.keys())).toEqual(new Set(ids));
      // Every article shares one tag: created once however many articles ask for it at the same moment.
      expect(portal.store.terms.size).toBe(1);
    }
    // Twice 12 articles with a photo each, on a busy two-core machine.
  }, 120_000);
});
