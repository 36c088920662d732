import { randomUUID } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SyncQueue, type QueueEntry } from '../../../../core/portal/SyncQueue.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

function entry(articleId: string, change: Partial<QueueEntry> = {}): QueueEntry {
  return {
    articleId,
    title: `Tin ngắn ${articleId.slice(0, 4)}`,
    action: 'publish',
    status: 'waiting',
    uploadsInDoubt: [],
    updatedAt: '2026-12-01T08:00:00.000Z',
    ...change,
  };
}

/** What a restarted app finds: the entries by article, as the sync screen lists them. */
async function reopened(dataDir: string): Promise<Record<string, QueueEntry>> {
  const queue = await SyncQueue.open(dataDir);
  return Object.fromEntries(queue.list().map((found) => [found.articleId, found]));
}

describe('the sync queue on disk', () => {
  const tempDir = useTempDirs();

  it('keeps every change made side by side, and each article’s last one, across a restart', async () => {
    const dataDir = await tempDir();
    const queue = await SyncQueue.open(dataDir);
    const ids = Array.from({ length: 40 }, () => randomUUID());
    await Promise.all(ids.map((id) => queue.put(entry(id))));
    await Promise.all(ids.map((id) => queue.put(entry(id, { status: 'sending', nodeSent: true }))));
    await Promise.all(ids.slice(0, 20).map((id) => queue.put(entry(id, { status: 'published', nodeSent: true }))));
    await Promise.all(ids.slice(30).map((id) => queue.remove(id)));

    const after = await reopened(dataDir);
    expect(Object.keys(after).sort()).toEqual(ids.slice(0, 30).sort());
    for (const id of ids.slice(0, 20)) expect(after[id]).toMatchObject({ status: 'published', nodeSent: true });
    for (const id of ids.slice(20, 30)) expect(after[id]).toMatchObject({ status: 'sending', nodeSent: true });
  });

  it('a change cut short by a power failure is left out; the changes before it and after the restart are kept', async () => {
    const dataDir = await tempDir();
    const queue = await SyncQueue.open(dataDir);
    await queue.put(entry('bai-1', { nodeSent: true }));
    // The power went while the next change was being appended: half a line ends the journal.
    const journal = (await readdir(join(dataDir, 'portal'))).find((name) => name.endsWith('.log'))!;
    await appendFile(join(dataDir, 'portal', journal), '{"put":{"articleId":"bai-2","title":"Tin ng');

    const restarted = await SyncQueue.open(dataDir);
    expect(restarted.list().map((found) => found.articleId)).toEqual(['bai-1']);
    await restarted.put(entry('bai-3'));
    expect(Object.keys(await reopened(dataDir)).sort()).toEqual(['bai-1', 'bai-3']);
  });

  it('stays as small as its entries however many changes it has seen, and keeps the last state of each', async () => {
    const dataDir = await tempDir();
    const queue = await SyncQueue.open(dataDir);
    for (let round = 0; round < 150; round++) {
      await Promise.all(Array.from({ length: 10 }, (_, i) => queue.put(entry(`bai-${i}`, { title: `Bản ${round}` }))));
    }
    const after = await reopened(dataDir);
    expect(Object.values(after).map((found) => found.title)).toEqual(Array.from({ length: 10 }, () => 'Bản 149'));
    const portalFiles = await readdir(join(dataDir, 'portal'));
    const journal = await readFile(
      join(
        dataDir,
        'portal',
        portalFiles.find((name) => name.endsWith('.log'))!,
      ),
      'utf8',
    );
    expect(journal.trim().split('\n').length).toBeLessThan(1000);
  });

  it('takes over a queue an earlier version kept one file per article', async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, 'portal', 'queue'), { recursive: true });
    await writeFile(join(dataDir, 'portal', 'queue', 'bai-cu.json'), JSON.stringify(entry('bai-cu', { nodeSent: true })));

    const queue = await SyncQueue.open(dataDir);
    expect(queue.get('bai-cu')).toMatchObject({ status: 'waiting', nodeSent: true });
    await queue.put(entry('bai-moi'));
    expect(Object.keys(await reopened(dataDir)).sort()).toEqual(['bai-cu', 'bai-moi']);
    expect(await readdir(join(dataDir, 'portal'))).not.toContain('queue');
  });
});
