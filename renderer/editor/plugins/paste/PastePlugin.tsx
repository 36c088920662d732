import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, isDOMNode, $isSelectionCapturedInDecoratorInput } from 'lexical';
import { useEffect } from 'react';
import { sanitizePastedHtml } from './sanitizePastedHtml.ts';

const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Paste from other programs, cleaned: HTML goes through `sanitizePastedHtml` before Lexical
 * imports it, plain text is composed to NFC, photo files go to the photo plugin. A copy from this
 * editor itself (Lexical's own format, photos and captions included) is left to Lexical.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          if (!(event instanceof ClipboardEvent) || !event.clipboardData) return false;
          if (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target)) return false;
          const data = event.clipboardData;
          if (data.types.includes(LEXICAL_MIME)) return false;
          const files = [...data.files];
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          if (files.length > 0 && text.trim() === '') {
            event.preventDefault();
            return editor.dispatchCommand(DRAG_DROP_PASTE, files);
          }
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return false;
          event.preventDefault();
          if (html.trim() !== '') {
            const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
            $insertGeneratedNodes(editor, nodes, selection);
          } else {
            selection.insertRawText(text.normalize('NFC'));
          }
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  return null;
}
