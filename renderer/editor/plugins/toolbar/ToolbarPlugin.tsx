import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, REMOVE_LIST_COMMAND } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  KEY_DOWN_COMMAND,
  REDO_COMMAND,
  SELECTION_CHANGE_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type TextFormatType,
} from 'lexical';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../i18n/I18nContext.tsx';
import type { MessageKey } from '../../../i18n/vi.ts';
import { INSERT_PHOTO_FILES_COMMAND } from '../images/ImagesPlugin.tsx';
import { LinkForm } from '../links/LinkForm.tsx';
import {
  BulletListIcon,
  ClearFormatIcon,
  LinkIcon,
  NumberListIcon,
  ParagraphIcon,
  PhotoIcon,
  QuoteIcon,
  RedoIcon,
  UndoIcon,
} from './icons.tsx';
import { $clearTextFormats, $selectionFormat, $setBlockType, NO_FORMAT, type BlockType, type SelectionFormat } from './blockType.ts';
import { useFloatingToolbar } from './useFloatingToolbar.ts';
import { useRovingFocus } from './useRovingFocus.ts';

const IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/gif';

/**
 * The formatting bar, with the shortcuts reporters know from Word: docked above the body, and
 * floating beside the words while some are selected; the link box opens where the text is.
 */
export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [format, setFormat] = useState<SelectionFormat>(NO_FORMAT);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkEditing, setLinkEditing] = useState<{ selection: BaseSelection | null } | null>(null);
  const filePicker = useRef<HTMLInputElement>(null);
  const roving = useRovingFocus<HTMLDivElement>();
  const floatingBar = useRef<HTMLDivElement>(null);
  const { floating, place, pin, unpin } = useFloatingToolbar(editor, floatingBar);

  useEffect(() => {
    // Typing seldom changes what the bar shows: keep the same state then, so a keystroke does not re-render the bar.
    const show = (next: SelectionFormat) => setFormat((shown) => (sameFormat(shown, next) ? shown : next));
    const refresh = () => show(editor.getEditorState().read($selectionFormat));
    const openLink = () => {
      pin();
      setLinkEditing({ selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
    };
    return mergeRegister(
      editor.registerUpdateListener(({ editorState }) => show(editorState.read($selectionFormat))),
      editor.registerCommand(
        SELECTION_CHANGE_COMMAND,
        () => {
          refresh();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(CAN_UNDO_COMMAND, (can) => (setCanUndo(can), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(CAN_REDO_COMMAND, (can) => (setCanRedo(can), false), COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
            event.preventDefault();
            openLink();
            return true;
          }
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor, pin]);

  const formatText = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const setBlock = (type: BlockType) => {
    if (type === 'bullet' || type === 'number') {
      if (format.block === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      else editor.dispatchCommand(type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
    } else {
      if (format.block === 'bullet' || format.block === 'number') editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
      editor.update(() => $setBlockType(format.block === type && type !== 'paragraph' ? 'paragraph' : type));
    }
    editor.focus();
  };
  const clearFormatting = () => {
    editor.update($clearTextFormats);
    if (format.block !== 'paragraph') setBlock('paragraph');
  };

  return (
    <div className="editor-toolbar-wrap">
      <div
        ref={floatingBar}
        className={floating ? 'editor-toolbar-float editor-toolbar-float--floating' : 'editor-toolbar-float'}
        style={place ? { top: place.top, left: place.left } : undefined}
      >
        <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')} {...roving}>
          <Group label={t('editor.toolbar.history')}>
            <ToolButton
              label="editor.undo"
              shortcut="Ctrl+Z"
              icon={<UndoIcon />}
              disabled={!canUndo}
              onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}
            />
            <ToolButton
              label="editor.redo"
              shortcut="Ctrl+Y"
              icon={<RedoIcon />}
              disabled={!canRedo}
              onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}
            />
          </Group>
          <Group label={t('editor.toolbar.blocks')}>
            <ToolButton
              label="editor.block.paragraph"
              icon={<ParagraphIcon />}
              pressed={format.block === 'paragraph'}
              onClick={() => setBlock('paragraph')}
            />
            <ToolButton label="editor.block.h2" icon="H2" pressed={format.block === 'h2'} onClick={() => setBlock('h2')} />
            <ToolButton label="editor.block.h3" icon="H3" pressed={format.block === 'h3'} onClick={() => setBlock('h3')} />
            <ToolButton
              label="editor.block.quote"
              icon={<QuoteIcon />}
              pressed={format.block === 'quote'}
              onClick={() => setBlock('quote')}
            />
            <ToolButton
              label="editor.block.bullet"
              icon={<BulletListIcon />}
              pressed={format.block === 'bullet'}
              onClick={() => setBlock('bullet')}
            />
            <ToolButton
              label="editor.block.number"
              icon={<NumberListIcon />}
              pressed={format.block === 'number'}
              onClick={() => setBlock('number')}
            />
          </Group>
          <Group label={t('editor.toolbar.text')}>
            <ToolButton
              label="editor.format.bold"
              shortcut="Ctrl+B"
              icon={<b>B</b>}
              pressed={format.bold}
              onClick={() => formatText('bold')}
            />
            <ToolButton
              label="editor.format.italic"
              shortcut="Ctrl+I"
              icon={<i>I</i>}
              pressed={format.italic}
              onClick={() => formatText('italic')}
            />
            <ToolButton
              label="editor.format.underline"
              shortcut="Ctrl+U"
              icon={<u>U</u>}
              pressed={format.underline}
              onClick={() => formatText('underline')}
            />
            <ToolButton
              label="editor.link"
              shortcut="Ctrl+K"
              icon={<LinkIcon />}
              pressed={format.link !== null}
              onClick={() => {
                pin();
                setLinkEditing({ selection: editor.getEditorState().read(() => $getSelection()?.clone() ?? null) });
              }}
            />
            <ToolButton label="editor.format.clear" icon={<ClearFormatIcon />} onClick={clearFormatting} />
          </Group>
          <Group label={t('editor.toolbar.insert')}>
            <ToolButton
              label="editor.photo.insert"
              icon={<PhotoIcon />}
              text={t('editor.photo.insert')}
              onClick={() => filePicker.current?.click()}
            />
            <input
              ref={filePicker}
              type="file"
              accept={IMAGE_TYPES}
              multiple
              hidden
              data-testid="photo-picker"
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                if (files.length > 0) editor.dispatchCommand(INSERT_PHOTO_FILES_COMMAND, files);
              }}
            />
          </Group>
        </div>
        {linkEditing && (
          <LinkForm
            editor={editor}
            current={format.link}
            selection={linkEditing.selection}
            onDone={() => {
              setLinkEditing(null);
              unpin();
            }}
          />
        )}
      </div>
    </div>
  );
}

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link;
}

function Group({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="editor-toolbar__group" role="group" aria-label={label}>
      {children}
    </div>
  );
}

interface ToolButtonProps {
  label: MessageKey;
  icon: ReactNode;
  text?: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
}

function ToolButton({ label, icon, text, shortcut, pressed, disabled, onClick }: ToolButtonProps) {
  const t = useT();
  const name = t(label);
  return (
    <button
      type="button"
      className="editor-toolbar__button"
      aria-label={name}
      title={shortcut ? `${name} (${shortcut})` : name}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      aria-pressed={pressed}
      disabled={disabled}
      // Keep the caret in the text: a toolbar click must not take the selection away.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <span aria-hidden="true">{icon}</span>
      {text && <span className="editor-toolbar__text">{text}</span>}
    </button>
  );
}
