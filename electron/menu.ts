import type { MenuItemConstructorOptions } from 'electron';
import { coreCatalogues, type CoreLanguage, type CoreMessageKey } from '../core/i18n/coreMessages.ts';
import { recentArticlesMenu, recentLabel, type RecentMenu } from './recent-menu.ts';

export type MenuLanguage = CoreLanguage;
export type MenuItem = MenuItemConstructorOptions;

/** The shell's own words (menus, dialogs) in a language: the `shell.*` messages of the core's catalogue, which the page and the command line read too. */
export type MenuText = { readonly [Name in ShellName]: string };
type ShellName = CoreMessageKey extends infer Key ? (Key extends `shell.${infer Name}` ? Name : never) : never;

const SHELL_PREFIX = 'shell.';

export interface MenuContext {
  language: MenuLanguage;
  /** Developer tools are only offered in a development build. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** The signed-in user's recently opened articles; none listed when absent (signed out). */
  recent?: RecentMenu;
  files?: FileActions;
  /** Opens the page's About window (versions, data folder, diagnostic report); Electron's own panel when absent. */
  showAbout?: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The File menu's own work: the shell shows the dialogs, the core does the rest. */
export interface FileActions {
  chooseFilesToImport(): void;
  /** The article opened last, offered for export; null before any is opened. */
  exportable: { title: string; exportIt(): void } | null;
}

function fileItems(files: FileActions | undefined, text: MenuText): MenuItemConstructorOptions[] {
  if (!files) return [];
  const exportable = files.exportable;
  return [
    { label: text.importArticle, accelerator: 'CmdOrCtrl+O', click: () => files.chooseFilesToImport() },
    exportable
      ? { label: text.exportArticle.replace('{title}', recentLabel(exportable.title, text.untitled)), click: () => exportable.exportIt() }
      : { label: text.exportNothing, enabled: false },
    separator,
  ];
}

export function menuText(language: MenuLanguage): MenuText {
  const entries = Object.entries(coreCatalogues[language]).filter(([key]) => key.startsWith(SHELL_PREFIX));
  return Object.fromEntries(entries.map(([key, text]) => [key.slice(SHELL_PREFIX.length), text])) as MenuText;
}

function aboutItem(text: MenuText, showAbout: (() => void) | undefined): MenuItemConstructorOptions {
  return showAbout ? { label: text.about, click: () => showAbout() } : { role: 'about', label: text.about };
}

function macAppMenu(text: MenuText, showAbout: (() => void) | undefined): MenuItemConstructorOptions {
  return {
    label: 'Newsdesk',
    submenu: [
      aboutItem(text, showAbout),
      separator,
      { role: 'hide', label: text.hide, accelerator: 'Command+H' },
      { role: 'hideOthers', label: text.hideOthers, accelerator: 'Command+Alt+H' },
      { role: 'unhide', label: text.unhide },
      separator,
      { role: 'quit', label: text.quit, accelerator: 'Command+Q' },
    ],
  };
}

export function buildMenuTemplate({ language, isPackaged, platform, recent, files, showAbout }: MenuContext): MenuItemConstructorOptions[] {
  const text = menuText(language);
  const isMac = platform === 'darwin';

  const fileMenu: MenuItemConstructorOptions = {
    label: text.file,
    submenu: [
      ...fileItems(files, text),
      recentArticlesMenu(recent ?? { articles: [], open: () => undefined }, text),
      separator,
      isMac
        ? { role: 'close', label: text.close, accelerator: 'CmdOrCtrl+W' }
        : { role: 'quit', label: text.quit, accelerator: 'CmdOrCtrl+Q' },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: text.edit,
    submenu: [
      { role: 'undo', label: text.undo, accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: text.redo, accelerator: isMac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y' },
      separator,
      { role: 'cut', label: text.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: text.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: text.paste, accelerator: 'CmdOrCtrl+V' },
      separator,
      { role: 'selectAll', label: text.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'toggleDevTools', label: text.toggleDevTools, accelerator: isMac ? 'Alt+Command+I' : 'Ctrl+Shift+I' }];

  const viewMenu: MenuItemConstructorOptions = {
    label: text.view,
    submenu: [
      { role: 'reload', label: text.reload, accelerator: 'CmdOrCtrl+R' },
      ...developerItems,
      separator,
      { role: 'resetZoom', label: text.resetZoom, accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: text.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: text.zoomOut, accelerator: 'CmdOrCtrl+-' },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: text.window,
    submenu: [
      { role: 'minimize', label: text.minimize, accelerator: 'CmdOrCtrl+M' },
      // On macOS "close" already sits in the File menu with the same shortcut.
      ...(isMac ? [] : [{ role: 'close', label: text.close, accelerator: 'CmdOrCtrl+W' } as const]),
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: text.help,
    submenu: [aboutItem(text, showAbout)],
  };

  return [...(isMac ? [macAppMenu(text, showAbout)] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
