import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleSchema } from '../model/article.ts';
import { RevisionStore } from './RevisionStore.ts';

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
};

export async function migrateDataFolder(dataDir: string, from: number, to: number): Promise<void> {
  for (let version = from; version < to; version++) {
    const migrate = MIGRATIONS[version];
    if (!migrate) throw new Error(`no migration from data format ${version}`);
    await migrate(dataDir);
  }
}
