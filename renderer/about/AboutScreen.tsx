import { useEffect, useId, useRef, useState } from 'react';
import type { DiagnosticsReport } from '../../core/model/diagnostics.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { diagnosticsRows, diagnosticsText } from './diagnosticsRows.ts';
import iconUrl from './newsdesk-icon.png';

type Copy = { status: 'idle' } | { status: 'copied' } | { status: 'refused'; text: string };

/**
 * About Newsdesk: the app's name and version, and the diagnostic facts support asks for, with a
 * button that copies them as plain text. Signed out, only the name (the report needs a user).
 */
export function AboutScreen({ headingId, signedIn }: { headingId: string; signedIn: boolean }) {
  const { t } = useI18n();
  return (
    <div className="about">
      <div className="about__identity">
        <img className="about__icon" src={iconUrl} alt="" width={96} height={96} />
        <div>
          <h2 id={headingId} className="about__title">
            {t('about.title')}
          </h2>
          <p className="about__tagline">{t('about.tagline')}</p>
        </div>
      </div>
      {signedIn ? <Diagnostics /> : <p>{t('about.signInFirst')}</p>}
    </div>
  );
}

function Diagnostics() {
  const api = useApi();
  const [report, reload] = useLoad(() => api.diagnostics.report(), [api]);
  if (report.status === 'loading') return <Loading />;
  if (report.status === 'failed') return <ErrorPanel error={report.error} onRetry={reload} />;
  return <DiagnosticsList report={report.value} />;
}

function DiagnosticsList({ report }: { report: DiagnosticsReport }) {
  const { t, locale } = useI18n();
  const listId = useId();
  const [copy, setCopy] = useState<Copy>({ status: 'idle' });
  const fallback = useRef<HTMLTextAreaElement>(null);
  const rows = diagnosticsRows(report, t, locale);

  useEffect(() => {
    if (copy.status === 'refused') fallback.current?.select();
  }, [copy.status]);

  const copyReport = async () => {
    const text = diagnosticsText(report, t, locale);
    try {
      // Absent where the page is not a secure context; refused where the permission is denied.
      await navigator.clipboard.writeText(text);
      setCopy({ status: 'copied' });
    } catch {
      setCopy({ status: 'refused', text });
    }
  };

  return (
    <section className="about__diagnostics" aria-labelledby={listId}>
      <h3 id={listId} className="about__subtitle">
        {t('about.diagnostics')}
      </h3>
      <dl className="about__facts">
        {rows.map((row) => (
          <div key={row.key} className="about__fact">
            <dt>{row.label}</dt>
            <dd className={row.key === 'dataFolder' || row.key === 'logFile' ? 'about__path' : undefined}>
              {row.value}
              {row.parts && (
                <ul className="about__parts">
                  {row.parts.map((part) => (
                    <li key={part.label}>
                      {part.label}: <strong>{part.value}</strong>
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="about__note">{t('about.reportNote')}</p>
      <div className="about__actions">
        <button type="button" className="button button--primary" onClick={() => void copyReport()}>
          {t('about.copy')}
        </button>
        <p role="status" className="about__copied">
          {copy.status === 'copied' ? t('about.copied') : ''}
        </p>
      </div>
      {copy.status === 'refused' && (
        <div className="about__fallback">
          <label htmlFor={`${listId}-report`}>{t('about.copyRefused')}</label>
          <textarea id={`${listId}-report`} ref={fallback} readOnly value={copy.text} rows={rows.length + 2} />
        </div>
      )}
    </section>
  );
}
