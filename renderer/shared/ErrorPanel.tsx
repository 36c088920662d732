import { useT } from '../i18n/I18nContext.tsx';
import { errorText } from './errorText.ts';

export function ErrorPanel({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="panel error-panel" role="alert">
      <h2 className="error-panel__title">{t('app.errorTitle')}</h2>
      <p>{errorText(error, t)}</p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
