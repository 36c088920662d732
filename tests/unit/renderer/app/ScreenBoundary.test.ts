// @vitest-environment jsdom
import { act, createElement, Fragment } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScreenBoundary } from '../../../../renderer/app/ScreenBoundary.tsx';
import { I18nProvider } from '../../../../renderer/i18n/I18nContext.tsx';
import { version } from '../../../../package.json';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

/** A screen that fails to render while `broken.now` is true. */
const broken = { now: true, renders: 0 };
function FragileScreen() {
  broken.renders += 1;
  if (broken.now) throw new TypeError("Cannot read properties of null (reading 'trim')");
  return createElement('h1', null, 'Thư viện bài viết');
}

describe('ScreenBoundary', () => {
  let root: Root;
  let host: HTMLElement;
  const render = (screen: string, child: () => ReturnType<typeof createElement>) =>
    act(() =>
      root.render(
        createElement(
          I18nProvider,
          null,
          createElement(
            Fragment,
            null,
            createElement('nav', null, 'Thư viện · Sao lưu'),
            createElement(ScreenBoundary, { key: screen, screen, children: child() }),
          ),
        ),
      ),
    );
  const button = (name: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === name);

  beforeEach(() => {
    broken.now = true;
    broken.renders = 0;
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host, { onCaughtError: () => undefined });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.restoreAllMocks();
  });

  it('shows the failure in place of the screen only, and reloads just that screen', async () => {
    await render('library', () => createElement(FragileScreen));
    expect(host.querySelector('nav')?.textContent).toBe('Thư viện · Sao lưu');
    const panel = host.querySelector('[role="alert"]');
    expect(panel?.querySelector('h2')?.textContent).toBe('Màn hình này gặp lỗi');
    expect(panel?.textContent).toContain("Lỗi: Cannot read properties of null (reading 'trim')");

    broken.now = false;
    await act(async () => button('Tải lại màn hình này')?.click());
    expect(host.querySelector('h1')?.textContent).toBe('Thư viện bài viết');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('starts clean on another screen', async () => {
    await render('library', () => createElement(FragileScreen));
    expect(host.querySelector('[role="alert"]')).not.toBeNull();
    await render('backups', () => createElement('h1', null, 'Sao lưu và khôi phục'));
    expect(host.querySelector('h1')?.textContent).toBe('Sao lưu và khôi phục');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('copies the message, both stacks, the version and the screen, and says so', async () => {
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    await render('editor 9a3b5c7d', () => createElement(FragileScreen));
    await act(async () => button('Sao chép chi tiết')?.click());
    expect(host.querySelector('[role="status"]')?.textContent).toBe('Đã sao chép');
    expect(copied).toContain(`Ứng dụng: Newsdesk ${version}`);
    expect(copied).toContain('Màn hình: editor 9a3b5c7d');
    expect(copied).toContain("Lỗi: TypeError: Cannot read properties of null (reading 'trim')");
    expect(copied).toMatch(/Vị trí lỗi \(stack\):\nTypeError: Cannot read properties of null \(reading 'trim'\)\n\s+at FragileScreen/);
    expect(copied).toMatch(/Thành phần giao diện \(component stack\):\n\s*at FragileScreen/);
    expect(host.querySelector('pre')?.textContent).toBe(copied);

    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new Error('denied')) },
    });
    await act(async () => button('Sao chép chi tiết')?.click());
    expect(host.querySelector('[role="status"]')?.textContent).toContain('Không sao chép được');
  });
});
