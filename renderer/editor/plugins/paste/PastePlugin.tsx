import { $insertGeneratedNodes } from '@lexical/clipboard';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import {
  $addUpdateTag,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  PASTE_COMMAND,
  UNDO_COMMAND,
  isDOMNode,
  $isSelectionCapturedInDecoratorInput,
  type LexicalEditor,
} from 'lexical';
import { useEffect, useState } from 'react';
import type { LegacyEncoding } from '../../../../core/vietnamese/legacyEncoding.ts';
import { decodeLegacy } from '../../../../core/vietnamese/legacyEncoding.ts';
import { decodeHtmlText, pastedEncoding } from '../vietnamese/legacyPaste.ts';
import { LegacyPasteNotice } from '../vietnamese/LegacyPasteNotice.tsx';
import { sanitizePastedHtml } from './sanitizePastedHtml.ts';

const LEGACY_PASTE_TAG = 'newsdesk-legacy-paste';

interface ConvertedPaste {
  encoding: LegacyEncoding;
  html: string;
  text: string;
}

const LEXICAL_MIME = 'application/x-lexical-editor';

/**
 * Paste from other programs, cleaned: HTML goes through `sanitizePastedHtml` before Lexical
 * imports it, plain text is composed to NFC, photo files go to the photo plugin. A copy from this
 * editor itself (Lexical's own format, photos and captions included) is left to Lexical.
 * Text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR) is converted to Unicode, with a notice
 * offering the original back ("Giữ nguyên văn bản gốc") until the writer goes on.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  const [converted, setConverted] = useState<ConvertedPaste | null>(null);

  useEffect(
    () =>
      editor.registerUpdateListener(({ tags, dirtyLeaves, dirtyElements }) => {
        if (!tags.has(LEGACY_PASTE_TAG) && (dirtyLeaves.size > 0 || dirtyElements.size > 0)) setConverted(null);
      }),
    [editor],
  );

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
          if (!$isRangeSelection($getSelection())) return false;
          event.preventDefault();
          const encoding = pastedEncoding(html.trim() !== '' ? (sanitizePastedHtml(html).textContent ?? '') : text);
          insertPasted(editor, html, text, encoding);
          if (encoding) $addUpdateTag(LEGACY_PASTE_TAG);
          setConverted(encoding ? { encoding, html, text } : null);
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );

  if (!converted) return null;
  const keepOriginal = () => {
    setConverted(null);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    editor.update(
      () => {
        if ($isRangeSelection($getSelection())) insertPasted(editor, converted.html, converted.text, null);
      },
      { tag: LEGACY_PASTE_TAG },
    );
    editor.focus();
  };
  return <LegacyPasteNotice encoding={converted.encoding} onKeepOriginal={keepOriginal} onDismiss={() => setConverted(null)} />;
}

/** Inserts pasted HTML (cleaned) or text at the selection, decoded from `encoding` when one is given. */
function insertPasted(editor: LexicalEditor, html: string, text: string, encoding: LegacyEncoding | null): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  if (html.trim() !== '') {
    const body = sanitizePastedHtml(html);
    if (encoding) decodeHtmlText(body, encoding);
    $insertGeneratedNodes(editor, $generateNodesFromDOM(editor, body), selection);
  } else {
    selection.insertRawText(encoding ? decodeLegacy(text, encoding) : text.normalize('NFC'));
  }
}
