import type { LexicalEditor } from 'lexical';
import { useState, type RefObject } from 'react';
import { TONE_STYLES, type ToneStyle } from '../../../../core/vietnamese/toneStyle.ts';
import { errorText } from '../../../shared/errorText.ts';
import { useT } from '../../../i18n/I18nContext.tsx';
import type { ArticleFields } from '../../articleFields.ts';
import { useEditorNotice } from '../../EditorNotice.tsx';
import { $applyToneStyleToBody, fieldsInToneStyle } from './articleToneStyle.ts';
import { ConvertEncodingDialog } from './ConvertEncodingDialog.tsx';
import { useWritingAids } from './WritingAidsContext.tsx';
import './writingTools.css';

interface Props {
  editorRef: RefObject<LexicalEditor | null>;
  fields: ArticleFields;
  onFieldsChange(change: Partial<ArticleFields>): void;
}

/** The Vietnamese writing tools over the article: spell check on/off, the house tone style, "Chuyển mã…". */
export function WritingTools({ editorRef, fields, onFieldsChange }: Props) {
  const t = useT();
  const aids = useWritingAids();
  const { notify } = useEditorNotice();
  const [converting, setConverting] = useState(false);

  const applyToneStyle = () => {
    const editor = editorRef.current;
    let changed = 0;
    editor?.update(
      () => {
        changed += $applyToneStyleToBody(aids.toneStyle);
      },
      { discrete: true },
    );
    const change = fieldsInToneStyle(fields, aids.toneStyle);
    if (change) {
      changed += Object.keys(change).length;
      onFieldsChange(change);
    }
    notify(changed > 0 ? t('toneStyle.applied', { style: t(`toneStyle.${aids.toneStyle}`) }) : t('toneStyle.nothingToChange'));
  };

  const chooseStyle = (style: ToneStyle) => {
    aids.setToneStyle(style).catch((error: unknown) => notify(t('toneStyle.refused', { reason: errorText(error, t) })));
  };

  return (
    <div className="writing-tools" role="group" aria-label={t('writingTools.label')}>
      <button type="button" className="button button--small" aria-pressed={aids.enabled} onClick={() => aids.setEnabled(!aids.enabled)}>
        {t('spelling.toggle')}
      </button>
      <label className="writing-tools__style">
        <span>{t('toneStyle.label')}</span>
        <select value={aids.toneStyle} onChange={(event) => chooseStyle(event.target.value as ToneStyle)}>
          {TONE_STYLES.map((style) => (
            <option key={style} value={style}>
              {t(`toneStyle.${style}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--small" onClick={applyToneStyle}>
        {t('toneStyle.apply')}
      </button>
      <button type="button" className="button button--small" onClick={() => setConverting(true)}>
        {t('encoding.convertCommand')}
      </button>
      {converting && editorRef.current && <ConvertEncodingDialog editor={editorRef.current} onClose={() => setConverting(false)} />}
    </div>
  );
}
