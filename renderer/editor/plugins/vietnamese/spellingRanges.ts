import type { Misspelling } from '../../../../core/vietnamese/spellChecker.ts';

/** The blocks whose text is checked as one run (a word never spans two of them). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote';

export interface MisspeltRange {
  word: string;
  range: Range;
}

/**
 * DOM ranges of the unknown words in `element` (one of the body's blocks, or the whole body),
 * block by block. `check` is asked once per block text; the caller may remember its answers.
 */
export function misspeltRanges(element: HTMLElement, check: (text: string) => readonly Misspelling[]): MisspeltRange[] {
  const found: MisspeltRange[] = [];
  const blocks = [...(element.matches(BLOCKS) ? [element] : []), ...element.querySelectorAll<HTMLElement>(BLOCKS)];
  for (const block of blocks) {
    if (block.closest('[contenteditable="false"]')) continue;
    const texts: Text[] = [];
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(BLOCKS) === block && !node.parentElement.closest('[contenteditable="false"]'))
        texts.push(node as Text);
    }
    const misspellings = check(texts.map((text) => text.data).join(''));
    if (misspellings.length === 0) continue;
    const starts: number[] = [];
    let offset = 0;
    for (const text of texts) {
      starts.push(offset);
      offset += text.data.length;
    }
    const locate = (at: number, end: boolean): [Text, number] => {
      for (let index = texts.length - 1; index >= 0; index--) {
        const start = starts[index]!;
        if (at > start || (at === start && !end) || index === 0) return [texts[index]!, at - start];
      }
      return [texts[0]!, at];
    };
    for (const misspelling of misspellings) {
      const range = document.createRange();
      range.setStart(...locate(misspelling.start, false));
      range.setEnd(...locate(misspelling.end, true));
      found.push({ word: misspelling.word, range });
    }
  }
  return found;
}

/** The misspelt word at a point of the document, if any. */
export function misspeltAt(ranges: readonly MisspeltRange[], node: Node, offset: number): MisspeltRange | null {
  return ranges.find(({ range }) => range.isPointInRange(node, offset)) ?? null;
}

/** The caret position under a pointer. */
export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const position = document.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
