import { useId, useState } from 'react';
import { ROLES, UsernameSchema, type AccountOverview, type Role } from '../../core/model/account.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import type { MessageKey } from '../i18n/vi.ts';
import './accounts.css';

/** The administrator's screen: the newsroom's accounts, their roles, and who may sign in. */
export function AccountsScreen() {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const [accounts, reload] = useLoad(async () => {
    const [list, me] = await Promise.all([api.accounts.list(), api.session.current()]);
    return { list, me: me?.username ?? null };
  }, [api]);
  const [message, setMessage] = useState<{ kind: 'done' | 'failed'; text: string } | null>(null);

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      setMessage({ kind: 'done', text: done });
      reload();
    } catch (error) {
      setMessage({ kind: 'failed', text: errorText(error, t) });
    }
  };

  return (
    <section className="accounts-screen" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('accounts.title')}</h1>
      {message && (
        <p
          role={message.kind === 'failed' ? 'alert' : 'status'}
          className={`accounts-screen__message accounts-screen__message--${message.kind}`}
        >
          {message.text}
        </p>
      )}
      {accounts.status === 'loading' && <Loading />}
      {accounts.status === 'failed' && <ErrorPanel error={accounts.error} onRetry={reload} />}
      {accounts.status === 'ready' && (
        <table className="accounts-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('accounts.username')}</th>
              <th scope="col">{t('accounts.displayName')}</th>
              <th scope="col">{t('accounts.role')}</th>
              <th scope="col">{t('accounts.status')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.value.list.map((account) => (
              <AccountRow key={account.username} account={account} self={account.username === accounts.value.me} run={run} />
            ))}
          </tbody>
        </table>
      )}
      <NewAccountForm run={run} />
    </section>
  );
}

type Run = (work: () => Promise<unknown>, done: string) => Promise<void>;

/** One account; the administrator's own row offers neither locking nor another role (the core refuses both). */
function AccountRow({ account, self, run }: { account: AccountOverview; self: boolean; run: Run }) {
  const api = useApi();
  const t = useT();
  const [password, setPassword] = useState('');
  const who = account.username;
  return (
    <tr>
      <th scope="row">
        {who} {self && <span className="accounts-table__you">{t('accounts.you')}</span>}
      </th>
      <td>{account.displayName}</td>
      <td>
        <select
          aria-label={t('accounts.roleOf', { who })}
          value={account.role}
          disabled={self}
          aria-describedby={self ? `self-note-${who}` : undefined}
          onChange={(event) =>
            void run(() => api.accounts.update(who, { role: event.target.value as Role }), t('accounts.roleChanged', { who }))
          }
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </td>
      <td>{account.disabled ? t('accounts.disabled') : account.lockedUntil ? t('accounts.locked') : t('accounts.active')}</td>
      <td>
        {/* The flex row lives inside the cell: a cell that is itself a flex box loses its row's height and border. */}
        <div className="accounts-table__actions">
          {self ? (
            <span id={`self-note-${who}`} className="accounts-table__note">
              {t('accounts.selfNote')}
            </span>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() =>
                void run(
                  () => api.accounts.update(who, { disabled: !account.disabled }),
                  account.disabled ? t('accounts.enabledDone', { who }) : t('accounts.disabledDone', { who }),
                )
              }
            >
              {account.disabled ? t('accounts.enable') : t('accounts.disable')}
            </button>
          )}
          <input
            type="password"
            autoComplete="new-password"
            aria-label={t('accounts.newPasswordFor', { who })}
            placeholder={t('accounts.newPassword')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <button
            type="button"
            className="button"
            disabled={password.length === 0}
            onClick={() =>
              void run(() => api.accounts.update(who, { password }).then(() => setPassword('')), t('accounts.passwordReset', { who }))
            }
          >
            {t('accounts.resetPassword')}
          </button>
        </div>
      </td>
    </tr>
  );
}

type NewAccountField = 'username' | 'displayName' | 'password';

/** What is wrong with each field, checked with the core's own rules before anything is sent. */
function problemsOf(draft: { username: string; displayName: string; password: string }): Partial<Record<NewAccountField, MessageKey>> {
  return {
    ...(UsernameSchema.safeParse(draft.username).success ? {} : { username: 'accounts.usernameRule' as const }),
    ...(draft.displayName.trim() === '' ? { displayName: 'accounts.displayNameRequired' as const } : {}),
    ...(draft.password.length < 8 ? { password: 'accounts.passwordRule' as const } : {}),
  };
}

function NewAccountForm({ run }: { run: Run }) {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState({ username: '', displayName: '', role: 'reporter' as Role, password: '' });
  // Problems are shown from the first try to create on, and follow each correction as it is typed.
  const [checked, setChecked] = useState(false);
  const problems = checked ? problemsOf(draft) : {};
  const field = (name: NewAccountField, label: string, type = 'text') => (
    <div className="accounts-form__field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      <input
        id={`${id}-${name}`}
        type={type}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        value={draft[name]}
        aria-invalid={problems[name] !== undefined}
        aria-describedby={problems[name] ? `${id}-${name}-problem` : undefined}
        onChange={(event) => setDraft({ ...draft, [name]: event.target.value })}
      />
      {problems[name] && (
        <span id={`${id}-${name}-problem`} className="field__problem">
          {t(problems[name])}
        </span>
      )}
    </div>
  );
  return (
    <form
      className="panel accounts-form"
      aria-label={t('accounts.create')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setChecked(true);
        if (Object.keys(problemsOf(draft)).length > 0) return;
        void run(
          () =>
            api.accounts.create({ ...draft, displayName: draft.displayName.trim() }).then(() => {
              setDraft({ username: '', displayName: '', role: 'reporter', password: '' });
              setChecked(false);
            }),
          t('accounts.created', { who: draft.username }),
        );
      }}
    >
      <h2>{t('accounts.create')}</h2>
      {field('username', t('accounts.username'))}
      {field('displayName', t('accounts.displayName'))}
      <div className="accounts-form__field">
        <label htmlFor={`${id}-role`}>{t('accounts.role')}</label>
        <select id={`${id}-role`} value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as Role })}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      {field('password', t('accounts.password'), 'password')}
      <button type="submit" className="button button--primary">
        {t('accounts.createButton')}
      </button>
    </form>
  );
}
