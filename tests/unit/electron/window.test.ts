// The Electron runtime cannot run here, so `electron` is replaced by a stand-in BrowserWindow that
// records the options it is given: the test reads exactly what main.ts would hand to Electron.
import { describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as Record<string, unknown>[]);
vi.mock('electron', () => ({
  BrowserWindow: class {
    constructor(options: Record<string, unknown>) {
      created.push(options);
    }
  },
}));

const { createMainWindow } = await import('../../../electron/window.ts');
const { DEFAULT_PLACEMENT } = await import('../../../electron/window-state.ts');
const { WINDOW_BACKGROUND } = await import('../../../electron/theme.ts');

function optionsFor(placement?: Parameters<typeof createMainWindow>[1], darkTheme?: boolean): Record<string, unknown> {
  created.length = 0;
  createMainWindow('/app/dist/electron/preload.cjs', placement, darkTheme);
  expect(created).toHaveLength(1);
  return created[0]!;
}

describe('main window', () => {
  const options = optionsFor();
  const webPreferences = options.webPreferences as Record<string, unknown>;

  it('isolates the page from Node and Electron', () => {
    expect(webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and refuses mixed content, webviews and experimental features', () => {
    expect(webPreferences).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
    expect(webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('turns middle-click link opening off', () => {
    expect(webPreferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('never shows an empty white frame: it appears when the page is ready', () => {
    expect(options.show).toBe(false);
  });

  it('paints the theme’s page colour before the page, so a dark desktop sees no white flash', () => {
    expect(options.backgroundColor).toBe(WINDOW_BACKGROUND.light);
    expect(optionsFor(DEFAULT_PLACEMENT, true).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
  });

  it('keeps the spell checker for reporters', () => {
    expect(webPreferences.spellcheck).toBe(true);
  });

  it('opens where it was left, or at the default size', () => {
    expect(options).toMatchObject(DEFAULT_PLACEMENT);
    expect(optionsFor({ x: 40, y: 30, width: 1000, height: 700 })).toMatchObject({ x: 40, y: 30, width: 1000, height: 700 });
  });
});
