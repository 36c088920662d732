import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ArticleSchema } from '../model/article.ts';
import { UserSchema } from '../model/account.ts';
import type { AccountStore } from '../accounts/AccountStore.ts';
import { generatePassword } from '../accounts/passwords.ts';
import type { ArticleStore } from './ArticleStore.ts';
import type { AssetStore } from './AssetStore.ts';
import type { CategoriesStore } from './CategoriesStore.ts';
import { CategoryListSchema } from '../model/categories.ts';
import { msg, type CoreMessage } from '../i18n/coreMessages.ts';

export interface SeedOptions {
  seedsDir: string;
  /** `$NEWSDESK_DEMO_PASSWORD`; when absent a password is generated and shown once through `notice`. */
  demoPassword?: string | undefined;
  notice(message: CoreMessage): void;
}

/** Fills a new data folder with the sample newsroom: its articles, their photos, its categories and the demo accounts. */
export async function seedNewsroom(
  stores: { articles: ArticleStore; assets: AssetStore; accounts: AccountStore; categories: CategoriesStore },
  options: SeedOptions,
): Promise<void> {
  for (const name of await readdir(join(options.seedsDir, 'assets'))) {
    const stored = await stores.assets.put(await readFile(join(options.seedsDir, 'assets', name)), name);
    if (stored !== name) throw new Error(`seed photo ${name} is not named by its content (${stored})`);
  }
  for (const name of (await readdir(join(options.seedsDir, 'articles'))).sort()) {
    const json: unknown = JSON.parse(await readFile(join(options.seedsDir, 'articles', name), 'utf8'));
    // Marked as samples: they show how Newsdesk works and never reach a portal. Each data folder
    // gives them ids of its own, so no two workstations hold the same sample under the same id.
    const article = ArticleSchema.parse({ ...(json as object), id: randomUUID(), sample: true });
    await stores.articles.save(article, { by: article.author, reason: 'create' });
  }
  await stores.categories.set(CategoryListSchema.parse(JSON.parse(await readFile(join(options.seedsDir, 'categories.json'), 'utf8'))));
  const demoAccounts = z.array(UserSchema).parse(JSON.parse(await readFile(join(options.seedsDir, 'accounts.json'), 'utf8')));
  const password = options.demoPassword || generatePassword();
  await stores.accounts.createAll(demoAccounts.map((user) => ({ ...user, password })));
  if (!options.demoPassword) {
    const accounts = demoAccounts.map((u) => u.username).join(', ');
    options.notice(msg('notice.demoPassword', { accounts, password }));
  }
}
