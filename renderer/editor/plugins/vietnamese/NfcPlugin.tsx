import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, TextNode } from 'lexical';
import { useEffect } from 'react';

/**
 * Keeps the body's text composed (NFC) as it is typed: an input method that sends a letter and
 * then its combining tone mark leaves one precomposed letter, the caret staying after it.
 */
export function NfcPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(TextNode, (node) => {
        if (editor.isComposing()) return;
        const text = node.getTextContent();
        const composed = text.normalize('NFC');
        if (composed === text) return;
        const selection = $getSelection();
        const caret =
          $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === node.getKey()
            ? text.slice(0, selection.anchor.offset).normalize('NFC').length
            : null;
        node.setTextContent(composed);
        if (caret !== null) node.select(caret, caret);
      }),
    [editor],
  );
  return null;
}
