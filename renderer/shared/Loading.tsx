import { useT } from '../i18n/I18nContext.tsx';

export function Loading() {
  const t = useT();
  return (
    <p className="loading" role="status">
      <span className="loading__dot" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}
