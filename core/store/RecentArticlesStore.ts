import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { UsernameSchema } from '../model/account.ts';
import { RECENT_ARTICLES_LIMIT, RecentEntrySchema, type RecentEntry } from '../model/recentArticles.ts';
import { writeFileDurably } from './atomicWrite.ts';

const FILE_NAME = 'recent-articles.json';

// Kept per person: a data folder may be shared by several people's apps, and one reporter's
// recent drafts have no place in a colleague's File menu.
const RecentFileSchema = z.object({ byUser: z.record(UsernameSchema, z.array(z.unknown())) });

/**
 * What each person opened lately in this data folder, in `recent-articles.json`. The list is a
 * convenience: a damaged file or entry is dropped rather than stopping the app.
 */
export class RecentArticlesStore {
  private pending: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly path: string,
    private byUser: Record<string, RecentEntry[]>,
  ) {}

  static async open(dataDir: string): Promise<RecentArticlesStore> {
    const path = join(dataDir, FILE_NAME);
    return new RecentArticlesStore(path, await readLists(path));
  }

  entriesOf(username: string): RecentEntry[] {
    return this.byUser[username] ?? [];
  }

  /**
   * Changes one person's list. Queued, and applied to the file as it is when its turn comes: two
   * articles opened in quick succession both stay, and another app on this folder may have
   * written since.
   */
  update(username: string, change: (entries: RecentEntry[]) => RecentEntry[]): Promise<RecentEntry[]> {
    const next = this.pending.then(async () => {
      const lists = await readLists(this.path);
      const entries = change(lists[username] ?? []);
      this.byUser = { ...lists, [username]: entries };
      await writeFileDurably(this.path, `${JSON.stringify({ byUser: this.byUser }, null, 2)}\n`);
      return entries;
    });
    this.pending = next.catch(() => undefined);
    return next;
  }
}

async function readLists(path: string): Promise<Record<string, RecentEntry[]>> {
  let parsed: z.infer<typeof RecentFileSchema>;
  try {
    parsed = RecentFileSchema.parse(JSON.parse(await readFile(path, 'utf8')));
  } catch {
    return {};
  }
  const lists: Record<string, RecentEntry[]> = {};
  for (const [username, entries] of Object.entries(parsed.byUser)) {
    lists[username] = entries
      .flatMap((entry) => {
        const checked = RecentEntrySchema.safeParse(entry);
        return checked.success ? [checked.data] : [];
      })
      .slice(0, RECENT_ARTICLES_LIMIT);
  }
  return lists;
}
