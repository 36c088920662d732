/**
 * A stand-in for the `electron` module, for tests that load the real main process (electron/main.ts)
 * where the Electron runtime cannot run. It records what main.ts asks of Electron (windows,
 * handlers, menus, dialogs) and lets the test fire Electron's events. Members main.ts uses that are
 * not modelled here answer as no-op functions, so the stand-in never hides a crash in our own code.
 */
import { EventEmitter } from 'node:events';

type Handler = (...args: never[]) => unknown;

function lenient<T extends object>(target: T): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (key in object || typeof key === 'symbol' || key === 'then') return Reflect.get(object, key, receiver);
      return () => undefined;
    },
  });
}

export class StandInFrame {
  readonly parent = null;
  constructor(
    public url: string,
    readonly processId: number,
    readonly routingId: number,
  ) {}
  isDestroyed(): boolean {
    return false;
  }
}

export class StandInWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = StandInWebContents.nextId++;
  readonly mainFrame = new StandInFrame('', 1, this.id);
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  reloads = 0;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads += 1;
  }
  loadURL(url: string): Promise<void> {
    this.mainFrame.url = url;
    return Promise.resolve();
  }
  isDestroyed(): boolean {
    return false;
  }
  readonly sent: { channel: string; payload: unknown }[] = [];
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class StandInBrowserWindow extends EventEmitter {
  static all: StandInBrowserWindow[] = [];
  readonly webContents = lenient(new StandInWebContents());
  loadedUrl: string | null = null;
  shown = false;
  focused = 0;
  destroyed = false;
  bounds: { x: number; y: number; width: number; height: number };
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = { x: Number(options.x ?? 0), y: Number(options.y ?? 0), width: Number(options.width), height: Number(options.height) };
    StandInBrowserWindow.all.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url;
    return this.webContents.loadURL(url);
  }
  show(): void {
    this.shown = true;
  }
  focus(): void {
    this.focused += 1;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getBounds() {
    return this.bounds;
  }
  getNormalBounds() {
    return this.bounds;
  }
  restore(): void {}
  maximize(): void {}
  setBackgroundColor(): void {}
  static getAllWindows(): StandInBrowserWindow[] {
    return StandInBrowserWindow.all;
  }
  static fromWebContents(contents: unknown): StandInBrowserWindow | null {
    return StandInBrowserWindow.all.find((window) => window.webContents === contents) ?? null;
  }
}

export interface Recorded {
  ipcHandlers: Map<string, Handler>;
  protocolHandlers: Map<string, (request: Request) => Promise<Response> | Response>;
  menus: unknown[];
  dialogs: { kind: string; args: unknown[] }[];
  openedExternally: string[];
  permissionRequestHandler: Handler | null;
  quit: number;
}

export const recorded: Recorded = {
  ipcHandlers: new Map(),
  protocolHandlers: new Map(),
  menus: [],
  dialogs: [],
  openedExternally: [],
  permissionRequestHandler: null,
  quit: 0,
};

const appPaths = new Map<string, string>();
let resolveReady: () => void = () => {};
const ready = new Promise<void>((resolve) => (resolveReady = resolve));

class StandInApp extends EventEmitter {
  isPackaged = false;
  appPath = process.cwd();
  singleInstance = true;
  setPath(name: string, value: string): void {
    appPaths.set(name, value);
  }
  getPath(name: string): string {
    const value = appPaths.get(name);
    if (value === undefined) throw new Error(`stand-in app has no path "${name}"; the test must set it`);
    return value;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return '0.1.0';
  }
  getLocale(): string {
    return 'vi';
  }
  whenReady(): Promise<void> {
    return ready;
  }
  private readyNow = false;
  isReady(): boolean {
    return this.readyNow;
  }
  /** The test says when Electron is ready, after it has prepared the paths. */
  becomeReady(): void {
    this.readyNow = true;
    resolveReady();
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance;
  }
  quit(): void {
    recorded.quit += 1;
  }
  exit(): void {
    recorded.quit += 1;
  }
  enableSandbox(): void {}
}

export const app = lenient(new StandInApp());

export const BrowserWindow = StandInBrowserWindow;

export const ipcMain = lenient({
  handle(channel: string, handler: Handler): void {
    recorded.ipcHandlers.set(channel, handler);
  },
  on(): void {},
});

export const protocol = lenient({
  registerSchemesAsPrivileged(): void {},
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    recorded.protocolHandlers.set(scheme, handler);
  },
});

export const Menu = lenient({
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: unknown) => void recorded.menus.push(menu),
});

export const dialog = lenient({
  showMessageBox: (...args: unknown[]) => {
    recorded.dialogs.push({ kind: 'message', args });
    return Promise.resolve({ response: 0 });
  },
  showErrorBox: (...args: unknown[]) => void recorded.dialogs.push({ kind: 'error', args }),
  showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  showSaveDialog: () => Promise.resolve({ canceled: true }),
});

export const shell = lenient({
  openExternal: (url: string) => {
    recorded.openedExternally.push(url);
    return Promise.resolve();
  },
});

export const session = {
  defaultSession: lenient({
    setPermissionRequestHandler: (handler: Handler) => void (recorded.permissionRequestHandler = handler),
    setPermissionCheckHandler: () => undefined,
  }),
};

/** No OS key store in the stand-in: portal passwords then stay in memory for the session. */
export const safeStorage = lenient({
  isEncryptionAvailable: () => false,
  encryptString: () => {
    throw new Error('no encryption in the stand-in');
  },
  decryptString: () => {
    throw new Error('no encryption in the stand-in');
  },
});

export const nativeTheme = lenient(Object.assign(new EventEmitter(), { themeSource: 'system', shouldUseDarkColors: false }));

export const screen = lenient({
  getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
  getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 }, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }),
});

export const clipboard = lenient({ writeText: () => undefined });

export const contextBridge = lenient({});
export const ipcRenderer = lenient({});
