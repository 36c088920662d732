import { ARTICLE_STATES } from '../../core/model/article.ts';
import type { DiagnosticsReport } from '../../core/model/diagnostics.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { Translate } from '../i18n/translate.ts';

export interface DiagnosticsRow {
  /** Stable name for the row, whatever the language. */
  key:
    | 'version'
    | 'runtime'
    | 'os'
    | 'dataFolder'
    | 'dataFormat'
    | 'articles'
    | 'lastBackup'
    | 'searchIndex'
    | 'logFile'
    | 'portal'
    | 'generatedAt';
  label: string;
  value: string;
  /** Finer figures under the value (articles by state). */
  parts?: Array<{ label: string; value: string }>;
}

/**
 * The report as labelled rows, in the reader's language: the About screen shows them as a
 * definition list and the copied text is made from the same rows, so what is copied is what was seen.
 */
export function diagnosticsRows(report: DiagnosticsReport, t: Translate, locale: string): DiagnosticsRow[] {
  const { runtime, os, lastBackup, searchIndex } = report;
  const numbers = new Intl.NumberFormat(locale);
  return [
    { key: 'version', label: t('about.version'), value: report.app.version },
    {
      key: 'runtime',
      label: t('about.runtime'),
      value:
        runtime.mode === 'desktop'
          ? t('about.runtimeDesktop', { electron: runtime.electron, chromium: runtime.chromium, node: runtime.node })
          : t('about.runtimeBrowser', { node: runtime.node }),
    },
    { key: 'os', label: t('about.os'), value: `${os.platform} ${os.release} (${os.arch})` },
    { key: 'dataFolder', label: t('about.dataFolder'), value: report.dataFolder.path },
    { key: 'dataFormat', label: t('about.dataFormat'), value: String(report.dataFolder.formatVersion) },
    {
      key: 'articles',
      label: t('about.articles'),
      value: t('about.articleCount', { count: report.articles.total }),
      parts: ARTICLE_STATES.map((state) => ({ label: t(`state.${state}`), value: numbers.format(report.articles.byState[state]) })),
    },
    {
      key: 'lastBackup',
      label: t('about.lastBackup'),
      value: lastBackup ? `${formatDateTime(lastBackup.at, locale)} (${t(`backup.kind.${lastBackup.kind}`)})` : t('about.noBackup'),
    },
    {
      key: 'searchIndex',
      label: t('about.searchIndex'),
      value:
        searchIndex.bytes === null
          ? t('about.searchIndexUnsaved', { count: searchIndex.articles })
          : t('about.searchIndexSize', { count: searchIndex.articles, size: formatBytes(searchIndex.bytes, locale) }),
    },
    { key: 'logFile', label: t('about.logFile'), value: report.logFile ?? t('about.noLogFile') },
    {
      key: 'portal',
      label: t('about.portal'),
      value: report.portal.configured ? t('about.portalConfigured') : t('about.portalNotConfigured'),
    },
    { key: 'generatedAt', label: t('about.generatedAt'), value: formatDateTime(report.generatedAt, locale) },
  ];
}

/** The plain text that "copy diagnostic report" puts on the clipboard: a title, then one row a line. */
export function diagnosticsText(report: DiagnosticsReport, t: Translate, locale: string): string {
  const lines = diagnosticsRows(report, t, locale).map((row) => {
    const parts = row.parts ? ` (${row.parts.map((part) => `${part.label}: ${part.value}`).join(', ')})` : '';
    return `${row.label}: ${row.value}${parts}`;
  });
  return `${[t('about.reportTitle', { name: report.app.name }), ...lines].join('\n')}\n`;
}

function formatBytes(bytes: number, locale: string): string {
  const [amount, unit] =
    bytes < 1024 ? [bytes, 'byte'] : bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / 1024 / 1024, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(amount);
}
