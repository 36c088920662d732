import { useId } from 'react';
import type { PaperName } from '../../core/model/print.ts';
import { DateField } from '../shared/DateField.tsx';
import { useT } from '../i18n/I18nContext.tsx';

export interface Settings {
  title: string;
  issue: string;
  date: string;
  paper: PaperName;
  columns: 1 | 2;
}

export function BulletinSettings({ value, onChange }: { value: Settings; onChange(next: Settings): void }) {
  const t = useT();
  const id = useId();
  const set = <K extends keyof Settings>(key: K, next: Settings[K]) => onChange({ ...value, [key]: next });
  return (
    <fieldset className="bulletin-settings">
      <legend>{t('bulletin.settings')}</legend>
      <label htmlFor={`${id}-title`}>{t('bulletin.name')}</label>
      <input id={`${id}-title`} value={value.title} onChange={(e) => set('title', e.target.value)} required maxLength={200} />
      <label htmlFor={`${id}-issue`}>{t('bulletin.issue')}</label>
      <input id={`${id}-issue`} value={value.issue} onChange={(e) => set('issue', e.target.value)} maxLength={40} inputMode="numeric" />
      {/* dd/mm/yyyy in Vietnamese whatever the browser's locale (its own date field showed the month first). */}
      <DateField label={t('bulletin.date')} value={value.date} onChange={(date) => set('date', date)} />
      <label htmlFor={`${id}-paper`}>{t('print.paper')}</label>
      <select id={`${id}-paper`} value={value.paper} onChange={(e) => set('paper', e.target.value as PaperName)}>
        <option value="A4">A4</option>
        <option value="A5">A5</option>
      </select>
      <span className="bulletin-settings__label">{t('bulletin.columns')}</span>
      <span className="bulletin-settings__choices" role="radiogroup" aria-label={t('bulletin.columns')}>
        {([1, 2] as const).map((columns) => (
          <label key={columns}>
            <input type="radio" name={`${id}-columns`} checked={value.columns === columns} onChange={() => set('columns', columns)} />
            {columns === 1 ? t('bulletin.oneColumn') : t('bulletin.twoColumns')}
          </label>
        ))}
      </span>
    </fieldset>
  );
}
