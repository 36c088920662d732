import type { PrintWarning } from '../../core/model/print.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';

/** Preflight findings: told, never blocking. */
export function PrintWarnings({ warnings }: { warnings: readonly PrintWarning[] }) {
  const t = useT();
  return (
    <section className="print-warnings" aria-label={t('print.preflightTitle')}>
      <h2 className="print-warnings__title">{t('print.preflightTitle')}</h2>
      {warnings.length === 0 ? (
        <p className="print-warnings__ok">{t('print.preflightOk')}</p>
      ) : (
        <ul className="print-warnings__list">
          {warnings.map((warning, index) => (
            <li key={index} data-code={warning.code}>
              {t(`print.warning.${warning.code}` as MessageKey, {
                title: warning.articleTitle,
                ...(warning.code === 'low-resolution' ? { dpi: warning.dpi } : {}),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
