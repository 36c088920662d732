// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article } from '../../../../core/model/article.ts';
import type { SerializedNode } from '../../../../core/model/document.ts';
import { renderArticleContent } from '../../../../core/render/articleContent.ts';
import { PreviewDocument } from '../../../../renderer/preview/PreviewDocument.ts';
import sample from '../../../../seeds/articles/hoi-nghi-nong-thon-moi-2021.json';
import { plainParagraph } from '../../../helpers/editorDocument.ts';

const options = { assetUrl: (name: string) => `/assets/${name}` };
const sampleArticle = (): Article => ArticleSchema.parse({ ...sample, id: crypto.randomUUID() });

/** Each block of the body, the header and the footer as markup, the line breaks between blocks aside. */
function shape(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.nd-article > *, .nd-body > *')].map((element) =>
    element.classList.contains('nd-body') ? 'nd-body' : element.outerHTML,
  );
}

/** What a page shows of the article rendered whole, as the export and the portal get it. */
function renderedWhole(article: Article): string[] {
  const container = document.createElement('div');
  container.innerHTML = renderArticleContent(article, options);
  return shape(container);
}

function withBlocks(article: Article, children: SerializedNode[]): Article {
  return { ...article, body: { root: { ...article.body.root, children } } };
}

describe('PreviewDocument', () => {
  it('shows what renderArticleContent writes, after every kind of change', () => {
    const container = document.createElement('div');
    const preview = new PreviewDocument(container, options);
    const article = sampleArticle();
    const blocks = article.body.root.children;
    const steps: Article[] = [
      article,
      withBlocks(article, [...blocks.slice(0, 2), plainParagraph('Đoạn chen vào giữa'), ...blocks.slice(2)]),
      withBlocks(article, [plainParagraph('Đoạn đầu mới'), ...blocks.slice(1, -1)]),
      { ...withBlocks(article, blocks.slice(1)), title: 'Tiêu đề khác', byline: '', tags: ['nông thôn mới'] },
      withBlocks(article, []),
      withBlocks(article, [plainParagraph('<b>Không phải thẻ</b> & ký tự')]),
      article,
    ];
    for (const step of steps) {
      preview.show(step);
      expect(shape(container)).toEqual(renderedWhole(step));
    }
  });

  it('replaces only the paragraph that changed, and keeps the body as it is when only the title changed', () => {
    const container = document.createElement('div');
    const preview = new PreviewDocument(container, options);
    const article = sampleArticle();
    const blocks = [...article.body.root.children, plainParagraph('Đoạn cuối')];
    preview.show(withBlocks(article, blocks));
    const before = [...container.querySelectorAll('.nd-body > *')];

    const typed = [...blocks];
    typed[1] = plainParagraph('Đoạn thứ hai, vừa gõ thêm');
    preview.show(withBlocks(article, typed));
    const after = [...container.querySelectorAll('.nd-body > *')];
    expect(after).toHaveLength(before.length);
    after.forEach((element, index) => (index === 1 ? expect(element).not.toBe(before[index]) : expect(element).toBe(before[index])));
    expect(after[1]?.textContent).toBe('Đoạn thứ hai, vừa gõ thêm');

    const body = container.querySelector('.nd-body');
    preview.show({ ...withBlocks(article, typed), title: 'Tiêu đề đã sửa' });
    expect(container.querySelector('.nd-title')?.textContent).toBe('Tiêu đề đã sửa');
    // The body's element itself stays in the page (moved, its whole text would be laid out again).
    expect(container.querySelector('.nd-body')).toBe(body);
    expect([...container.querySelectorAll('.nd-body > *')]).toEqual(after);
    [...container.querySelectorAll('.nd-body > *')].forEach((element, index) => expect(element).toBe(after[index]));
  });
});
