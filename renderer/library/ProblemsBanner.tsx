import { useState } from 'react';
import type { StoreProblem } from '../../core/model/storeProblem.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorText, messageText } from '../shared/errorText.ts';
import { useLoad } from '../shared/useLoad.ts';
import { formatDateTime } from '../i18n/format.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

/** Files the library could not open at start, each with its last good revision to bring back. */
export function ProblemsBanner({ onRecovered }: { onRecovered(): void }) {
  const api = useApi();
  const { t, locale } = useI18n();
  const [problems, reload] = useLoad(() => api.library.problems(), [api]);
  const [failure, setFailure] = useState<string | null>(null);

  if (problems.status !== 'ready' || problems.value.length === 0) return null;

  const recover = async (problem: StoreProblem) => {
    try {
      await api.library.recover(problem.articleId!);
      setFailure(null);
      reload();
      onRecovered();
    } catch (error) {
      setFailure(errorText(error, t));
    }
  };

  return (
    <section className="panel problems-banner" role="alert" aria-label={t('problems.title')}>
      <h2>{t('problems.title')}</h2>
      <ul>
        {problems.value.map((problem) => (
          <li key={problem.file}>
            <code>{problem.file}</code>: {messageText(problem.message, t)}
            {problem.lastGoodRevision && problem.articleId && (
              <button type="button" className="button" onClick={() => void recover(problem)}>
                {t('problems.recover', {
                  number: problem.lastGoodRevision.number,
                  title: problem.lastGoodRevision.title,
                  at: formatDateTime(problem.lastGoodRevision.at, locale),
                })}
              </button>
            )}
          </li>
        ))}
      </ul>
      {failure && <p className="problems-banner__failure">{failure}</p>}
    </section>
  );
}
