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
  protocol,
  safeStorage,
  session,
  shell,
  type WebFrameMain,
} from 'electron';
import { defaultDataDir } from '../core/defaultDataDir.ts';
import { openNewsdesk, type Newsdesk } from '../core/newsdesk.ts';
import { resolveDataDir } from './data-dir.ts';
import { registerIpc } from './ipc.ts';
import { SafeStorageSecretStore } from './safe-storage-secrets.ts';
import { buildMenuTemplate } from './menu.ts';
import { createMainWindow } from './window.ts';
import { guardPermissions, guardWebContents } from './guards.ts';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  appResponseHeaders,
  resolveAppRequest,
} from './security.ts';

const RENDERER_DIR = path.join(__dirname, '../renderer');
const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');

// The CLI's default data folder is the OS application-data folder for "Newsdesk"; use the same one.
app.setPath('userData', path.join(app.getPath('appData'), 'Newsdesk'));
app.enableSandbox();

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

let mainWindow: BrowserWindow | null = null;
let newsdesk: Newsdesk | null = null;

function logSecurityEvent(message: string, details: Record<string, unknown>): void {
  console.warn(`[newsdesk] ${message}`, JSON.stringify(details));
}

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
      log: logSecurityEvent,
    });
  });
}

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(PRELOAD_PATH);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

function showNotices(window: BrowserWindow, notices: readonly string[]): void {
  if (notices.length === 0) return;
  // Launched from a desktop icon there is no terminal, and a generated demo password is shown once.
  window.once('ready-to-show', () => {
    void dialog.showMessageBox(window, { type: 'info', title: 'Newsdesk', message: 'Newsdesk', detail: notices.join('\n\n') });
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  guardPermissions(session.defaultSession);

  const notices: string[] = [];
  const desk = await openNewsdesk({
    dataDir: resolveDataDir(process.argv, process.env, defaultDataDir()),
    seedsDir: path.join(app.getAppPath(), 'seeds'),
    demoPassword: process.env.NEWSDESK_DEMO_PASSWORD,
    dailyBackup: true,
    secrets: new SafeStorageSecretStore(safeStorage, path.join(app.getPath('userData'), 'portal-secrets.json')),
    notice: (message) => {
      console.log(message);
      notices.push(message);
    },
  });
  newsdesk = desk;

  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, desk));
  registerIpc(ipcMain, desk.api, { isTrustedSender: isMainFrameOfOurWindow, log: logSecurityEvent });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate({ language: 'vi', isPackaged: app.isPackaged, platform: process.platform })),
  );

  mainWindow = openMainWindow();
  showNotices(mainWindow, notices);
}

if (!app.requestSingleInstanceLock()) {
  // Two windows writing one data folder would race; the running instance is brought forward.
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
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
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Newsdesk', `Newsdesk không thể khởi động / could not start:\n${message}`);
    app.exit(1);
  });
}
