import { useCallback, useEffect, useRef, useState } from 'react';

/** The preview follows the writing once typing pauses this long: serialising a long article is not keystroke work. */
export const PREVIEW_DELAY_MS = 300;

/**
 * What the live preview shows of the article being written (`read` gives it: the fields and the
 * body). It is read only while the preview is open, at once when it opens, then after each pause in
 * typing, in the body or in a field, so a keystroke never serialises the whole article or
 * re-renders the screen around the editor, and the preview is drawn in the pause itself rather than
 * a while later, when the writer may be typing again.
 */
export function useLivePreview<T>(read: () => T, initial: T, open: boolean) {
  const [shown, setShown] = useState(initial);
  const openRef = useRef(open);
  openRef.current = open;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const readNow = useCallback(() => {
    timer.current = null;
    if (openRef.current) setShown(read());
  }, [read]);

  useEffect(() => {
    if (open) readNow();
  }, [open, readNow]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const changed = useCallback(() => {
    if (!openRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(readNow, PREVIEW_DELAY_MS);
  }, [readNow]);

  return { shown, changed };
}
