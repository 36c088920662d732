// The Electron runtime cannot run here: these stand-ins for WebContents and Session record the
// listeners guardWebContents and denyAllPermissions install, and the tests fire them the way
// Electron would when a page tries to leave the app.
import { describe, expect, it } from 'vitest';
import { guardPermissions, guardWebContents, type GuardedContents, type GuardedSession } from '../../../electron/guards.ts';
import { APP_ORIGIN } from '../../../electron/security.ts';

type Listener = (...args: never[]) => unknown;

function standInContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  const contents = {
    on(event: string, listener: Listener) {
      listeners.set(event, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
      openHandler = handler;
    },
  };
  const opened: string[] = [];
  const logged: string[] = [];
  guardWebContents(contents as unknown as GuardedContents, {
    openExternally: (url) => opened.push(url),
    log: (message) => logged.push(message),
  });

  function fire(event: string, ...args: unknown[]): boolean {
    let prevented = false;
    const preventable = { preventDefault: () => (prevented = true) };
    const listener = listeners.get(event) as ((...a: unknown[]) => void) | undefined;
    if (!listener) throw new Error(`no listener for ${event}`);
    if (event === 'will-frame-navigate') listener({ ...preventable, url: args[0] });
    else listener(preventable, ...args);
    return prevented;
  }
  const windowOpen = (url: string) => openHandler!({ url });
  return { fire, windowOpen, opened, logged };
}

describe('guardWebContents', () => {
  it('lets the app move between its own pages', () => {
    const page = standInContents();
    expect(page.fire('will-navigate', `${APP_ORIGIN}/library`)).toBe(false);
    expect(page.fire('will-frame-navigate', `${APP_ORIGIN}/`)).toBe(false);
  });

  it('stops navigation, frame navigation and redirects to anything else, and logs them', () => {
    const page = standInContents();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://newsdesk.evil/', 'javascript:alert(1)']) {
      expect(page.fire('will-navigate', url)).toBe(true);
      expect(page.fire('will-frame-navigate', url)).toBe(true);
      expect(page.fire('will-redirect', url)).toBe(true);
    }
    expect(page.logged.filter((m) => m === 'navigation blocked')).toHaveLength(4);
    expect(page.logged.filter((m) => m === 'redirect blocked')).toHaveLength(4);
  });

  it('never attaches a webview', () => {
    const page = standInContents();
    expect(page.fire('will-attach-webview')).toBe(true);
    expect(page.logged).toContain('webview blocked');
  });

  it('opens no new window: web and mail links go to the system browser, the rest nowhere', () => {
    const page = standInContents();
    expect(page.windowOpen('https://portal.example.vn/tin-tuc')).toEqual({ action: 'deny' });
    expect(page.windowOpen('mailto:toasoan@example.vn')).toEqual({ action: 'deny' });
    expect(page.windowOpen('file:///C:/Windows/System32/calc.exe')).toEqual({ action: 'deny' });
    expect(page.windowOpen(`${APP_ORIGIN}/`)).toEqual({ action: 'deny' });
    expect(page.windowOpen('smb://server/share')).toEqual({ action: 'deny' });
    expect(page.opened).toEqual(['https://portal.example.vn/tin-tuc', 'mailto:toasoan@example.vn']);
    expect(page.logged.filter((m) => m === 'window.open refused')).toHaveLength(3);
  });
});

describe('guardPermissions', () => {
  it('answers no to every request and every check but writing text to the clipboard', () => {
    let request: Parameters<GuardedSession['setPermissionRequestHandler']>[0] | null = null;
    let check: Parameters<GuardedSession['setPermissionCheckHandler']>[0] | null = null;
    guardPermissions({
      setPermissionRequestHandler: (handler) => (request = handler),
      setPermissionCheckHandler: (handler) => (check = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem', 'hid']) {
      const answers: boolean[] = [];
      request!(null, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(check!(null, permission)).toBe(false);
    }
    const answers: boolean[] = [];
    request!(null, 'clipboard-sanitized-write', (granted) => answers.push(granted));
    expect(answers).toEqual([true]);
  });
});
