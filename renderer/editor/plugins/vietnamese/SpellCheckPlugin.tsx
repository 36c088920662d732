import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Misspelling } from '../../../../core/vietnamese/spellChecker.ts';
import { SpellingMenu, type SpellingMenuRequest } from './SpellingMenu.tsx';
import { whenIdle } from '../../../shared/whenIdle.ts';
import { BlockCache } from '../../blockCache.ts';
import { caretAt, misspeltAt, misspeltRanges, type MisspeltRange } from './spellingRanges.ts';
import { useWritingAids } from './WritingAidsContext.tsx';
import './spelling.css';

/** The CSS highlight the body's unknown words are drawn with (`::highlight(newsdesk-spelling)`). */
export const SPELLING_HIGHLIGHT = 'newsdesk-spelling';
/** Checking waits for a pause in typing this long, so keystrokes never wait for it. */
const PAUSE_MS = 150;
const FIRST_CHECK_TIMEOUT_MS = 1_000;

/**
 * Underlines the body's unknown syllables (CSS Custom Highlights: the document is not touched) and
 * offers suggestions on a right click or Shift+F10. Checking runs after a pause in typing, and only
 * over the paragraphs that changed: the others keep their underlines as they are.
 */
export function SpellCheckPlugin() {
  const [editor] = useLexicalComposerContext();
  const aids = useWritingAids();
  const checker = aids.enabled ? aids.checker : null;
  const ranges = useRef<MisspeltRange[]>([]);
  const [menu, setMenu] = useState<SpellingMenuRequest | null>(null);

  useEffect(() => {
    const highlights = typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : null;
    if (!checker || !highlights) {
      ranges.current = [];
      highlights?.delete(SPELLING_HIGHLIGHT);
      return;
    }
    const answers = new Map<string, readonly Misspelling[]>();
    const check = (text: string) => {
      let found = answers.get(text);
      if (!found) answers.set(text, (found = checker.misspellings(text)));
      return found;
    };
    const highlight = new Highlight();
    highlights.set(SPELLING_HIGHLIGHT, highlight);
    // Each block's underlines, found again only when the block changed (or Lexical drew it anew).
    const blocks = new BlockCache<{ element: HTMLElement | null; ranges: MisspeltRange[] }>(
      (block) => {
        const element = editor.getElementByKey(block.getKey());
        const found = element ? misspeltRanges(element, check) : [];
        for (const { range } of found) highlight.add(range);
        return { element, ranges: found };
      },
      (kept) => {
        for (const { range } of kept.ranges) highlight.delete(range);
      },
      (kept, block) => kept.element === editor.getElementByKey(block.getKey()),
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      ranges.current = blocks.values(editor.getEditorState()).flatMap((block) => block.ranges);
      editor.getRootElement()?.setAttribute('data-spelling-checked', String(ranges.current.length));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, PAUSE_MS);
    };
    // The first check waits for the article to be on screen.
    const cancelFirst = whenIdle(refresh, FIRST_CHECK_TIMEOUT_MS);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      cancelFirst();
      clearTimeout(timer);
      unregister();
      blocks.clear();
      highlights.delete(SPELLING_HIGHLIGHT);
    };
  }, [editor, checker, aids.revision]);

  const open = useCallback(
    (target: MisspeltRange, x: number, y: number) => {
      const { range, word } = target;
      setMenu({
        word,
        x,
        y,
        returnFocus: () => editor.focus(),
        replace: (replacement) =>
          editor.update(() => {
            if (range.startContainer !== range.endContainer || range.toString() !== word) return;
            const node = $getNearestNodeFromDOMNode(range.startContainer);
            if ($isTextNode(node)) node.spliceText(range.startOffset, word.length, replacement, true);
          }),
      });
    },
    [editor],
  );

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      const caret = caretAt(event.clientX, event.clientY);
      const target = caret && misspeltAt(ranges.current, caret.node, caret.offset);
      if (!target) return;
      event.preventDefault();
      open(target, event.clientX, event.clientY);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) return;
      const selection = window.getSelection();
      const target = selection?.anchorNode && misspeltAt(ranges.current, selection.anchorNode, selection.anchorOffset);
      if (!target) return;
      event.preventDefault();
      const box = target.range.getBoundingClientRect();
      open(target, box.left, box.bottom + 4);
    };
    root.addEventListener('contextmenu', onContextMenu);
    root.addEventListener('keydown', onKeyDown);
    return () => {
      root.removeEventListener('contextmenu', onContextMenu);
      root.removeEventListener('keydown', onKeyDown);
    };
  }, [editor, open]);

  return menu ? <SpellingMenu request={menu} onClose={() => setMenu(null)} /> : null;
}
