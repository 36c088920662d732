// The Electron runtime itself cannot run here, so these are the decisions main.ts wires into
// Electron's hooks, tested as plain functions; `resolveAppRequest` runs against a real folder.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  appResponseHeaders,
  CONTENT_SECURITY_POLICY,
  decideWindowOpen,
  isNavigationAllowed,
  isPermissionGranted,
  resolveAppRequest,
} from '../../../electron/security.ts';

describe('content security policy', () => {
  it('allows no inline or evaluated script or style', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('is the same policy in the page itself, less what a <meta> cannot carry', () => {
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter(Boolean)
        .sort();
    const headerWithoutFrameAncestors = directives(CONTENT_SECURITY_POLICY).filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta && directives(meta)).toEqual(headerWithoutFrameAncestors);
  });

  it('is sent with every response, HTML included', () => {
    expect(appResponseHeaders('text/html; charset=utf-8')['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });
});

describe('navigation', () => {
  it('stays inside the app', () => {
    expect(isNavigationAllowed(`${APP_ORIGIN}/`)).toBe(true);
    expect(isNavigationAllowed(`${APP_ORIGIN}/library?state=draft`)).toBe(true);
  });

  it.each([
    'https://portal.example.gov.vn/',
    'http://127.0.0.1:4780/',
    'file:///etc/passwd',
    'app://other/',
    'app://evil@newsdesk/',
    'app://newsdesk:8080/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('window.open and target=_blank', () => {
  it.each(['https://portal.example.gov.vn/tin-tuc', 'http://example.com/', 'mailto:toasoan@example.gov.vn'])(
    'never opens a window, and hands %s to the system',
    (url) => {
      const decision = decideWindowOpen(url);
      expect(decision.action).toBe('deny');
      expect(decision.openExternally).toBe(new URL(url).href);
    },
  );

  it.each(['file:///etc/passwd', 'javascript:alert(1)', `${APP_ORIGIN}/`, 'smb://server/share', 'garbage'])(
    'never opens a window and ignores %s',
    (url) => {
      expect(decideWindowOpen(url)).toEqual({ action: 'deny', openExternally: null });
    },
  );
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen'])('denies %s', (permission) => {
    expect(isPermissionGranted(permission)).toBe(false);
  });

  it('lets the app write plain text to the clipboard, never read it', () => {
    expect(isPermissionGranted('clipboard-sanitized-write')).toBe(true);
    expect(isPermissionGranted('clipboard-read')).toBe(false);
  });
});

describe('resolveAppRequest', () => {
  let root: string;
  let rendererDir: string;
  let photoPath: string;
  const photoName = `${'a'.repeat(64)}.jpg`;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsdesk-app-protocol-'));
    rendererDir = path.join(root, 'dist', 'renderer');
    mkdirSync(path.join(rendererDir, 'bundle'), { recursive: true });
    writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html>');
    writeFileSync(path.join(rendererDir, 'bundle', 'index-1234.js'), 'export {};');
    writeFileSync(path.join(root, 'dist', 'secret.txt'), 'outside the renderer');
    mkdirSync(path.join(root, 'data', 'assets'), { recursive: true });
    photoPath = path.join(root, 'data', 'assets', photoName);
    writeFileSync(photoPath, 'jpeg bytes');
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const resolve = (url: string) =>
    resolveAppRequest(url, {
      rendererDir,
      assetPath: (name) => (name === photoName ? photoPath : null),
    });

  it('serves index.html for the root and for client-side routes', () => {
    const index = path.join(rendererDir, 'index.html');
    expect(resolve(`${APP_ORIGIN}/`)).toEqual({ status: 200, filePath: index, contentType: 'text/html; charset=utf-8' });
    expect(resolve(`${APP_ORIGIN}/library/drafts`)).toMatchObject({ status: 200, filePath: index });
  });

  it('serves renderer files with their type', () => {
    expect(resolve(`${APP_ORIGIN}/bundle/index-1234.js?v=1`)).toEqual({
      status: 200,
      filePath: path.join(rendererDir, 'bundle', 'index-1234.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
  });

  it('answers 404 for a missing file rather than index.html', () => {
    expect(resolve(`${APP_ORIGIN}/bundle/missing.js`)).toEqual({ status: 404 });
  });

  it('serves stored photos from /assets and nothing else there', () => {
    expect(resolve(`${APP_ORIGIN}/assets/${photoName}`)).toEqual({
      status: 200,
      filePath: photoPath,
      contentType: 'image/jpeg',
    });
    expect(resolve(`${APP_ORIGIN}/assets/unknown.jpg`)).toEqual({ status: 404 });
    expect(resolve(`${APP_ORIGIN}/assets/sub/${photoName}`)).toEqual({ status: 404 });
  });

  it.each([
    '/../secret.txt',
    '/bundle/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/..%2Fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/assets/..%2f..%2fdist%2fsecret.txt',
    '/assets/%2e%2e',
    '/%00index.html',
    '/%E0%A4%A',
  ])('refuses the traversal %s', (pathname) => {
    expect(resolve(`${APP_ORIGIN}${pathname}`)).toEqual({ status: 404 });
  });

  it('refuses addresses outside the app origin', () => {
    expect(resolve('app://other/index.html')).toEqual({ status: 404 });
    expect(resolve('file:///etc/passwd')).toEqual({ status: 404 });
  });
});
