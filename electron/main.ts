/**
 * The desktop shell: one window showing the built renderer from `app://newsdesk`, the core
 * services behind checked IPC, and every way out of the page (navigation, pop-ups, webviews,
 * permissions) closed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  type WebFrameMain,
} from 'electron';
import type { ChannelName } from '../core/api.ts';
import { defaultDataDir } from '../core/defaultDataDir.ts';
import { errorInLanguage, NewsdeskError } from '../core/errors.ts';
import { coreText, type CoreMessage } from '../core/i18n/coreMessages.ts';
import type { RecentArticle } from '../core/model/recentArticles.ts';
import { SHELL_COMMAND_CHANNEL, type ShellCommand } from '../core/model/shellCommand.ts';
import { openNewsdesk, type Newsdesk } from '../core/newsdesk.ts';
import { withAfterCalls } from './after-calls.ts';
import { articleToOpen } from './article-argv.ts';
import { mainErrorReporter } from './crash-policy.ts';
import { fileDialogs } from './file-dialogs.ts';
import { filesToOpen } from './open-files.ts';
import { reloadAfterCrashes, rememberPlacement } from './window-lifecycle.ts';
import { resolveDataDir } from './data-dir.ts';
import { registerIpc } from './ipc.ts';
import { SafeStorageSecretStore } from './safe-storage-secrets.ts';
import { guardPermissions, guardWebContents } from './guards.ts';
import { buildMenuTemplate, menuText, type MenuLanguage } from './menu.ts';
import { dockMenuTemplate, jumpListCategories, sameRecentMenus } from './recent-menu.ts';
import { windowBackgroundColor } from './theme.ts';
import { createMainWindow } from './window.ts';
import { placementFor, windowStateFile } from './window-state.ts';
import { APP_ENTRY_URL, APP_SCHEME, appResponseHeaders, resolveAppRequest } from './security.ts';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

// The CLI's default data folder is the OS application-data folder for "Newsdesk"; use the same one.
app.setPath('userData', path.join(app.getPath('appData'), 'Newsdesk'));
app.enableSandbox();

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let newsdesk: Newsdesk | null = null;
// The page's language (core `preferences`): menus and dialogs follow it.
let menuLanguage: MenuLanguage = 'vi';
let recentArticles: readonly RecentArticle[] = [];
let recentRefresh: Promise<void> = Promise.resolve();

/** After these calls from the page the recent-articles menus may read differently. */
const RECENT_MENU_CHANNELS: readonly ChannelName[] = [
  'recent.opened',
  'session.signIn',
  'session.signOut',
  'session.current',
  'editor.save',
  'history.restore',
  'library.recover',
  'backup.restore',
];

type LogLevel = 'info' | 'warn' | 'error';

/** Into the data folder's log once it is open; before that (or if opening failed) to the console. */
function logEvent(level: LogLevel, message: string, details: Record<string, unknown> = {}): void {
  if (newsdesk !== null) newsdesk.log[level](message, details);
  else console[level === 'info' ? 'log' : level](`[newsdesk] ${message}`, JSON.stringify(details));
}

const logWarning = (message: string, details: Record<string, unknown>) => logEvent('warn', message, details);

// Registered before anything else runs, so no failure of the main process goes unseen.
const reportMainError = mainErrorReporter({
  log: (message, details) => logEvent('error', message, details),
  show: (description) => {
    const text = menuText(menuLanguage);
    const detail = `${description}\n\n${text.unexpectedErrorDetail}`;
    if (app.isReady()) void dialog.showMessageBox({ type: 'error', title: 'Newsdesk', message: text.unexpectedError, detail });
    else dialog.showErrorBox(text.unexpectedError, detail);
  },
});
process.on('uncaughtException', (error) => reportMainError(error, 'uncaught exception'));
process.on('unhandledRejection', (reason) => reportMainError(reason, 'unhandled rejection'));

function isMainFrameOfOurWindow(frame: WebFrameMain): boolean {
  if (mainWindow === null || mainWindow.isDestroyed()) return false;
  const ours = mainWindow.webContents.mainFrame;
  return frame === ours || (frame.processId === ours.processId && frame.routingId === ours.routingId);
}

