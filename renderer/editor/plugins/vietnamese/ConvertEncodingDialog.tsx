import { $getSelection, $isRangeSelection, $isTextNode, $setSelection, type BaseSelection, type LexicalEditor } from 'lexical';
import { useEffect, useId, useRef, useState } from 'react';
import { detectLegacyEncoding } from '../../../../core/vietnamese/detectEncoding.ts';
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from '../../../../core/vietnamese/legacyEncoding.ts';
import { useT } from '../../../i18n/I18nContext.tsx';

interface Props {
  editor: LexicalEditor;
  onClose(): void;
}

/**
 * "Chuyển mã…": the text selected in the body, read as TCVN3, VNI or VIQR (the one its characters
 * suggest is chosen first), shown before and after, and replaced only when the writer confirms.
 * Formatting inside the selection stays.
 */
export function ConvertEncodingDialog({ editor, onClose }: Props) {
  const t = useT();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [{ selection, text }] = useState(() =>
    editor.getEditorState().read(() => {
      const current = $getSelection();
      return { selection: current?.clone() ?? null, text: current?.getTextContent() ?? '' };
    }),
  );
  const [encoding, setEncoding] = useState<LegacyEncoding>(() => detectLegacyEncoding(text) ?? 'tcvn3');

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const apply = () => {
    editor.update(() => {
      $setSelection((selection as BaseSelection).clone());
      const current = $getSelection();
      if (!$isRangeSelection(current)) return;
      for (const node of current.extract()) {
        if ($isTextNode(node)) node.setTextContent(decodeLegacy(node.getTextContent(), encoding));
      }
    });
    onClose();
    editor.focus();
  };

  return (
    <dialog ref={dialogRef} className="convert-encoding" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`}>{t('encoding.convertTitle')}</h2>
      {text.trim() === '' ? (
        <p>{t('encoding.selectFirst')}</p>
      ) : (
        <>
          <label className="field">
            <span className="field__label">{t('encoding.source')}</span>
            <select value={encoding} onChange={(event) => setEncoding(event.target.value as LegacyEncoding)}>
              {LEGACY_ENCODINGS.map((choice) => (
                <option key={choice} value={choice}>
                  {t(`encoding.${choice}`)}
                </option>
              ))}
            </select>
          </label>
          <p className="convert-encoding__label">{t('encoding.before')}</p>
          <p className="convert-encoding__text" data-testid="convert-before">
            {text}
          </p>
          <p className="convert-encoding__label">{t('encoding.after')}</p>
          <p className="convert-encoding__text" data-testid="convert-after" lang="vi">
            {decodeLegacy(text, encoding)}
          </p>
        </>
      )}
      <div className="convert-encoding__buttons">
        {text.trim() !== '' && selection && (
          <button type="button" className="button" onClick={apply}>
            {t('encoding.convert')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => dialogRef.current?.close()}>
          {t('encoding.cancel')}
        </button>
      </div>
    </dialog>
  );
}
