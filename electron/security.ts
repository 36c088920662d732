/**
 * The desktop shell's security decisions, kept free of Electron so they can be tested in Node.
 * `main.ts` only wires these answers into Electron's hooks.
 */
import { CONTENT_SECURITY_POLICY } from '../core/bridge/contentSecurityPolicy.ts';
import { appFileFor, safeSegments, type AppFileSources } from '../core/bridge/appFiles.ts';
import { contentTypeOf } from '../core/bridge/contentTypes.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export { CONTENT_SECURITY_POLICY };

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `app:` is not a WHATWG special scheme, so `URL.origin` is "null" in Node; compare the parts
 * instead, and refuse credentials or a port that could make a look-alike address.
 */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

const EXTERNAL_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export interface WindowOpenDecision {
  action: 'deny';
  /** The address to give to the system browser or mail client, or null to ignore the request. */
  openExternally: string | null;
}

export function decideWindowOpen(url: string): WindowOpenDecision {
  const parsed = parseUrl(url);
  const external = parsed !== null && EXTERNAL_LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
  return { action: 'deny', openExternally: external };
}

/**
 * Newsdesk needs no camera, microphone, location, notifications or device access. It may put text
 * on the clipboard ("copy details", "copy diagnostics report"), which Electron checks as
 * `clipboard-sanitized-write`; reading the clipboard stays refused (paste goes through the editor).
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission);
}

export type AppRequestResolution = { status: 200; filePath: string; contentType: string } | { status: 404 };

export type AppRequestSources = AppFileSources;

/** Maps `app://newsdesk/<path>` to the file `appFileFor` names, the same one browser mode serves. */
export function resolveAppRequest(url: string, sources: AppRequestSources): AppRequestResolution {
  if (!isAppUrl(url)) return { status: 404 };
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  const parsed = parseUrl(url);
  const filePath = parsed === null || safeSegments(parsed.pathname) === null ? null : appFileFor(rawPath, sources);
  return filePath === null ? { status: 404 } : { status: 200, filePath, contentType: contentTypeOf(filePath) };
}

/** Headers for every `app://` response; the CSP travels as a header so it also covers HTML. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}
