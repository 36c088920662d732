import { statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';

export interface AppFileSources {
  /** The built renderer (`dist/renderer`). */
  rendererDir: string;
  /** A stored photo's file, or null when the name is not a stored asset. */
  assetPath(name: string): string | null;
  isFile?: (filePath: string) => boolean;
}

/**
 * The file that a request path of the app names, for Electron's app:// protocol and the
 * browser-mode bridge alike: `/assets/<name>` is a stored photo, anything else a file of the built
 * renderer; an unknown path without an extension is a client-side route and gets `index.html`.
 * Null for anything else, including every way of stepping outside those folders. Give it the path
 * as it arrived: a parsed URL has already folded `..` away, hiding the attempt.
 */
export function appFileFor(rawPath: string, sources: AppFileSources): string | null {
  const segments = safeSegments(rawPath);
  if (segments === null) return null;
  const isFile = sources.isFile ?? isRegularFile;

  if (segments[0] === 'assets') {
    const stored = segments.length === 2 && segments[1] !== undefined ? sources.assetPath(segments[1]) : null;
    return stored !== null && isFile(stored) ? stored : null;
  }
  const indexFile = join(sources.rendererDir, 'index.html');
  if (segments.length === 0) return isFile(indexFile) ? indexFile : null;
  const candidate = join(sources.rendererDir, ...segments);
  if (!isInside(sources.rendererDir, candidate)) return null;
  if (isFile(candidate)) return candidate;
  const looksLikeRoute = extname(segments[segments.length - 1] ?? '') === '';
  return looksLikeRoute && isFile(indexFile) ? indexFile : null;
}

/**
 * Splits a URL path into decoded segments, or null when any segment could step outside a folder
 * once decoded (`..`, `%2e%2e`, an encoded slash or backslash, a NUL, a drive letter).
 */
export function safeSegments(pathname: string): string[] | null {
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
  const path = relative(resolve(root), resolve(candidate));
  return path !== '' && !path.startsWith('..') && !isAbsolute(path);
}

function isRegularFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}
