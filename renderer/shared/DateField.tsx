import { useId, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n/I18nContext.tsx';
import { addDays, fromDayMonthYear, toDayMonthYear } from './calendarDate.ts';

interface Props {
  label: string;
  /** `YYYY-MM-DD`. */
  value: string;
  onChange(isoDate: string): void;
}

/**
 * A day typed as dd/mm/yyyy, the same in every browser (the browser's own date field follows the
 * system's locale, not the interface's). ↑ and ↓ move a day, PgUp and PgDn a month; a day that does
 * not exist is said next to the field and nothing is changed.
 */
export function DateField({ label, value, onChange }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(() => toDayMonthYear(value));
  const [wrong, setWrong] = useState(false);

  const commit = (typed: string) => {
    const iso = fromDayMonthYear(typed);
    setWrong(iso === null);
    if (iso === null) return;
    setText(toDayMonthYear(iso));
    if (iso !== value) onChange(iso);
  };
  const step = (event: KeyboardEvent<HTMLInputElement>) => {
    const days = { ArrowUp: 1, ArrowDown: -1 }[event.key];
    const months = { PageUp: 1, PageDown: -1 }[event.key];
    if (days === undefined && months === undefined) return;
    event.preventDefault();
    const from = fromDayMonthYear(text) ?? value;
    const next = days !== undefined ? addDays(from, days) : addMonths(from, months!);
    setWrong(false);
    setText(toDayMonthYear(next));
    onChange(next);
  };

  return (
    <div className="field date-field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        value={text}
        aria-invalid={wrong}
        aria-describedby={wrong ? `${id}-problem` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          if (fromDayMonthYear(event.target.value)) commit(event.target.value);
        }}
        onBlur={() => commit(text)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(text);
          step(event);
        }}
      />
      {wrong && (
        <span id={`${id}-problem`} className="field__problem" role="alert">
          {t('dateField.invalid')}
        </span>
      )}
    </div>
  );
}

function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}
