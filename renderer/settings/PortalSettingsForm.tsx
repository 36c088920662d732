import { useId, useState, type FormEvent } from 'react';
import {
  PORTAL_AUTH_METHODS,
  PORTAL_TEXT_FORMATS,
  type ConnectionReport,
  type PortalSettingsView,
} from '../../core/model/portalSettings.ts';
import { useApi } from '../api/ApiContext.tsx';
import { errorText, messageText } from '../shared/errorText.ts';
import { useT } from '../i18n/I18nContext.tsx';
import './settings.css';

type Draft = Omit<PortalSettingsView, 'hasPassword'> & { password: string };
type Outcome =
  | { kind: 'saved' }
  | { kind: 'report'; report: ConnectionReport }
  /** The portal refused the account: a password just typed was not kept. */
  | { kind: 'refused'; report: ConnectionReport; typed: boolean }
  | { kind: 'error'; message: string }
  | null;

/**
 * Where the portal is and how to reach it. A password just typed is tried on the portal first and
 * kept only when the portal does not refuse it; "Kiểm tra kết nối" then says exactly what is wrong.
 */
export function PortalSettingsForm({ initial, onSaved }: { initial: PortalSettingsView; onSaved?(view: PortalSettingsView): void }) {
  const api = useApi();
  const t = useT();
  const id = useId();
  const { hasPassword: initiallyKept, ...settings } = initial;
  const [draft, setDraft] = useState<Draft>({ ...settings, password: '' });
  const [hasPassword, setHasPassword] = useState(initiallyKept);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  // A change to what the message is about takes the old message away: it no longer says what is on screen.
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      setDraft((d) => ({ ...d, [key]: value }));
      setOutcome((shown) => (shown?.kind === 'saved' || (shown?.kind === 'report' && shown.report.ok) ? shown : null));
    };

  async function save(withPassword: boolean): Promise<void> {
    const { password, ...rest } = draft;
    const view = await api.sync.saveSettings(withPassword && password ? { ...rest, password } : rest);
    setDraft((d) => ({ ...d, password: withPassword ? '' : d.password }));
    setHasPassword(view.hasPassword);
    onSaved?.(view);
  }

  async function run(kind: 'save' | 'test', event?: FormEvent) {
    event?.preventDefault();
    setBusy(kind);
    setOutcome(null);
    try {
      const typed = draft.password !== '';
      // Tried before anything is kept (with the password typed, else the one kept).
      const report = typed || kind === 'test' ? await api.sync.testConnection(draft) : null;
      if (report?.signInRefused) {
        await save(false);
        setOutcome({ kind: 'refused', report, typed });
        return;
      }
      await save(true);
      setOutcome(kind === 'test' && report ? { kind: 'report', report } : { kind: 'saved' });
    } catch (error) {
      setOutcome({ kind: 'error', message: errorText(error, t) });
    } finally {
      setBusy(null);
    }
  }

  const refused = outcome?.kind === 'refused';
  const passwordHint = refused
    ? outcome.typed
      ? t('portalSettings.passwordRefused')
      : t('portalSettings.keptPasswordRefused')
    : hasPassword
      ? t('portalSettings.passwordKept')
      : t('portalSettings.passwordHint');
  const bad =
    outcome !== null && (outcome.kind === 'error' || outcome.kind === 'refused' || (outcome.kind === 'report' && !outcome.report.ok));

  const field = (
    key: 'baseUrl' | 'username' | 'oauthClientId' | 'contentType' | 'bodyField' | 'imageField' | 'tagsField' | 'reviewState',
    label: string,
    extra: { hint?: string; type?: string } = {},
  ) => (
    <div className="settings-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type={extra.type ?? 'text'}
        value={draft[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-describedby={extra.hint ? `${id}-${key}-hint` : undefined}
        spellCheck={false}
      />
      {extra.hint && (
        <p id={`${id}-${key}-hint`} className="settings-field__hint">
          {extra.hint}
        </p>
      )}
    </div>
  );

  return (
    <form className="panel portal-settings" onSubmit={(e) => void run('save', e)} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portalSettings.title')}</h2>
      {field('baseUrl', t('portalSettings.baseUrl'), { hint: t('portalSettings.baseUrlHint'), type: 'url' })}
      <div className="settings-field">
        <label htmlFor={`${id}-auth`}>{t('portalSettings.auth')}</label>
        <select id={`${id}-auth`} value={draft.auth} onChange={(e) => set('auth')(e.target.value as Draft['auth'])}>
          {PORTAL_AUTH_METHODS.map((method) => (
            <option key={method} value={method}>
              {t(`portalSettings.auth.${method}`)}
            </option>
          ))}
        </select>
      </div>
      {draft.auth === 'oauth2' && field('oauthClientId', t('portalSettings.oauthClientId'))}
      {field('username', t('portalSettings.username'))}
      <div className="settings-field">
        <label htmlFor={`${id}-password`}>{t('portalSettings.password')}</label>
        <input
          id={`${id}-password`}
          type="password"
          autoComplete="off"
          value={draft.password}
          onChange={(e) => set('password')(e.target.value)}
          aria-invalid={refused}
          aria-describedby={`${id}-password-hint`}
        />
        <p id={`${id}-password-hint`} className={refused ? 'settings-field__hint settings-field__hint--bad' : 'settings-field__hint'}>
          {passwordHint}
        </p>
      </div>
      <fieldset className="portal-settings__fields">
        <legend>{t('portalSettings.fields')}</legend>
        <div className="settings-field">
          <label htmlFor={`${id}-format`}>{t('portalSettings.textFormat')}</label>
          <select id={`${id}-format`} value={draft.textFormat} onChange={(e) => set('textFormat')(e.target.value as Draft['textFormat'])}>
            {PORTAL_TEXT_FORMATS.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </select>
        </div>
        {field('contentType', t('portalSettings.contentType'))}
        {field('bodyField', t('portalSettings.bodyField'))}
        {field('imageField', t('portalSettings.imageField'))}
        {field('tagsField', t('portalSettings.tagsField'))}
        {field('reviewState', t('portalSettings.reviewState'), { hint: t('portalSettings.reviewStateHint') })}
        <div className="settings-field">
          <label htmlFor={`${id}-concurrency`}>{t('portalSettings.concurrency')}</label>
          <input
            id={`${id}-concurrency`}
            type="number"
            min={1}
            max={16}
            step={1}
            value={draft.concurrency}
            onChange={(e) => set('concurrency')(Math.min(16, Math.max(1, Math.round(Number(e.target.value) || 1))))}
            aria-describedby={`${id}-concurrency-hint`}
          />
          <p id={`${id}-concurrency-hint`} className="settings-field__hint">
            {t('portalSettings.concurrencyHint')}
          </p>
        </div>
      </fieldset>
      <div className="portal-settings__actions">
        <button type="submit" className="button" disabled={busy !== null}>
          {t('portalSettings.save')}
        </button>
        <button type="button" className="button button--primary" disabled={busy !== null} onClick={() => void run('test')}>
          {busy === 'test' ? t('portalSettings.testing') : t('portalSettings.test')}
        </button>
      </div>
      <p className={`portal-settings__outcome${bad ? ' portal-settings__outcome--bad' : ''}`} role="status">
        {outcome?.kind === 'saved' && t('portalSettings.saved')}
        {(outcome?.kind === 'report' || outcome?.kind === 'refused') && messageText(outcome.report.message, t)}
        {outcome?.kind === 'refused' && outcome.typed && ` ${t('portalSettings.passwordNotKept')}`}
        {outcome?.kind === 'error' && outcome.message}
      </p>
    </form>
  );
}
