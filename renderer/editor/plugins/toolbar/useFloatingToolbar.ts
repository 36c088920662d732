import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

export interface FloatingPlace {
  top: number;
  left: number;
}

/** Space kept between the selected words and the toolbar, and from the window's edges. */
const GAP_PX = 8;

/** The selected words inside the editor, or null when the selection is a caret or lies elsewhere. */
function selectedTextRect(editor: LexicalEditor, includeCaret: boolean): DOMRect | null {
  const root = editor.getRootElement();
  const selection = window.getSelection();
  if (!root || !selection || selection.rangeCount === 0) return null;
  if (selection.isCollapsed && !includeCaret) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const rect = range.getBoundingClientRect();
  return rect.width === 0 && rect.height === 0 && !includeCaret ? null : rect;
}

/** Above the words when there is room, else below them; never past the window's edges. */
function placeNear(words: DOMRect, bar: HTMLElement): FloatingPlace {
  const { offsetWidth: width, offsetHeight: height } = bar;
  const above = words.top - height - GAP_PX;
  const top = above >= GAP_PX ? above : words.bottom + GAP_PX;
  const centred = words.left + words.width / 2 - width / 2;
  const left = Math.min(Math.max(GAP_PX, centred), Math.max(GAP_PX, window.innerWidth - width - GAP_PX));
  return { top: Math.round(top), left: Math.round(left) };
}

/**
 * Where the formatting toolbar floats, as in Ghost or Medium: beside the words selected in the
 * text, following them as the page scrolls; null keeps it docked above the text. While focus is in
 * the toolbar or its link box (the text's selection has moved there), it stays where it was.
 * `pin()` places it at the caret or selection now, even a caret: the link box opens at the text.
 */
export function useFloatingToolbar(editor: LexicalEditor, bar: RefObject<HTMLElement | null>) {
  const [place, setPlace] = useState<FloatingPlace | null>(null);
  const [words, setWords] = useState<DOMRect | null>(null);
  const pinned = useRef(false);

  const follow = useCallback(() => {
    if (pinned.current || bar.current?.contains(document.activeElement)) return;
    setWords(selectedTextRect(editor, false));
  }, [editor, bar]);

  const pin = useCallback(() => {
    pinned.current = true;
    setWords(selectedTextRect(editor, true));
  }, [editor]);
  const unpin = useCallback(() => {
    pinned.current = false;
    setWords(selectedTextRect(editor, false));
  }, [editor]);

  useEffect(() => {
    document.addEventListener('selectionchange', follow);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    // The text moves when a pane opens beside it or a photo loads above it.
    const moved = new ResizeObserver(follow);
    const root = editor.getRootElement();
    if (root) moved.observe(root);
    return () => {
      moved.disconnect();
      document.removeEventListener('selectionchange', follow);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [follow, editor]);

  // Measured after the toolbar has taken its floating form (its width changes when it leaves the column).
  useLayoutEffect(() => {
    setPlace(words && bar.current ? placeNear(words, bar.current) : null);
  }, [words, bar]);

  return { floating: words !== null, place, pin, unpin };
}
