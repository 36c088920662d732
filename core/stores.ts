import type { AccountStore } from './accounts/AccountStore.ts';
import type { ArticleStore } from './store/ArticleStore.ts';
import type { CategoriesStore } from './store/CategoriesStore.ts';
import type { AssetStore } from './store/AssetStore.ts';
import type { NewsroomSettingsStore } from './store/NewsroomSettings.ts';
import type { WritingAidsStore } from './store/WritingAidsStore.ts';

/**
 * The stores of the open data folder, which the services share; replaced as a whole when a backup
 * is restored. Its own module, so that a service names it without importing the module that wires
 * every service (which would make a cycle).
 */
export interface Stores {
  articles: ArticleStore;
  accounts: AccountStore;
  assets: AssetStore;
  newsroom: NewsroomSettingsStore;
  /** The newsroom's list of categories an article is filed under. */
  categories: CategoriesStore;
  /** The newsroom's spell-check words and glossary. */
  writingAids: WritingAidsStore;
}
