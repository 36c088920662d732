import { useLayoutEffect } from 'react';

/**
 * Marks, in the margin of the text, each paragraph that an open comment is about. The rules are a
 * constructed stylesheet (allowed by the CSP) keyed on the paragraph's position, so they hold while
 * the editor redraws its paragraphs and need no change to the editor's own nodes.
 */
export function useCommentMarks(textSelector: string, blocks: number[]): void {
  const key = [...new Set(blocks)].sort((a, b) => a - b).join(',');
  useLayoutEffect(() => {
    if (key === '') return;
    const sheet = new CSSStyleSheet();
    const rules = key
      .split(',')
      .map((block) => `${textSelector} > :nth-child(${Number(block) + 1}){box-shadow:-0.75rem 0 0 -0.5rem var(--comment-mark)}`);
    sheet.replaceSync(rules.join('\n'));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [key, textSelector]);
}
