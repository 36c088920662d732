/**
 * The main window. Its options are written out in the `new BrowserWindow` call itself so that the
 * security scanner (Electronegativity, run by `npm test`) reads the real values, not a variable.
 */
import { BrowserWindow } from 'electron';
import { windowBackgroundColor } from './theme.ts';
import { DEFAULT_PLACEMENT, MINIMUM_SIZE, type WindowPlacement } from './window-state.ts';

export function createMainWindow(
  preloadPath: string,
  placement: WindowPlacement = DEFAULT_PLACEMENT,
  /** The OS theme at start (`nativeTheme.shouldUseDarkColors`). */
  darkTheme = false,
): BrowserWindow {
  return new BrowserWindow({
    title: 'Newsdesk',
    ...placement,
    minWidth: MINIMUM_SIZE.width,
    minHeight: MINIMUM_SIZE.height,
    // Shown on `ready-to-show`, so the user never sees an empty white frame.
    show: false,
    backgroundColor: windowBackgroundColor(darkTheme),
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: the preload exposes only the contract's named functions, never ipcRenderer (bridge-api.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click must not open a link in a new Electron window.
      disableBlinkFeatures: 'Auxclick',
      // Photos dropped outside the editor must not replace the app with the image file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  });
}
