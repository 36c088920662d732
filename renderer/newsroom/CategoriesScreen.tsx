import { useId, useState, type FormEvent } from 'react';
import { MAX_CATEGORY_LENGTH } from '../../core/model/categories.ts';
import { useApi } from '../api/ApiContext.tsx';
import { ErrorPanel } from '../shared/ErrorPanel.tsx';
import { errorText } from '../shared/errorText.ts';
import { Loading } from '../shared/Loading.tsx';
import { useLoad } from '../shared/useLoad.ts';
import { useT } from '../i18n/I18nContext.tsx';
import './newsroom.css';

type Message = { kind: 'done' | 'failed'; text: string } | null;

/** The administrator's list of the newsroom's categories: add, rename, move and remove, each kept at once. */
export function CategoriesScreen() {
  const api = useApi();
  const t = useT();
  const headingId = useId();
  const [list, reload] = useLoad(() => api.newsroom.categories(), [api]);
  const [message, setMessage] = useState<Message>(null);

  /** Saves the whole list; true when the core kept it. */
  const keep = async (names: string[], done: string): Promise<boolean> => {
    try {
      await api.newsroom.setCategories(names);
      setMessage({ kind: 'done', text: done });
      reload();
      return true;
    } catch (error) {
      setMessage({ kind: 'failed', text: errorText(error, t) });
      return false;
    }
  };

  return (
    <section className="categories-screen" aria-labelledby={headingId}>
      <h1 id={headingId}>{t('categories.title')}</h1>
      <p className="categories-screen__intro">{t('categories.intro')}</p>
      {message && (
        <p
          role={message.kind === 'failed' ? 'alert' : 'status'}
          className={`categories-screen__message categories-screen__message--${message.kind}`}
        >
          {message.text}
        </p>
      )}
      {list.status === 'loading' && <Loading />}
      {list.status === 'failed' && <ErrorPanel error={list.error} onRetry={reload} />}
      {list.status === 'ready' && (
        <>
          {/* Above the list: a newsroom's list runs past the window's height. */}
          <NewCategoryForm names={list.value} keep={keep} />
          {list.value.length === 0 && <p className="panel">{t('categories.empty')}</p>}
          <ol className="categories-list" aria-labelledby={headingId}>
            {list.value.map((name, index) => (
              <CategoryRow key={name} name={name} index={index} names={list.value} keep={keep} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

type Keep = (names: string[], done: string) => Promise<boolean>;

function CategoryRow({ name, index, names, keep }: { name: string; index: number; names: readonly string[]; keep: Keep }) {
  const t = useT();
  const [text, setText] = useState(name);
  const changed = text.trim() !== '' && text.trim() !== name;
  const move = (by: -1 | 1) => {
    const next = [...names];
    next.splice(index, 1);
    next.splice(index + by, 0, name);
    void keep(next, t('categories.moved', { name }));
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (changed)
      void keep(
        names.map((other) => (other === name ? text : other)),
        t('categories.renamed', { name, to: text.trim() }),
      );
  };
  return (
    <li className="categories-list__item">
      <form className="categories-list__form" onSubmit={rename}>
        <input
          type="text"
          aria-label={t('categories.nameOf', { name })}
          value={text}
          maxLength={MAX_CATEGORY_LENGTH}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" className="button" disabled={!changed}>
          {t('categories.rename')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={index === 0}
          aria-label={t('categories.upOf', { name })}
          onClick={() => move(-1)}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={index === names.length - 1}
          aria-label={t('categories.downOf', { name })}
          onClick={() => move(1)}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--quiet"
          aria-label={t('categories.removeOf', { name })}
          onClick={() =>
            void keep(
              names.filter((other) => other !== name),
              t('categories.removed', { name }),
            )
          }
        >
          {t('categories.remove')}
        </button>
      </form>
    </li>
  );
}

function NewCategoryForm({ names, keep }: { names: readonly string[]; keep: Keep }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');
  const name = text.trim();
  const taken = names.some((other) => other.toLocaleLowerCase('vi') === name.toLocaleLowerCase('vi'));
  return (
    <form
      className="panel categories-new"
      aria-label={t('categories.add')}
      onSubmit={(event) => {
        event.preventDefault();
        if (name === '' || taken) return;
        void keep([...names, name], t('categories.added', { name })).then((kept) => kept && setText(''));
      }}
    >
      <label htmlFor={`${id}-name`}>{t('categories.newName')}</label>
      <input
        id={`${id}-name`}
        type="text"
        value={text}
        maxLength={MAX_CATEGORY_LENGTH}
        aria-invalid={taken}
        aria-describedby={taken ? `${id}-taken` : undefined}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={name === '' || taken}>
        {t('categories.add')}
      </button>
      {taken && (
        <span id={`${id}-taken`} className="field__problem">
          {t('categories.taken', { name })}
        </span>
      )}
    </form>
  );
}
