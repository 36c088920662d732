// Loads the real main process (electron/main.ts) against the real core and a real data folder, with
// the `electron` module replaced by a recording stand-in (tests/helpers/standInElectron.ts): the
// Electron runtime cannot run here. It proves the wiring: one guarded window on app://, pages and
// photos served with the CSP, IPC answering our own page and refusing any other frame.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, sampleIdIn, DRAFT_SAMPLE } from '../../helpers/sampleNewsroom.ts';

vi.mock('electron', async () => await import('../../helpers/standInElectron.ts'));

const electron = await import('../../helpers/standInElectron.ts');
const { app, recorded, StandInBrowserWindow, StandInFrame, StandInWebContents } = electron;

const home = mkdtempSync(path.join(tmpdir(), 'newsdesk-main-'));

async function ipc(channel: string, frame: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = recorded.ipcHandlers.get(channel) as ((event: unknown, ...a: unknown[]) => Promise<unknown>) | undefined;
  if (!handler) throw new Error(`no IPC handler for ${channel}`);
  return handler({ senderFrame: frame }, ...args);
}

function mainWindow() {
  const window = StandInBrowserWindow.all[0];
  if (!window) throw new Error('no window yet');
  return window;
}

let mainErrorListeners: NodeJS.UncaughtExceptionListener[] = [];

beforeAll(async () => {
  const before = new Set(process.listeners('uncaughtException'));
  process.env.NEWSDESK_DATA = path.join(home, 'data');
  process.env.NEWSDESK_DEMO_PASSWORD = DEMO_PASSWORD;
  app.setPath('appData', path.join(home, 'appData'));
  mkdirSync(path.join(home, 'appData', 'Newsdesk'), { recursive: true });
  const leftLastTime = { x: 200, y: 120, width: 1100, height: 760, maximized: false };
  writeFileSync(path.join(home, 'appData', 'Newsdesk', 'window-state.json'), JSON.stringify(leftLastTime));
  await import('../../../electron/main.ts');
  mainErrorListeners = process.listeners('uncaughtException').filter((listener) => !before.has(listener));
  app.becomeReady();
  await vi.waitFor(() => expect(StandInBrowserWindow.all).toHaveLength(1), { timeout: 30_000, interval: 50 });
  mainWindow().emit('ready-to-show');
}, 60_000);

afterAll(() => {
  app.emit('before-quit');
  rmSync(home, { recursive: true, force: true, maxRetries: 5 });
});

