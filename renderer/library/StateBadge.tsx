import type { ArticleState } from '../../core/model/article.ts';
import { useT } from '../i18n/I18nContext.tsx';
import './stateBadge.css';

export function StateBadge({ state }: { state: ArticleState }) {
  const t = useT();
  return (
    <span className={`state-badge state-badge--${state}`} data-state={state}>
      {t(`state.${state}`)}
    </span>
  );
}
