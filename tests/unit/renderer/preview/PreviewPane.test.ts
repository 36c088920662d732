// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleSchema, type Article } from '../../../../core/model/article.ts';
import { I18nProvider } from '../../../../renderer/i18n/I18nContext.tsx';
import { PreviewPane } from '../../../../renderer/preview/PreviewPane.tsx';
import sample from '../../../../seeds/articles/hoi-nghi-nong-thon-moi-2021.json';

const SAMPLE_TITLE = 'Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021';
// The jsdom environment has no file: URLs, so the helper that reads the seed from disk cannot run here.
// Seeds carry no id (each data folder gives its samples their own): this one gets one here.
const sampleArticle = async (): Promise<Article> => ArticleSchema.parse({ ...sample, id: crypto.randomUUID() });

// jsdom has neither layout nor adopted stylesheets nor speech; this checks what React does with
// the pane (debounce, focus, scroll); the real rendering is checked in Chromium by preview.spec.ts.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
// jsdom loads no fonts; the font files themselves are checked by preview.spec.ts.
vi.mock('../../../../renderer/preview/portalFontUrls.ts', () => ({
  portalFontUrls: { serifRegular: 'a.ttf', serifBold: 'b.ttf', serifItalic: 'c.ttf', sansRegular: 'd.ttf', sansBold: 'e.ttf' },
}));

describe('PreviewPane', () => {
  let root: Root;
  let host: HTMLElement;

  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
  });

  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });

  const render = (article: Article) => act(() => root.render(createElement(I18nProvider, null, createElement(PreviewPane, { article }))));
  const title = () => host.querySelector('.nd-title')?.textContent;

  it('adopts the portal stylesheet while shown and drops it when closed', async () => {
    render(await sampleArticle());
    expect(title()).toBe(SAMPLE_TITLE);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    act(() => root.render(createElement('p')));
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });

  it('follows the article being typed after a pause, without taking focus or losing the scroll position', async () => {
    const article = await sampleArticle();
    render(article);
    const editor = document.body.appendChild(document.createElement('textarea'));
    editor.focus();
    const frame = host.querySelector<HTMLElement>('.preview-frame')!;
    frame.scrollTop = 420;
    frame.dispatchEvent(new Event('scroll'));
    const content = host.querySelector('.nd-portal');

    render({ ...article, title: 'Hội nghị trực' });
    render({ ...article, title: 'Hội nghị trực tuyến năm 2022' });
    expect(title()).toBe(SAMPLE_TITLE);
    act(() => vi.advanceTimersByTime(350));

    expect(title()).toBe('Hội nghị trực tuyến năm 2022');
    expect(host.querySelector('.nd-portal')).toBe(content);
    expect(frame.scrollTop).toBe(420);
    expect(document.activeElement).toBe(editor);
    editor.remove();
  });

  it('remembers night mode and the text size for the next preview', async () => {
    render(await sampleArticle());
    const button = (name: string) =>
      [...host.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
    act(() => button('Chế độ ban đêm').click());
    act(() => button('Tăng cỡ chữ').click());
    expect(host.querySelector('.nd-portal')?.getAttribute('data-theme')).toBe('dark');
    expect(host.querySelector('.nd-portal')?.getAttribute('data-font-step')).toBe('2');
    act(() => root.render(createElement('p')));
    render(await sampleArticle());
    expect(host.querySelector('.nd-portal')?.getAttribute('data-theme')).toBe('dark');
    expect(host.querySelector('.nd-portal')?.getAttribute('data-font-step')).toBe('2');
    localStorage.clear();
  });
});
