import { errorText } from '../../../shared/errorText.ts';
import { useT } from '../../../i18n/I18nContext.tsx';
import { useLatestValue, type LatestValue } from '../../../shared/LatestValue.ts';
import type { SaveState } from './Autosaver.ts';

/** "Đang lưu… / Đã lưu / Lỗi" next to the article: the writer always knows whether their work is safe. */
export function SaveIndicator({ saveState, isNew, onRetry }: { saveState: LatestValue<SaveState>; isNew: boolean; onRetry(): void }) {
  const t = useT();
  const state = useLatestValue(saveState);
  const status = isNew && state.status === 'saved' ? 'new' : state.status;
  return (
    <div className={`save-indicator save-indicator--${status}`} data-testid="save-status" data-status={status} role="status">
      {status === 'new' && t('editor.save.new')}
      {(status === 'pending' || status === 'saving') && t('editor.save.saving')}
      {status === 'saved' && t('editor.save.saved')}
      {status === 'error' && (
        <>
          <span>{t('editor.save.error', { reason: errorText(state.error, t) })}</span>
          <button type="button" className="button button--quiet button--small" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </>
      )}
    </div>
  );
}
