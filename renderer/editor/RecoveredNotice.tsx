import { useState } from 'react';
import type { RecoveredDraft } from '../../core/model/recovery.ts';
import { errorText } from '../shared/errorText.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatDateTime } from '../i18n/format.ts';
import './recoveredNotice.css';

interface Props {
  recovered: RecoveredDraft;
  /** Puts the stored version back; absent for an article that was never saved (there is none). */
  onDiscard?: (() => Promise<void>) | undefined;
}

/** Tells the writer that text they had not saved was put back in the article, and lets them go back to the saved version. */
export function RecoveredNotice({ recovered, onDiscard }: Props) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(true);
  const [state, setState] = useState<{ status: 'idle' | 'working' } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  if (!open) return null;

  const discard = () => {
    if (!onDiscard) return;
    setState({ status: 'working' });
    onDiscard().then(
      () => setState({ status: 'idle' }),
      (error: unknown) => setState({ status: 'failed', error }),
    );
  };

  return (
    <section className="recovered-notice" role="status" aria-labelledby="recovered-notice-title">
      <h2 id="recovered-notice-title" className="recovered-notice__title">
        {t('editor.recovered.title')}
      </h2>
      <p>{t('editor.recovered.text', { time: formatDateTime(recovered.writtenAt, locale) })}</p>
      {state.status === 'failed' && (
        <p className="recovered-notice__error">{t('editor.recovered.discardFailed', { reason: errorText(state.error, t) })}</p>
      )}
      <div className="recovered-notice__actions">
        <button type="button" className="button button--small" onClick={() => setOpen(false)}>
          {t('editor.recovered.dismiss')}
        </button>
        {onDiscard && (
          <button type="button" className="button button--quiet button--small" disabled={state.status === 'working'} onClick={discard}>
            {t('editor.recovered.discard')}
          </button>
        )}
      </div>
    </section>
  );
}
