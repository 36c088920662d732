import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { NewsdeskError } from '../api.ts';
import {
  ArticleSchema,
  ArticleSummarySchema,
  summarize,
  type Article,
  type ArticleState,
  type ArticleSummary,
} from '../model/article.ts';
import { DurableJsonFile } from './DurableJsonFile.ts';
import { z } from 'zod';

const IndexSchema = z.object({ articles: z.record(z.string(), ArticleSummarySchema) });
type Index = z.infer<typeof IndexSchema>;

/** A file of the library that could not be read; the rest of the library opens without it. */
export interface StoreProblem {
  file: string;
  message: string;
}

/**
 * Articles kept one JSON file each under `articles/`, with a small `index.json` of their
 * summaries, so that listing reads one file and saving writes two whatever the library's size.
 */
export class ArticleStore {
  private constructor(
    private readonly folder: string,
    private readonly index: Low<Index>,
    readonly problems: StoreProblem[],
  ) {}

  static async open(dataDir: string): Promise<ArticleStore> {
    const folder = join(dataDir, 'articles');
    await mkdir(folder, { recursive: true });
    const index = new Low<Index>(new DurableJsonFile(join(dataDir, 'index.json')), { articles: {} });
    const problems: StoreProblem[] = [];
    let stored: unknown = null;
    try {
      stored = await index.adapter.read();
    } catch {
      problems.push({ file: 'index.json', message: 'chỉ mục thư viện hỏng, đã dựng lại từ các bài viết' });
    }
    const parsed = IndexSchema.safeParse(stored);
    const store = new ArticleStore(folder, index, problems);
    if (parsed.success) index.data = parsed.data;
    else await store.rebuildIndex();
    return store;
  }

  list(filter: { state?: ArticleState } = {}): ArticleSummary[] {
    return Object.values(this.index.data.articles)
      .filter((summary) => !filter.state || summary.state === filter.state)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  has(id: string): boolean {
    return id in this.index.data.articles;
  }

  async get(id: string): Promise<Article> {
    if (!this.has(id)) throw new NewsdeskError(`không có bài viết ${id}`, 'not-found');
    const file = this.fileOf(id);
    const result = await readArticleFile(file);
    if (!result.ok) throw new NewsdeskError(`bài viết ${id} không đọc được: ${result.message}`, 'storage');
    return result.article;
  }

  async save(article: Article): Promise<Article> {
    const checked = ArticleSchema.parse(article);
    await new DurableJsonFile<Article>(this.fileOf(checked.id)).write(checked);
    this.index.data.articles[checked.id] = summarize(checked);
    await this.index.write();
    return checked;
  }

  /** Reads every article file: only when the index is missing or damaged. */
  async rebuildIndex(): Promise<void> {
    const articles: Index['articles'] = {};
    for (const name of await readdir(this.folder)) {
      if (!name.endsWith('.json')) continue;
      const result = await readArticleFile(join(this.folder, name));
      if (result.ok) articles[result.article.id] = summarize(result.article);
      else this.problems.push({ file: join('articles', name), message: result.message });
    }
    this.index.data = { articles };
    await this.index.write();
  }

  private fileOf(id: string): string {
    return join(this.folder, `${id}.json`);
  }
}

type ReadResult = { ok: true; article: Article } | { ok: false; message: string };

async function readArticleFile(file: string): Promise<ReadResult> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'tệp không còn' : 'tệp không phải JSON hợp lệ';
    return { ok: false, message: reason };
  }
  const parsed = ArticleSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, message: `sai cấu trúc ở ${issue?.path.join('.') || 'gốc'}: ${issue?.message ?? ''}` };
  }
  return { ok: true, article: parsed.data };
}
