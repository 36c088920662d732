/**
 * The desktop shell's security decisions, kept free of Electron so they can be tested in Node.
 * `main.ts` only wires these answers into Electron's hooks.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../core/bridge/contentSecurityPolicy.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/`;

export { CONTENT_SECURITY_POLICY };

export interface SecureWebPreferences {
  preload: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  experimentalFeatures: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  spellcheck: true;
}

export interface MainWindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  backgroundColor: string;
  webPreferences: SecureWebPreferences;
}

export function mainWindowOptions(preloadPath: string): MainWindowOptions {
  return {
    title: 'Newsdesk',
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    // Shown on `ready-to-show`, so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Photos dropped outside the editor must not replace the app with the image file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  };
}

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

/** Newsdesk needs no camera, microphone, location, notifications or device access. */
export function isPermissionGranted(_permission: string): false {
  return false;
}

export type AppRequestResolution =
  | { status: 200; filePath: string; contentType: string }
  | { status: 404 };

export interface AppRequestSources {
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  /** `Newsdesk.assetPath`: the stored photo for a name, or null. */
  assetPath: (name: string) => string | null;
  isFile?: (filePath: string) => boolean;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function isRegularFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/**
 * Splits a URL path into decoded segments, or null when any segment could step outside a folder
 * once decoded (`..`, `%2e%2e`, an encoded slash or backslash, a NUL, a drive letter).
 */
function safeSegments(pathname: string): string[] | null {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '.' || segment === '..' || /[/\\\0:]/.test(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function found(filePath: string): AppRequestResolution {
  return { status: 200, filePath, contentType: contentTypeFor(filePath) };
}

/**
 * Maps `app://newsdesk/<path>` to a file: `/assets/<name>` is a stored photo, anything else a file
 * of the built renderer. An unknown path without an extension is a client-side route and gets
 * `index.html`; an unknown file is a 404.
 */
export function resolveAppRequest(url: string, sources: AppRequestSources): AppRequestResolution {
  const notFound: AppRequestResolution = { status: 404 };
  if (!isAppUrl(url)) return notFound;
  // The raw string is checked too: a parsed URL has already folded `..` away, hiding the attempt.
  const rawPath = url.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] ?? '';
  const segments = safeSegments(rawPath);
  const parsed = parseUrl(url);
  if (segments === null || parsed === null || safeSegments(parsed.pathname) === null) return notFound;
  const isFile = sources.isFile ?? isRegularFile;

  if (segments[0] === 'assets') {
    const name = segments[1];
    if (segments.length !== 2 || name === undefined) return notFound;
    const stored = sources.assetPath(name);
    return stored !== null && isFile(stored) ? found(stored) : notFound;
  }

  const indexFile = path.join(sources.rendererDir, 'index.html');
  if (segments.length === 0) return isFile(indexFile) ? found(indexFile) : notFound;

  const candidate = path.join(sources.rendererDir, ...segments);
  if (!isInside(sources.rendererDir, candidate)) return notFound;
  if (isFile(candidate)) return found(candidate);

  const last = segments[segments.length - 1] ?? '';
  const looksLikeRoute = path.extname(last) === '';
  return looksLikeRoute && isFile(indexFile) ? found(indexFile) : notFound;
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
