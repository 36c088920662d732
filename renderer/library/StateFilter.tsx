import { useId } from 'react';
import { ARTICLE_STATES, type ArticleState } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';

const ALL = '';

interface Props {
  value: ArticleState | undefined;
  /** How many articles are in each state, shown beside its name once known. */
  counts: Record<ArticleState, number> | null;
  onChange(state: ArticleState | undefined): void;
}

export function StateFilter({ value, counts, onChange }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div className="state-filter">
      <label htmlFor={id}>{t('library.filterLabel')}</label>
      <select id={id} value={value ?? ALL} onChange={(event) => onChange(ARTICLE_STATES.find((state) => state === event.target.value))}>
        <option value={ALL}>{t('library.filterAll')}</option>
        {ARTICLE_STATES.map((state) => (
          <option key={state} value={state}>
            {counts ? `${t(`state.${state}`)} (${counts[state]})` : t(`state.${state}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
