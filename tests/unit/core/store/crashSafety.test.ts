import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '../../../../core/model/article.ts';
import { ArticleStore } from '../../../../core/store/ArticleStore.ts';
import { useChildScript } from '../../../helpers/childScript.ts';
import { useTempDirs } from '../../../helpers/tempDir.ts';

const saver = useChildScript(fileURLToPath(new URL('../../../helpers/saveForever.ts', import.meta.url)));
const KILLS = 100;
/** One run: a bare Node start, a few saves, a kill; generous for a busy two-core machine. */
const RUN_UNDER_LOAD_MS = 6_000;

/** Runs the saver, kills it with SIGKILL at a random moment after its first save, returns the last acknowledged save. */
function saveUntilKilled(dataDir: string, kind: 'edit' | 'transition'): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saver(), dataDir, kind], { stdio: ['ignore', 'pipe', 'inherit'] });
    let acknowledged = 0;
    let scheduled = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/ack (\d+)/g)) acknowledged = Number(match[1]);
      if (!scheduled) {
        scheduled = true;
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 40);
      }
    });
    child.once('exit', () => resolve(acknowledged));
    child.once('error', reject);
  });
}

describe('crash safety of the article store', () => {
  const tempDir = useTempDirs();

  for (const [kind, kills] of [
    ['edit', KILLS],
    ['transition', KILLS / 4],
  ] as const) {
    it(
      `keeps every article file whole, at least the last acknowledged save and a revision of it through ${kills} kills (${kind})`,
      { timeout: kills * RUN_UNDER_LOAD_MS },
      async () => {
        const dataDir = await tempDir();
        let lastSeen = 0;
        for (let kill = 0; kill < kills; kill++) {
          const acknowledged = await saveUntilKilled(dataDir, kind);
          const names = await readdir(join(dataDir, 'articles'));
          for (const name of names.filter((n) => n.endsWith('.json'))) {
            const article = ArticleSchema.parse(JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8')));
            const generation = Number(article.title.replace('Bản ', ''));
            expect(generation, `after kill ${kill}`).toBeGreaterThanOrEqual(acknowledged);
            lastSeen = generation;
          }
          const store = await ArticleStore.open(dataDir);
          expect(store.problems, `after kill ${kill}`).toEqual([]);
          const [article, ...others] = store.list();
          expect(others).toEqual([]);
          expect(await readdir(join(dataDir, 'articles')), 'temporary files of killed saves are cleared').toEqual([`${article!.id}.json`]);
          expect((await store.get(article!.id)).title).toBe(`Bản ${lastSeen}`);
          // The revision is written before the article: the newest one holds the article as it is, or a later save.
          const revisions = await store.listRevisions(article!.id);
          const newest = await store.revisions.get(article!.id, revisions.at(-1)!.number);
          expect(Number(newest.title.replace('Bản ', '')), `after kill ${kill}`).toBeGreaterThanOrEqual(lastSeen);
          if (kind === 'transition') {
            // A new revision is named by the list only once it is on disk: each one named reads back.
            expect(revisions.map((revision) => revision.number)).toEqual(revisions.map((_, at) => at + 1));
            for (const { number } of revisions) await store.revisions.get(article!.id, number);
          }
        }
      },
    );
  }
});