async function serveAppRequest(request: Request, desk: Newsdesk): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  const resolved = resolveAppRequest(request.url, {
    rendererDir: RENDERER_DIR,
    assetPath: (name) => desk.assetPath(name),
  });
  if (resolved.status === 404) {
    return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
  try {
    const body = request.method === 'HEAD' ? null : await readFile(resolved.filePath);
    return new Response(body, { status: 200, headers: appResponseHeaders(resolved.contentType) });
  } catch {
    return new Response('Not found', { status: 404, headers: appResponseHeaders('text/plain; charset=utf-8') });
  }
}

function guardEveryWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, {
      openExternally: (url) => void shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK: guardWebContents passes only http, https and mailto addresses (guards.test.ts)
      log: logWarning,
    });
  });
}

function openMainWindow(): BrowserWindow {
  const stateFile = windowStateFile(app.getPath('userData'));
  const { placement, maximized } = placementFor(
    stateFile.read(),
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = createMainWindow(PRELOAD_PATH, placement, nativeTheme.shouldUseDarkColors);
  if (maximized) window.maximize();
  rememberPlacement(window, stateFile, logWarning);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  reloadAfterCrashes(window, () => menuText(menuLanguage), logWarning);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

/** Sends a command to the page once it has loaded (the preload keeps it until a screen listens). */
function sendShellCommand(window: BrowserWindow, command: ShellCommand): void {
  const send = () => {
    if (!window.isDestroyed()) window.webContents.send(SHELL_COMMAND_CHANNEL, command);
  };
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}

function bringForward(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  // While the page still loads, `ready-to-show` shows the window: earlier would flash an empty frame.
  if (!window.webContents.isLoading()) window.show();
  window.focus();
}

/** Help › Giới thiệu Newsdesk: the page's About window, with the diagnostic report. */
function showAbout(): void {
  if (newsdesk === null) return;
  const window = mainWindow ?? (mainWindow = openMainWindow());
  bringForward(window);
  sendShellCommand(window, { type: 'show-about' });
}

/** A recent-articles menu item, the dock or a jump-list launch: the article opens in the (only) window. */
function openArticleInWindow(id: string): void {
  if (newsdesk === null) return;
  const window = mainWindow ?? (mainWindow = openMainWindow());
  bringForward(window);
  sendShellCommand(window, { type: 'open-article', id });
}

const files = fileDialogs({
  desk: () => newsdesk,
  window: () => mainWindow,
  text: () => menuText(menuLanguage),
  language: () => menuLanguage,
  openArticle: (id) => openArticleInWindow(id),
  bringForward,
});

function installMenus(): void {
  const recent = { articles: recentArticles, open: openArticleInWindow };
  const text = menuText(menuLanguage);
  const latest = recentArticles[0];
  const fileActions = {
    chooseFilesToImport: () => void files.chooseFilesToImport(),
    exportable: latest ? { title: latest.title, exportIt: () => void files.exportArticle(latest) } : null,
  };
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        language: menuLanguage,
        isPackaged: app.isPackaged,
        platform: process.platform,
        recent,
        files: fileActions,
        showAbout,
      }),
    ),
  );
  if (process.platform === 'darwin') app.dock?.setMenu(Menu.buildFromTemplate(dockMenuTemplate(recent, text)));
  if (process.platform === 'win32') {
    const launch = { program: process.execPath, appPath: app.isPackaged ? null : app.getAppPath() };
    // Windows refuses it when the user turned off recent items in its privacy settings: not our error.
    const result = app.setJumpList(jumpListCategories(recentArticles, text, launch));
    if (result !== 'ok') logWarning('jump list not updated', { result });
  }
}

/** Reads the signed-in user's recent articles again; the menus are rebuilt only when they would change. */
function refreshRecentMenus(desk: Newsdesk): void {
  recentRefresh = recentRefresh
    .then(async () => {
      // Signed out, or the session lapsed: nobody's titles in the menus, the dock or the jump list.
      const next = await desk.api.recent.list().catch(() => []);
      if (sameRecentMenus(next, recentArticles)) return;
      recentArticles = next;
      installMenus();
    })
    .catch((error: unknown) => logWarning('recent-articles menus not updated', { error: String(error) }));
}

/** The page chose a language: menus, dock and jump list are relabelled at once. */
function followPageLanguage(desk: Newsdesk): void {
  void desk.api.preferences.get().then(({ language }) => {
    if (language === menuLanguage) return;
    menuLanguage = language;
    installMenus();
  });
}

