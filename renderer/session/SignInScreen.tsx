import { useId, useState, type FormEvent } from 'react';
import { errorText } from '../shared/errorText.ts';
import { useT } from '../i18n/I18nContext.tsx';
import './session.css';

export function SignInScreen({ onSignIn }: { onSignIn(username: string, password: string): Promise<void> }) {
  const t = useT();
  const ids = { title: useId(), username: useId(), password: useId() };
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const name = username.trim().toLowerCase();
    if (name === '' || password === '') {
      setError(t('session.missingFields'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onSignIn(name, password);
    } catch (failure) {
      setError(errorText(failure, t));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <section className="sign-in panel" aria-labelledby={ids.title}>
      <h1 id={ids.title} className="sign-in__title">
        {t('session.title')}
      </h1>
      <p className="sign-in__intro">{t('session.intro')}</p>
      <form className="sign-in__form" onSubmit={submit} noValidate aria-busy={busy}>
        <label htmlFor={ids.username}>{t('session.username')}</label>
        <input
          id={ids.username}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
        <label htmlFor={ids.password}>{t('session.password')}</label>
        <input
          id={ids.password}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <div className="sign-in__alert" role="alert">
          {error}
        </div>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? t('session.submitting') : t('session.submit')}
        </button>
      </form>
    </section>
  );
}
