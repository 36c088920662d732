/**
 * The recently opened articles as the desktop shows them: a File menu submenu, the macOS dock
 * menu and the Windows jump list. Pure functions of the list; main.ts hands the result to Electron.
 */
import type { JumpListCategory, MenuItemConstructorOptions } from 'electron';
import type { RecentArticle } from '../core/model/recentArticles.ts';
import { openArticleArg } from './article-argv.ts';

export interface RecentMenuText {
  recentArticles: string;
  noRecentArticles: string;
  untitled: string;
  openRecentArticle: string;
}

export interface RecentMenu {
  articles: readonly RecentArticle[];
  /** Opens the article in the window (bringing the window forward). */
  open(id: string): void;
}

/** Long enough to tell two headlines apart, short enough for a menu. */
export const MAX_TITLE = 72;

/** A title as a one-line label; `&` doubled because Electron reads a single one as a keyboard mnemonic. */
export function recentLabel(title: string, untitled: string): string {
  return escapeMnemonics(shortTitle(title, untitled));
}

function shortTitle(title: string, untitled: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  if (line === '') return untitled;
  const chars = [...line];
  return chars.length <= MAX_TITLE
    ? line
    : `${chars
        .slice(0, MAX_TITLE - 1)
        .join('')
        .trimEnd()}…`;
}

function escapeMnemonics(label: string): string {
  return label.replaceAll('&', '&&');
}

function articleItems(recent: RecentMenu, text: RecentMenuText): MenuItemConstructorOptions[] {
  return recent.articles.map((article) => ({
    label: recentLabel(article.title, text.untitled),
    click: () => recent.open(article.id),
  }));
}

/** The File menu's "Bài viết gần đây" submenu; says so when the list is empty. */
export function recentArticlesMenu(recent: RecentMenu, text: RecentMenuText): MenuItemConstructorOptions {
  const items = articleItems(recent, text);
  return {
    label: text.recentArticles,
    submenu: items.length > 0 ? items : [{ label: text.noRecentArticles, enabled: false }],
  };
}

/** The macOS dock menu: the recent articles under a heading; nothing when there are none. */
export function dockMenuTemplate(recent: RecentMenu, text: RecentMenuText): MenuItemConstructorOptions[] {
  const items = articleItems(recent, text);
  return items.length > 0 ? [{ label: text.recentArticles, enabled: false }, ...items] : [];
}

export interface JumpListLaunch {
  /** The executable a jump-list entry starts (`process.execPath`). */
  program: string;
  /** In a development build Electron needs the app folder before the switch; packaged, nothing. */
  appPath: string | null;
}

/**
 * The Windows jump list: one entry per recent article, each starting Newsdesk with
 * `--open-article=<id>` (the running instance receives it as a second launch). Null restores the
 * standard list: Windows refuses a custom category without items.
 */
export function jumpListCategories(
  articles: readonly RecentArticle[],
  text: RecentMenuText,
  launch: JumpListLaunch,
): JumpListCategory[] | null {
  if (articles.length === 0) return null;
  const appArg = launch.appPath === null ? '' : `${quoteWindowsArg(launch.appPath)} `;
  return [
    {
      type: 'custom',
      name: text.recentArticles,
      items: articles.map((article) => ({
        type: 'task',
        // Not a menu: the jump list shows `&` as it is.
        title: shortTitle(article.title, text.untitled),
        description: text.openRecentArticle,
        program: launch.program,
        args: `${appArg}${openArticleArg(article.id)}`,
        iconPath: launch.program,
        iconIndex: 0,
      })),
    },
  ];
}

function quoteWindowsArg(arg: string): string {
  return /[\s"]/.test(arg) ? `"${arg.replaceAll('"', '\\"')}"` : arg;
}

/** Whether two lists would show the same menus (autosaves refresh the list; most change nothing). */
export function sameRecentMenus(a: readonly RecentArticle[], b: readonly RecentArticle[]): boolean {
  return a.length === b.length && a.every((article, i) => article.id === b[i]?.id && article.title === b[i]?.title);
}
