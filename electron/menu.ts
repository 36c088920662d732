import type { MenuItemConstructorOptions } from 'electron';
import { recentArticlesMenu, recentLabel, type RecentMenu } from './recent-menu.ts';

export type MenuLanguage = 'vi' | 'en';
export type MenuItem = MenuItemConstructorOptions;

const MENU_TEXT = {
  vi: {
    file: 'Tệp',
    edit: 'Sửa',
    view: 'Xem',
    window: 'Cửa sổ',
    help: 'Trợ giúp',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    reload: 'Tải lại',
    toggleDevTools: 'Công cụ nhà phát triển',
    resetZoom: 'Cỡ thực',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    minimize: 'Thu nhỏ cửa sổ',
    close: 'Đóng cửa sổ',
    about: 'Giới thiệu và chẩn đoán',
    hide: 'Ẩn Newsdesk',
    hideOthers: 'Ẩn các ứng dụng khác',
    unhide: 'Hiện tất cả',
    quit: 'Thoát Newsdesk',
    recentArticles: 'Bài viết gần đây',
    noRecentArticles: 'Chưa mở bài viết nào',
    untitled: '(Chưa có tiêu đề)',
    openRecentArticle: 'Mở bài viết trong Newsdesk',
    importArticle: 'Nhập bài viết…',
    importDialogTitle: 'Nhập bài viết vào thư viện',
    importFilterName: 'Gói Newsdesk, tệp Word, tệp JSON',
    exportArticle: 'Xuất “{title}”…',
    exportNothing: 'Xuất bài viết… (hãy mở một bài trước)',
    exportDialogTitle: 'Xuất bài viết',
    pdfFilterName: 'PDF để in',
    packageFilterName: 'Gói Newsdesk (chép sang máy khác)',
    openFailed: 'Không mở được tệp',
    exportFailed: 'Không xuất được bài viết',
    saveDownloadTitle: 'Lưu tệp',
    unexpectedError: 'Newsdesk gặp lỗi ngoài ý muốn',
    unexpectedErrorDetail: 'Chi tiết đã được ghi vào nhật ký. Nếu lỗi lặp lại, hãy gửi báo cáo chẩn đoán (Trợ giúp › Giới thiệu) cho bộ phận kỹ thuật.',
    pageKeepsStopping: 'Cửa sổ Newsdesk dừng nhiều lần liên tiếp',
    pageKeepsStoppingDetail: 'Cửa sổ đã dừng ba lần trong một phút nên Newsdesk không tự tải lại nữa. Nội dung đang viết dở được giữ trong thư mục dữ liệu.',
    reloadWindow: 'Tải lại cửa sổ',
    quitNewsdesk: 'Thoát',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    minimize: 'Minimize',
    close: 'Close Window',
    about: 'About and Diagnostics',
    hide: 'Hide Newsdesk',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit Newsdesk',
    recentArticles: 'Recent Articles',
    noRecentArticles: 'No articles opened yet',
    untitled: '(Untitled)',
    openRecentArticle: 'Open the article in Newsdesk',
    importArticle: 'Import Article…',
    importDialogTitle: 'Import an article into the library',
    importFilterName: 'Newsdesk packages, Word files, JSON files',
    exportArticle: 'Export “{title}”…',
    exportNothing: 'Export Article… (open an article first)',
    exportDialogTitle: 'Export article',
    pdfFilterName: 'PDF for printing',
    packageFilterName: 'Newsdesk package (to copy to another computer)',
    openFailed: 'Could not open the file',
    exportFailed: 'Could not export the article',
    saveDownloadTitle: 'Save File',
    unexpectedError: 'Newsdesk ran into an unexpected problem',
    unexpectedErrorDetail: 'The details were written to the log. If it happens again, send the diagnostics report (Help › About) to your IT staff.',
    pageKeepsStopping: 'The Newsdesk window keeps stopping',
    pageKeepsStoppingDetail: 'The window stopped three times within a minute, so Newsdesk no longer reloads it by itself. Unfinished writing is kept in the data folder.',
    reloadWindow: 'Reload Window',
    quitNewsdesk: 'Quit',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

export type MenuText = (typeof MENU_TEXT)[MenuLanguage];

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
  return MENU_TEXT[language];
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
  const text = MENU_TEXT[language];
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
