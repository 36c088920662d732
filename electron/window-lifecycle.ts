/**
 * What the main window does over its life besides showing the page: it remembers where it was,
 * and a crashed page is reloaded (the editor then offers back what was being written) unless it
 * keeps crashing, when the user is asked.
 */
import { app, dialog, type BrowserWindow } from 'electron';
import { isCrash, pageReloadGuard } from './crash-policy.ts';
import type { MenuText } from './menu.ts';
import type { windowStateFile } from './window-state.ts';

type Log = (message: string, details: Record<string, unknown>) => void;

/** Writes the window's place as the user moves or resizes it (settled for half a second) and as it closes. */
export function rememberPlacement(window: BrowserWindow, file: ReturnType<typeof windowStateFile>, log: Log): void {
  let pending: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(pending);
    if (window.isDestroyed()) return;
    try {
      file.write({ ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log('window position not saved', { error: String(error) });
    }
  };
  const saveSoon = () => {
    clearTimeout(pending);
    pending = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event as 'resize', saveSoon);
  window.on('close', save);
}

export function reloadAfterCrashes(window: BrowserWindow, text: () => MenuText, log: Log): void {
  const mayReload = pageReloadGuard();
  window.webContents.on('render-process-gone', (_event, details) => {
    log('page process gone', { reason: details.reason, exitCode: details.exitCode });
    if (!isCrash(details.reason) || window.isDestroyed()) return;
    if (mayReload()) {
      window.webContents.reload();
      return;
    }
    const words = text();
    void dialog
      .showMessageBox(window, {
        type: 'error',
        title: 'Newsdesk',
        message: words.pageKeepsStopping,
        detail: words.pageKeepsStoppingDetail,
        buttons: [words.reloadWindow, words.quitNewsdesk],
        defaultId: 0,
        cancelId: 1,
      })
      .then(({ response }) => (response === 0 && !window.isDestroyed() ? window.webContents.reload() : app.quit()));
  });
  window.webContents.on('unresponsive', () => log('page not responding', {}));
}
