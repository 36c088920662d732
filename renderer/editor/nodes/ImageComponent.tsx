import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import {
  $getNodeByKey,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  HISTORY_MERGE_TAG,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  mergeRegister,
  stopLexicalPropagation,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import type { PhotoSize } from '../../../core/model/document.ts';
import { assetUrl } from '../../api/assetUrl.ts';
import { useT } from '../../i18n/I18nContext.tsx';
import { $isImageNode, type ImageFields, type ImageNode } from './ImageNode.ts';
import { FieldSpelling } from '../plugins/vietnamese/FieldSpelling.tsx';

type TextField = 'caption' | 'credit' | 'altText';

const SETTERS: Record<TextField, (node: ImageNode, value: string) => void> = {
  caption: (node, value) => node.setCaption(value),
  credit: (node, value) => node.setCredit(value),
  altText: (node, value) => node.setAltText(value),
};

/** Events of the photo's own fields that the editor must leave alone (the browser edits those inputs). */
const FIELD_EVENTS = [
  'keydown',
  'keyup',
  'beforeinput',
  'input',
  'compositionstart',
  'compositionend',
  'paste',
  'copy',
  'cut',
  'click',
  'pointerdown',
  'dragstart',
  'drop',
  'focus',
  'blur',
];

/**
 * Writes one field of the photo node. Typing in one field within a second of the last keystroke
 * joins the previous undo step, so undo takes back a caption edit in one go, not letter by letter.
 */
function useFieldWriter(editor: LexicalEditor, nodeKey: NodeKey) {
  const last = useRef({ field: '', at: 0 });
  return (field: TextField, value: string) => {
    const now = Date.now();
    const merge = last.current.field === field && now - last.current.at < 1000;
    last.current = { field, at: now };
    editor.update(
      () => {
        const node = $getNodeByKey(nodeKey);
        if ($isImageNode(node)) SETTERS[field](node, value);
      },
      merge ? { tag: HISTORY_MERGE_TAG } : {},
    );
  };
}

/**
 * The input's own text, kept while the editor catches up with it; replaced by the node's value
 * only when that value did not come from this input (undo, redo, a paste of the photo).
 */
function useNodeText(value: string, write: (value: string) => void): [string, (value: string) => void] {
  const [text, setText] = useState(value);
  const written = useRef<string[]>([]);
  useEffect(() => {
    const index = written.current.indexOf(value);
    if (index >= 0) written.current.splice(0, index + 1);
    else {
      written.current = [];
      setText(value);
    }
  }, [value]);
  return [
    text,
    (next) => {
      setText(next);
      written.current.push(next);
      write(next);
    },
  ];
}

export default function ImageComponent({
  nodeKey,
  src,
  altText,
  caption,
  credit,
  width,
  height,
  size,
}: { nodeKey: NodeKey } & ImageFields) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const image = useRef<HTMLImageElement>(null);
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);
  const write = useFieldWriter(editor, nodeKey);
  const [captionText, setCaption] = useNodeText(caption, (value) => write('caption', value));
  const [creditText, setCredit] = useNodeText(credit, (value) => write('credit', value));
  const [altTextValue, setAltText] = useNodeText(altText, (value) => write('altText', value));

  // The fields are plain inputs inside the editor's content: keep the editor from handling their
  // keystrokes and clipboard, but let undo and redo there step through the editor's history.
  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    const fromField = (event: Event) => event.target instanceof HTMLElement && event.target.closest('input, textarea, button') !== null;
    const listener = (event: Event) => {
      if (!fromField(event)) return;
      stopLexicalPropagation(event);
      if (event instanceof KeyboardEvent && event.type === 'keydown' && (event.ctrlKey || event.metaKey) && !event.altKey) {
        const key = event.key.toLowerCase();
        const redo = key === 'y' || (key === 'z' && event.shiftKey);
        if (key === 'z' || redo) {
          event.preventDefault();
          editor.dispatchCommand(redo ? REDO_COMMAND : UNDO_COMMAND, undefined);
        }
      }
    };
    for (const type of FIELD_EVENTS) element.addEventListener(type, listener);
    return () => {
      for (const type of FIELD_EVENTS) element.removeEventListener(type, listener);
    };
  }, [editor]);

  useEffect(() => {
    const removeSelected = () => {
      if (!isSelected) return false;
      editor.update(() => $getNodeByKey(nodeKey)?.remove());
      return true;
    };
    return mergeRegister(
      editor.registerCommand(
        CLICK_COMMAND,
        (event: MouseEvent) => {
          if (event.target !== image.current) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(true);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(KEY_DELETE_COMMAND, removeSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, removeSelected, COMMAND_PRIORITY_LOW),
    );
  }, [editor, nodeKey, isSelected, clearSelection, setSelected]);

  const setSize = (next: PhotoSize) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isImageNode(node)) node.setSize(next);
    });
  const remove = () => editor.update(() => $getNodeByKey(nodeKey)?.remove());

  return (
    <figure ref={figure} className={`editor-photo editor-photo--${size}${isSelected ? ' is-selected' : ''}`} data-photo={src}>
      <img
        ref={image}
        src={assetUrl(src)}
        alt={altTextValue}
        width={width}
        height={height}
        loading="lazy"
        decoding="async"
        draggable={false}
      />
      <figcaption className="editor-photo__caption">
        <label className="visually-hidden" htmlFor={`${id}-caption`}>
          {t('editor.photo.caption')}
        </label>
        <FieldSpelling value={captionText} onReplace={setCaption}>
          <textarea
            id={`${id}-caption`}
            className="editor-photo__caption-input"
            rows={1}
            value={captionText}
            placeholder={t('editor.photo.captionPlaceholder')}
            onChange={(event) => setCaption(event.target.value)}
          />
        </FieldSpelling>
      </figcaption>
      <div className="editor-photo__fields">
        <label className="editor-photo__field">
          <span>{t('editor.photo.credit')}</span>
          <input
            type="text"
            value={creditText}
            placeholder={t('editor.photo.creditPlaceholder')}
            onChange={(event) => setCredit(event.target.value)}
          />
        </label>
        <label className="editor-photo__field">
          <span>{t('editor.photo.alt')}</span>
          <input
            type="text"
            value={altTextValue}
            placeholder={t('editor.photo.altPlaceholder')}
            onChange={(event) => setAltText(event.target.value)}
          />
        </label>
        <div className="editor-photo__actions" role="group" aria-label={t('editor.photo.size')}>
          {(['column', 'full'] as const).map((choice) => (
            <button
              key={choice}
              type="button"
              className="button button--quiet button--small"
              aria-pressed={size === choice}
              onClick={() => setSize(choice)}
            >
              {t(choice === 'column' ? 'editor.photo.sizeColumn' : 'editor.photo.sizeFull')}
            </button>
          ))}
          <button type="button" className="button button--quiet button--small editor-photo__remove" onClick={remove}>
            {t('editor.photo.remove')}
          </button>
        </div>
      </div>
    </figure>
  );
}