describe('the desktop shell, wired to the core', () => {
  it('opens one hidden window on app://newsdesk/ and shows it when the page is ready', () => {
    expect(mainWindow().loadedUrl).toBe('app://newsdesk/');
    expect(mainWindow().shown).toBe(true);
  });

  it('opens where the window was left and remembers where it is when closed', () => {
    const window = mainWindow();
    expect(window.options).toMatchObject({ x: 200, y: 120, width: 1100, height: 760 });
    window.bounds = { x: 300, y: 140, width: 1000, height: 700 };
    window.emit('close');
    const saved = JSON.parse(readFileSync(path.join(home, 'appData', 'Newsdesk', 'window-state.json'), 'utf8'));
    expect(saved).toEqual({ x: 300, y: 140, width: 1000, height: 700, maximized: false });
  });

  it('serves the app page with the CSP, and nothing outside the app', async () => {
    const serve = recorded.protocolHandlers.get('app')!;
    const page = await serve(new Request('app://newsdesk/'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<div id="root">');

    expect((await serve(new Request('app://newsdesk/assets/..%2f..%2fpackage.json'))).status).toBe(404);
    expect((await serve(new Request('app://newsdesk/', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('answers its own page over IPC and refuses any other frame', async () => {
    const page = mainWindow().webContents.mainFrame;
    const signedIn = (await ipc('session.signIn', page, { username: 'bichdiep', password: DEMO_PASSWORD })) as {
      ok: boolean;
      value: { username: string };
    };
    expect(signedIn).toMatchObject({ ok: true, value: { username: 'bichdiep' } });
    const listed = (await ipc('library.list', page, {})) as { ok: boolean; value: unknown[] };
    expect(listed.ok).toBe(true);
    expect(listed.value.length).toBeGreaterThanOrEqual(4);

    const stranger = new StandInFrame('app://newsdesk/', 99, 99);
    await expect(ipc('library.list', stranger, {})).rejects.toThrow('Newsdesk refused this request');
    const outside = new StandInFrame('https://example.org/', page.processId, page.routingId);
    await expect(ipc('library.list', outside, {})).rejects.toThrow('Newsdesk refused this request');
  });

  it('guards every new web contents and refuses every permission but clipboard writes', () => {
    const contents = new StandInWebContents();
    app.emit('web-contents-created', {}, contents);
    let prevented = false;
    contents.emit('will-navigate', { preventDefault: () => (prevented = true) }, 'https://example.org/');
    expect(prevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(recorded.openedExternally).toEqual(['https://example.org/']);

    const answers: boolean[] = [];
    const ask = recorded.permissionRequestHandler as unknown as (c: unknown, p: string, cb: (g: boolean) => void) => void;
    ask(null, 'media', (granted) => answers.push(granted));
    ask(null, 'clipboard-sanitized-write', (granted) => answers.push(granted));
    expect(answers).toEqual([false, true]);
  });

  it('brings the running window forward when Newsdesk is launched again', () => {
    const before = mainWindow().focused;
    app.emit('second-instance', {}, ['newsdesk'], home);
    expect(mainWindow().focused).toBe(before + 1);
  });

  it('reloads a crashed page, but not a page that closed normally, and asks once it keeps crashing', async () => {
    const window = mainWindow();
    const gone = (reason: string) => window.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
    gone('clean-exit');
    expect(window.webContents.reloads).toBe(0);
    gone('crashed');
    gone('oom');
    gone('crashed');
    expect(window.webContents.reloads).toBe(3);
    const dialogsBefore = recorded.dialogs.length;
    gone('crashed');
    expect(window.webContents.reloads).toBe(3);
    expect(recorded.dialogs.length).toBe(dialogsBefore + 1);
    const [, options] = recorded.dialogs.at(-1)!.args as [unknown, { message: string; buttons: string[] }];
    expect(options.message).toBe('Cửa sổ Newsdesk dừng nhiều lần liên tiếp');
    expect(options.buttons).toEqual(['Tải lại cửa sổ', 'Thoát']);
    await vi.waitFor(() => expect(window.webContents.reloads).toBe(4));
  });

  it('shows an unexpected main-process error once, however often it happens', () => {
    expect(mainErrorListeners).toHaveLength(1);
    const before = recorded.dialogs.length;
    const fault = () => new Error('EACCES: permission denied, open recent-articles.json');
    for (let i = 0; i < 5; i += 1) mainErrorListeners[0]!(fault(), 'uncaughtException');
    const shown = recorded.dialogs.slice(before);
    expect(shown).toHaveLength(1);
    expect(shown[0]!.args[0]).toMatchObject({ type: 'error', message: 'Newsdesk gặp lỗi ngoài ý muốn' });
    expect((shown[0]!.args[0] as { detail: string }).detail).toContain('EACCES: permission denied');
  });

  it('opens a package handed to a second launch in the running window, and explains a file it cannot open', async () => {
    const page = mainWindow().webContents.mainFrame;
    const draftId = await sampleIdIn(path.join(home, 'data'), DRAFT_SAMPLE);
    const exported = (await ipc('exchange.exportPackage', page, draftId)) as { ok: true; value: { data: string } };
    const file = path.join(home, 'Hướng dẫn.newsdesk');
    writeFileSync(file, Buffer.from(exported.value.data, 'base64'));

    const sent = mainWindow().webContents.sent;
    const before = sent.length;
    app.emit('second-instance', {}, ['newsdesk', 'Hướng dẫn.newsdesk'], home);
    await vi.waitFor(() =>
      expect(sent.slice(before)).toEqual([{ channel: 'newsdesk:shell-command', payload: { type: 'open-article', id: draftId } }]),
    );

    writeFileSync(path.join(home, 'hỏng.newsdesk'), 'not a zip');
    const dialogsBefore = recorded.dialogs.length;
    app.emit('second-instance', {}, ['newsdesk', path.join(home, 'hỏng.newsdesk')], home);
    await vi.waitFor(() => expect(recorded.dialogs.length).toBe(dialogsBefore + 1));
    const [, options] = recorded.dialogs.at(-1)!.args as [unknown, { message: string; detail: string }];
    expect(options.message).toBe('Không mở được tệp: hỏng.newsdesk');
    expect(options.detail).toMatch(/^Gói \.newsdesk không hợp lệ/);
  });

  it('offers Nhập bài viết… (Ctrl+O) and the export of the article opened last in the File menu', async () => {
    const page = mainWindow().webContents.mainFrame;
    const draftId = await sampleIdIn(path.join(home, 'data'), DRAFT_SAMPLE);
    await ipc('recent.opened', page, draftId);
    const fileMenu = () =>
      (
        recorded.menus.at(-1) as { template: { label: string; submenu: { label?: string; accelerator?: string; enabled?: boolean }[] }[] }
      ).template.find((menu) => menu.label === 'Tệp')!.submenu;
    await vi.waitFor(() =>
      expect(fileMenu().map((item) => item.label)).toContain(
        'Xuất “Hướng dẫn người dân nộp hồ sơ trực tuyến qua Cổng dịch vụ công của tỉnh”…',
      ),
    );
    expect(fileMenu()[0]).toMatchObject({ label: 'Nhập bài viết…', accelerator: 'CmdOrCtrl+O' });
  });

  it('opens the page’s About window from Help › Giới thiệu và chẩn đoán', async () => {
    const menus = (recorded.menus.at(-1) as { template: { label: string; submenu: { label?: string; click?: () => void }[] }[] }).template;
    const about = menus.find((menu) => menu.label === 'Trợ giúp')!.submenu.find((item) => item.label === 'Giới thiệu và chẩn đoán')!;
    const sent = mainWindow().webContents.sent;
    const before = sent.length;
    about.click!();
    expect(sent.slice(before)).toEqual([{ channel: 'newsdesk:shell-command', payload: { type: 'show-about' } }]);
  });

  it('writes its events to the data folder’s log, refused IPC calls and main-process errors included', async () => {
    const logFile = path.join(home, 'data', 'logs', 'newsdesk.log');
    await vi.waitFor(() => {
      const log = readFileSync(logFile, 'utf8');
      expect(log).toMatch(/INFO\s+desktop app started/);
      expect(log).toMatch(/WARN\s+ipc call dropped: unknown sender/);
      expect(log).toMatch(/ERROR\s+main process uncaught exception .*EACCES: permission denied/);
    });
    expect(readFileSync(logFile, 'utf8')).not.toContain(DEMO_PASSWORD);
  });

  it('labels its menu and dialogs in the language the page chose, and remembers it for the next start', async () => {
    const labels = () => ((recorded.menus.at(-1) as { template: { label?: string }[] }).template ?? []).map((item) => item.label);
    expect(labels()).toContain('Tệp');
    const page = mainWindow().webContents.mainFrame;
    await ipc('preferences.setLanguage', page, 'en');
    await vi.waitFor(() => expect(labels()).toContain('File'));
    expect(labels()).toContain('Help');
    const saved = JSON.parse(readFileSync(path.join(home, 'data', 'preferences.json'), 'utf8'));
    expect(saved).toEqual({ language: 'en' });
    await expect(ipc('preferences.setLanguage', page, 'fr')).rejects.toThrow('Newsdesk refused this request');

    // A file it cannot open is explained in English now, the core's refusal included.
    const dialogsBefore = recorded.dialogs.length;
    writeFileSync(path.join(home, 'hong.newsdesk'), 'not a zip');
    app.emit('second-instance', {}, ['newsdesk', path.join(home, 'hong.newsdesk')], home);
    await vi.waitFor(() => expect(recorded.dialogs.length).toBe(dialogsBefore + 1));
    const [, options] = recorded.dialogs.at(-1)!.args as [unknown, { message: string; detail: string }];
    expect(options).toMatchObject({
      message: 'Could not open the file: hong.newsdesk',
      detail: 'The .newsdesk package is not valid: not a readable zip file',
    });
  });
});
