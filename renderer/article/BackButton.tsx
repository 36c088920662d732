import { useT } from '../i18n/I18nContext.tsx';

export function BackButton({ onBack }: { onBack(): void }) {
  const t = useT();
  return (
    <button type="button" className="button button--quiet back-button" onClick={onBack} aria-keyshortcuts="Escape">
      <span aria-hidden="true">←</span> {t('article.back')}
      <kbd className="back-button__key" title={t('article.backShortcut')} aria-hidden="true">
        Esc
      </kbd>
    </button>
  );
}
