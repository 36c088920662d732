import { $toggleLink } from '@lexical/link';
import { $getSelection, $isRangeSelection, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n/I18nContext.tsx';
import { useEditorNotice } from '../../EditorNotice.tsx';
import { linkTarget } from './linkTarget.ts';

interface Props {
  editor: LexicalEditor;
  /** The link under the caret, edited in place; null to make a new one from the selected text. */
  current: string | null;
  /** The selection when the box opened (focus has moved into the box since). */
  selection: BaseSelection | null;
  onDone(): void;
}

/** The toolbar's link box: an address, checked before it is applied (no `prompt()`: Electron has none). */
export function LinkForm({ editor, current, selection, onDone }: Props) {
  const t = useT();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(current ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const { notify } = useEditorNotice();

  useEffect(() => input.current?.focus(), []);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = linkTarget(value);
    if (!url) {
      const message = t('editor.link.refused', { url: value.trim() });
      setProblem(message);
      notify(message);
      return;
    }
    setLink(url);
  };

  const setLink = (url: string | null) => {
    editor.update(() => {
      if (selection) $setSelection(selection.clone());
      $toggleLink(url);
      // The caret goes after the link, as in Word: the next key must not replace the linked words.
      const linked = $getSelection();
      if ($isRangeSelection(linked)) {
        const { key, offset, type } = linked.isBackward() ? linked.anchor : linked.focus;
        linked.anchor.set(key, offset, type);
        linked.focus.set(key, offset, type);
      }
    });
    onDone();
    editor.focus();
  };
  const unlink = () => setLink(null);

  return (
    <form
      className="link-form"
      onSubmit={apply}
      onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), onDone(), editor.focus())}
    >
      <label htmlFor={id}>{t('editor.link.address')}</label>
      <input
        ref={input}
        id={id}
        type="text"
        inputMode="url"
        value={value}
        placeholder="https://"
        aria-invalid={problem !== null}
        onChange={(event) => {
          setValue(event.target.value);
          setProblem(null);
        }}
      />
      <button type="submit" className="button button--small">
        {t('editor.link.apply')}
      </button>
      {current !== null && (
        <button type="button" className="button button--quiet button--small" onClick={unlink}>
          {t('editor.link.remove')}
        </button>
      )}
      <button type="button" className="button button--quiet button--small" onClick={() => (onDone(), editor.focus())}>
        {t('editor.link.cancel')}
      </button>
    </form>
  );
}
