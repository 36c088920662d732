import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Ctrl+End goes to the end of the body's last word (with Shift, selecting up to it). The browser
 * moves the caret only through blocks it has drawn: it stopped at the start of a last block skipped
 * out of view (`content-visibility`), and what the reporter typed next went in front of it.
 */
export function CtrlEndPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_DOWN_COMMAND, moveToEnd, COMMAND_PRIORITY_LOW), [editor]);
  return null;
}

function moveToEnd(event: KeyboardEvent): boolean {
  if (event.key !== 'End' || !event.ctrlKey || event.altKey || event.metaKey) return false;
  const selection = $getSelection();
  // A copy: selecting the end moves the points of the selection there is.
  const keptAnchor = event.shiftKey && $isRangeSelection(selection) ? { ...selection.anchor } : null;
  const end = $getRoot().selectEnd();
  if (keptAnchor) end.anchor.set(keptAnchor.key, keptAnchor.offset, keptAnchor.type);
  event.preventDefault();
  return true;
}