/** What opening the data folder had to say, in the stored language: on the terminal and, once the window shows, in a dialog. */
function showNotices(window: BrowserWindow, notices: readonly CoreMessage[]): void {
  if (notices.length === 0) return;
  const texts = notices.map((notice) => coreText(menuLanguage, notice));
  for (const text of texts) console.log(text);
  // Launched from a desktop icon there is no terminal, and a generated demo password is shown once.
  window.once('ready-to-show', () => {
    void dialog.showMessageBox(window, { type: 'info', title: 'Newsdesk', message: 'Newsdesk', detail: texts.join('\n\n') });
  });
}

function followOsTheme(): void {
  // The page's `prefers-color-scheme` follows the OS theme, and changes with it while open.
  nativeTheme.themeSource = 'system';
  nativeTheme.on('updated', () => {
    if (mainWindow !== null && !mainWindow.isDestroyed())
      mainWindow.setBackgroundColor(windowBackgroundColor(nativeTheme.shouldUseDarkColors));
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  guardPermissions(session.defaultSession);
  followOsTheme();
  // The page's own downloads (Xuất PDF in the preview) ask where to save with a titled native dialog.
  session.defaultSession.on('will-download', (_event, item) =>
    item.setSaveDialogOptions({ title: menuText(menuLanguage).saveDownloadTitle }),
  );

  // Notices of the opening wait for the stored language; a later one (a failed daily backup) goes to the terminal.
  const openingNotices: CoreMessage[] = [];
  let tell: (message: CoreMessage) => void = (message) => openingNotices.push(message);
  const desk = await openNewsdesk({
    dataDir: resolveDataDir(process.argv, process.env, defaultDataDir()),
    seedsDir: path.join(app.getAppPath(), 'seeds'),
    demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
    dailyBackup: true,
    secrets: new SafeStorageSecretStore(safeStorage, path.join(app.getPath('userData'), 'portal-secrets.json')),
    shell: { electron: process.versions.electron, chromium: process.versions.chrome },
    notice: (message) => tell(message),
  });
  newsdesk = desk;
  logEvent('info', 'desktop app started', { version: app.getVersion(), electron: process.versions.electron });
  menuLanguage = (await desk.api.preferences.get()).language;

  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, desk));
  const api = withAfterCalls(desk.api, [...RECENT_MENU_CHANNELS, 'preferences.setLanguage'], (channel) => {
    if (channel === 'preferences.setLanguage') return followPageLanguage(desk);
    refreshRecentMenus(desk);
    if (channel === 'session.signIn') void files.openWaiting();
  });
  registerIpc(ipcMain, api, { isTrustedSender: isMainFrameOfOurWindow, log: logWarning });
  installMenus();

  mainWindow = openMainWindow();
  showNotices(mainWindow, openingNotices);
  tell = (message) => console.log(coreText(menuLanguage, message));
  const launchArticle = articleToOpen(process.argv);
  if (launchArticle !== null) openArticleInWindow(launchArticle);
  files.askToOpen(filesToOpen(process.argv, process.cwd()));
  void files.openWaiting();
}

if (!app.requestSingleInstanceLock()) {
  // Two windows writing one data folder would race; the running instance is brought forward.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    // A Windows jump-list entry or a double-clicked package starts a second Newsdesk; this one opens it.
    const article = articleToOpen(argv);
    if (article !== null) openArticleInWindow(article);
    else if (mainWindow !== null) bringForward(mainWindow);
    files.askToOpen(filesToOpen(argv, workingDirectory));
  });
  // macOS hands a double-clicked package to the running app, even before it is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    files.askToOpen([file]);
  });
  app.on('before-quit', () => void newsdesk?.close());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && newsdesk !== null) mainWindow = openMainWindow();
  });
  guardEveryWebContents();
  start().catch((error: unknown) => {
    // The stored language may be what could not be read: a refusal is said in both.
    const message =
      error instanceof NewsdeskError ? `${errorInLanguage(error, 'vi')}\n${errorInLanguage(error, 'en')}` : errorInLanguage(error, 'en');
    dialog.showErrorBox('Newsdesk', `Newsdesk không thể khởi động / could not start:\n${message}`);
    app.exit(1);
  });
}
