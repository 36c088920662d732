// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NewsdeskApi } from '../../../../core/api.ts';
import type { PaperName, PrintedFile } from '../../../../core/model/print.ts';
import { ApiProvider } from '../../../../renderer/api/ApiContext.tsx';
import { PrintCheck } from '../../../../renderer/article/ArticlePrint.tsx';
import { I18nProvider } from '../../../../renderer/i18n/I18nContext.tsx';

// jsdom draws no PDF pages (pdf.js needs a canvas); the pages themselves are checked in Chromium by
// print.spec.ts. This checks when the side panel asks the core to typeset the article.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
vi.mock('../../../../renderer/print/pdfjs.ts', () => ({
  openPdf: () => ({ promise: new Promise(() => undefined), destroy: () => undefined }),
}));

const ARTICLE = 'a0c4a6a2-6d0b-4c8e-9d0c-2f1f7e1a9b11';

describe('PrintCheck beside the article', () => {
  let root: Root;
  let host: HTMLElement;
  let printed: Array<{ id: string; paper: PaperName }>;
  let api: NewsdeskApi;

  beforeEach(() => {
    vi.useFakeTimers();
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    printed = [];
    const article = async (id: string, options: { paper: PaperName }): Promise<PrintedFile> => {
      printed.push({ id, paper: options.paper });
      return {
        fileName: 'bai.pdf',
        pdfBase64: '',
        pageCount: 1,
        warnings: [{ code: 'empty-sapo', articleId: id, articleTitle: 'Bài thử' }],
      };
    };
    api = { print: { article } } as unknown as NewsdeskApi;
  });

  afterEach(() => {
    act(() => root.unmount());
    host.remove();
    vi.useRealTimers();
  });

  const render = (paper: PaperName) =>
    act(() =>
      root.render(
        createElement(I18nProvider, null, createElement(ApiProvider, { api, children: createElement(PrintCheck, { id: ARTICLE, paper }) })),
      ),
    );

  it('typesets nothing for a reader who goes straight on (to the editor): the core is left free to open it', async () => {
    render('A4');
    await act(() => vi.advanceTimersByTimeAsync(500));
    act(() => root.render(null));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(printed).toEqual([]);
  });

  it('shows the findings once the reader has stayed a moment, and prints again at once for another paper', async () => {
    render('A4');
    await act(() => vi.advanceTimersByTimeAsync(1_100));
    expect(printed).toEqual([{ id: ARTICLE, paper: 'A4' }]);
    expect(host.textContent).toContain('Bài thử');

    render('A5');
    await act(() => vi.advanceTimersByTimeAsync(0));
    expect(printed).toEqual([
      { id: ARTICLE, paper: 'A4' },
      { id: ARTICLE, paper: 'A5' },
    ]);
  });
});
