/**
 * Closes every way out of the page: navigation, redirects, pop-ups, webviews and permission
 * prompts. Typed by the parts of Electron's WebContents and Session it touches (no import of
 * 'electron'), so the tests can hand it stand-ins and watch what it refuses.
 */
import { decideWindowOpen, isNavigationAllowed, isPermissionGranted } from './security.ts';

interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface GuardedSession {
  setPermissionRequestHandler(handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export interface GuardHooks {
  /** Hands an address to the system browser or mail client. */
  openExternally(url: string): void;
  log(message: string, details: Record<string, unknown>): void;
}

export function guardWebContents(contents: GuardedContents, { openExternally, log }: GuardHooks): void {
  contents.on('will-navigate', (event, url) => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    log('navigation blocked', { url });
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (isNavigationAllowed(url)) return;
    event.preventDefault();
    log('redirect blocked', { url });
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('webview blocked', {});
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url);
    if (decision.openExternally !== null) openExternally(decision.openExternally);
    else log('window.open refused', { url });
    return { action: decision.action };
  });
}

/** Every permission request and check is answered by isPermissionGranted (nearly always no). */
export function guardPermissions(session: GuardedSession): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
}
