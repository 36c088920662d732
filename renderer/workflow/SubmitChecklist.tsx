import type { ChecklistItem } from '../../core/model/submitChecklist.ts';
import { useT } from '../i18n/I18nContext.tsx';

/** What an article needs before it goes to an editor, each item marked done or missing. */
export function SubmitChecklist({ items }: { items: ChecklistItem[] }) {
  const t = useT();
  return (
    <section aria-label={t('workflow.checklist')}>
      <h3>{t('workflow.checklist')}</h3>
      <ul className="workflow-panel__checklist">
        {items.map((item) => (
          <li key={item.id} data-ok={item.ok} data-advisory={item.advisory ?? false}>
            <span aria-hidden="true">{item.ok ? '✓' : item.advisory ? '⚠' : '✗'}</span> {t(`workflow.check.${item.id}`)}
            <span className="visually-hidden">{item.ok ? t('workflow.checkOk') : t('workflow.checkMissing')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
