import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Misspelling } from '../../../../core/vietnamese/spellChecker.ts';
import { SpellingMenu, type SpellingMenuRequest } from './SpellingMenu.tsx';
import { caretAt, misspeltAt, misspeltRanges, type MisspeltRange } from './spellingRanges.ts';
import { useWritingAids } from './WritingAidsContext.tsx';
import './spelling.css';

/** The CSS highlight the body's unknown words are drawn with (`::highlight(newsdesk-spelling)`). */
export const SPELLING_HIGHLIGHT = 'newsdesk-spelling';
/** Checking waits for a pause in typing this long, so keystrokes never wait for it. */
const PAUSE_MS = 150;

/**
 * Underlines the body's unknown syllables (CSS Custom Highlights: the document is not touched) and
 * offers suggestions on a right click or Shift+F10. Checking runs after a pause in typing, paragraph
 * by paragraph: a paragraph whose text did not change is not checked again.
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
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => {
      const root = editor.getRootElement();
      ranges.current = root ? misspeltRanges(root, check) : [];
      highlight.clear();
      for (const { range } of ranges.current) highlight.add(range);
      root?.setAttribute('data-spelling-checked', String(ranges.current.length));
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(refresh, PAUSE_MS);
    };
    refresh();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size > 0 || dirtyLeaves.size > 0) schedule();
    });
    return () => {
      clearTimeout(timer);
      unregister();
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
