import { Component, Fragment, useState, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext.tsx';
import type { Translate } from '../i18n/translate.ts';
import { APP_VERSION } from './appVersion.ts';
import './screenBoundary.css';

interface Props {
  /** Which screen this is, for the copied details ("library", "editor 9a3b…"). */
  screen: string;
  /**
   * Shown above the failure panel, for a screen that brings no navigation of its own (an article,
   * the editor), so that the user can still go elsewhere.
   */
  navigation?: ReactNode;
  children: ReactNode;
}

interface State {
  error: unknown;
  componentStack: string | null;
  /** Bumped by "reload this screen": the screen is mounted afresh. */
  attempt: number;
}

/**
 * One screen that fails to render must not blank the app: the header and the navigation stay,
 * and the screen is replaced by a panel that reloads just that screen or copies what went wrong.
 * Give it a `key` per screen so that going to another screen starts with a clean slate.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo): void {
    this.setState({ componentStack: info.componentStack ?? null });
  }

  private readonly reload = () => this.setState((state) => ({ error: null, componentStack: null, attempt: state.attempt + 1 }));

  override render() {
    const { error, componentStack, attempt } = this.state;
    if (error === null) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <>
        {this.props.navigation}
        <ScreenFailure screen={this.props.screen} error={error} componentStack={componentStack} onReload={this.reload} />
      </>
    );
  }
}

type CopyState = 'idle' | 'copied' | 'failed';

function ScreenFailure({
  screen,
  error,
  componentStack,
  onReload,
}: {
  screen: string;
  error: unknown;
  componentStack: string | null;
  onReload(): void;
}) {
  const { t, language } = useI18n();
  const [copy, setCopy] = useState<CopyState>('idle');
  const [at] = useState(() => new Date().toISOString());
  const details = failureDetails(t, { screen, error, componentStack, at, language });

  const copyDetails = () => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) return setCopy('failed');
    clipboard.writeText(details).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    );
  };

  return (
    <section className="panel error-panel screen-failure" role="alert" aria-labelledby="screen-failure-title">
      <h2 id="screen-failure-title" className="error-panel__title">
        {t('screenError.title')}
      </h2>
      <p>{t('screenError.intro')}</p>
      <p className="screen-failure__reason">{t('screenError.reason', { message: messageOf(error) })}</p>
      <div className="screen-failure__actions">
        <button type="button" className="button button--primary" onClick={onReload}>
          {t('screenError.reload')}
        </button>
        <button type="button" className="button" onClick={copyDetails}>
          {t('screenError.copy')}
        </button>
        <span className="screen-failure__copied" role="status">
          {copy === 'copied' && t('screenError.copied')}
          {copy === 'failed' && t('screenError.copyFailed')}
        </span>
      </div>
      <details className="screen-failure__details">
        <summary>{t('screenError.details')}</summary>
        <pre>{details}</pre>
      </details>
    </section>
  );
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** What a developer needs to find the fault, as plain text for an e-mail or a ticket. */
export function failureDetails(
  t: Translate,
  {
    screen,
    error,
    componentStack,
    at,
    language,
  }: { screen: string; error: unknown; componentStack: string | null; at: string; language: string },
): string {
  const stack = error instanceof Error && error.stack ? error.stack : `${messageOf(error)}`;
  const lines = [
    `${t('screenError.detail.app')}: Newsdesk ${APP_VERSION}`,
    `${t('screenError.detail.screen')}: ${screen}`,
    `${t('screenError.detail.time')}: ${at}`,
    `${t('screenError.detail.language')}: ${language}`,
    `${t('screenError.detail.browser')}: ${typeof navigator !== 'undefined' ? navigator.userAgent : '?'}`,
    `${t('screenError.detail.error')}: ${error instanceof Error ? `${error.name}: ${messageOf(error)}` : messageOf(error)}`,
    '',
    `${t('screenError.detail.stack')}:`,
    stack,
    '',
    `${t('screenError.detail.componentStack')}:`,
    (componentStack ?? '').trim() || '?',
  ];
  return lines.join('\n');
}
