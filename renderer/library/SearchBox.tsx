import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/I18nContext.tsx';

const DEBOUNCE_MS = 200;

/** The library's search field: reports the query once typing pauses; Esc clears it. */
export function SearchBox({ onSearch }: { onSearch(query: string): void }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState('');

  useEffect(() => {
    const timer = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, onSearch]);

  return (
    <div className="search-box">
      <label htmlFor={id}>{t('library.searchLabel')}</label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder={t('library.searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text !== '') {
            event.stopPropagation();
            setText('');
          }
        }}
      />
    </div>
  );
}
