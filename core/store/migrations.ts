import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema } from '../model/article.ts';
import { SyncQueue } from '../portal/SyncQueue.ts';
import { writeFileDurably } from './atomicWrite.ts';
import { RevisionStore } from './RevisionStore.ts';

/**
 * The ids the sample newsroom's articles had in every data folder before each folder gave them ids
 * of its own: an article under one of them is the demo content, and must never reach a portal.
 */
const SHARED_SAMPLE_IDS = new Set([
  '6f1c2a3e-8b4d-4c5e-9a7f-2d3b4c5e6f70',
  'c4e8a1b7-2d9f-4e3a-b6c5-7f8e9d0a1b23',
  '9a3b5c7d-1e2f-4a6b-8c9d-0e1f2a3b4c5d',
  '0b7d9e21-4f3a-4d6b-8c2e-5a1f9b3c7d42',
]);

/** Upgrades a data folder from format N to N+1; each runs after a backup has been taken. */
const MIGRATIONS: Record<number, (dataDir: string) => Promise<void>> = {
  /** Format 1 had no revisions and an index without file stamps: start each history, rebuild the index. */
  1: async (dataDir) => {
    const revisions = new RevisionStore(join(dataDir, 'revisions'));
    for (const name of await readdir(join(dataDir, 'articles'))) {
      if (!name.endsWith('.json')) continue;
      const parsed = ArticleSchema.safeParse(JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8').catch(() => 'null')));
      if (parsed.success) {
        await revisions.record(parsed.data, { by: parsed.data.author, reason: 'migration', at: parsed.data.updatedAt });
      }
    }
    await rm(join(dataDir, 'index.json'), { force: true });
  },
  /** Format 2 seeded the sample articles under ids shared by every folder, unmarked: mark them as samples. */
  2: async (dataDir) => {
    for (const id of SHARED_SAMPLE_IDS) {
      const path = join(dataDir, 'articles', `${id}.json`);
      const parsed = ArticleSchema.safeParse(JSON.parse(await readFile(path, 'utf8').catch(() => 'null')));
      if (parsed.success && !parsed.data.sample)
        await writeFileDurably(path, `${JSON.stringify({ ...parsed.data, sample: true }, null, 2)}\n`);
    }
    await rm(join(dataDir, 'index.json'), { force: true });
  },
  /**
   * Format 3 kept the sync queue one file per article (`portal/queue/`): opening the queue moves it
   * into its journal. An earlier Newsdesk would not see the journal: it would lose the sync list and
   * take an article whose node may be on the portal already for one never sent. The format number
   * keeps it from opening the folder.
   */
  3: async (dataDir) => {
    if (await stat(join(dataDir, 'portal', 'queue')).catch(() => null)) await SyncQueue.open(dataDir);
  },
};

export async function migrateDataFolder(dataDir: string, from: number, to: number): Promise<void> {
  for (let version = from; version < to; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`no migration from data format ${version}`);
    await migrate(dataDir);
  }
}
