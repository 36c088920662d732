import { useCallback, useEffect, useRef, useState } from 'react';
import type { SerializedEditorState } from '../../core/model/document.ts';

/** The preview follows the text once typing pauses this long: serialising a long article is not keystroke work. */
export const PREVIEW_DELAY_MS = 300;

/**
 * The body the live preview shows. It is read from the editor only while the preview is open, at
 * once when it opens, then after each pause in typing, so a keystroke never serialises the whole
 * article or re-renders the screen around the editor.
 */
export function useLivePreviewBody(currentBody: () => SerializedEditorState, initialBody: SerializedEditorState, open: boolean) {
  const [body, setBody] = useState(initialBody);
  const openRef = useRef(open);
  openRef.current = open;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const read = useCallback(() => {
    timer.current = null;
    if (openRef.current) setBody(currentBody());
  }, [currentBody]);

  useEffect(() => {
    if (open) read();
  }, [open, read]);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const bodyChanged = useCallback(() => {
    if (!openRef.current) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(read, PREVIEW_DELAY_MS);
  }, [read]);

  return { previewBody: body, bodyChanged };
}
