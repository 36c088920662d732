import type { Article } from '../../core/model/article.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { formatCalendarDate, formatDateTime } from '../i18n/format.ts';
import { StateBadge } from '../library/StateBadge.tsx';

export function ArticleMeta({ article }: { article: Article }) {
  const { t, locale } = useI18n();
  const { place, date } = article.dateline;
  return (
    <dl className="article-meta">
      <div className="article-meta__item">
        <dt>{t('article.byline')}</dt>
        <dd className="article-meta__byline">{article.byline}</dd>
      </div>
      <div className="article-meta__item">
        <dt>{t('article.category')}</dt>
        <dd>{article.category}</dd>
      </div>
      <div className="article-meta__item">
        <dt>{t('article.dateline')}</dt>
        <dd>
          {place !== '' && `${place}, `}
          <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
        </dd>
      </div>
      <div className="article-meta__item">
        <dt>{t('article.state')}</dt>
        <dd>
          <StateBadge state={article.state} />
        </dd>
      </div>
      <div className="article-meta__item">
        <dt>{t('article.updated')}</dt>
        <dd>
          <time dateTime={article.updatedAt}>{formatDateTime(article.updatedAt, locale)}</time>
        </dd>
      </div>
    </dl>
  );
}
