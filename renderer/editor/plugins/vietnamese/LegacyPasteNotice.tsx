import type { LegacyEncoding } from '../../../../core/vietnamese/legacyEncoding.ts';
import { useT } from '../../../i18n/I18nContext.tsx';

interface Props {
  encoding: LegacyEncoding;
  onKeepOriginal(): void;
  onDismiss(): void;
}

/** Says that pasted text was converted from a legacy encoding, with a one-click way back. */
export function LegacyPasteNotice({ encoding, onKeepOriginal, onDismiss }: Props) {
  const t = useT();
  return (
    <div className="legacy-paste-notice" role="status">
      <span>{t('encoding.pasteConverted', { encoding: t(`encoding.${encoding}`) })}</span>
      <button type="button" className="button button--small" onClick={onKeepOriginal}>
        {t('encoding.keepOriginal')}
      </button>
      <button type="button" className="button button--quiet button--small" onClick={onDismiss}>
        {t('editor.noticeDismiss')}
      </button>
    </div>
  );
}
