import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../../i18n/I18nContext.tsx';
import { useWritingAids } from './WritingAidsContext.tsx';

export interface SpellingMenuRequest {
  word: string;
  /** Where to open, in viewport pixels. */
  x: number;
  y: number;
  replace(replacement: string): void;
  /** Where the focus goes back when the menu closes. */
  returnFocus(): void;
}

interface Props {
  request: SpellingMenuRequest;
  onClose(): void;
}

/**
 * Suggestions for an unknown word (opened by a right click on it, or Shift+F10 / the menu key
 * with the caret in it), then "add to the newsroom dictionary" and "ignore". Arrow keys move,
 * Enter chooses, Escape closes.
 */
export function SpellingMenu({ request, onClose }: Props) {
  const t = useT();
  const aids = useWritingAids();
  const menuRef = useRef<HTMLDivElement>(null);
  const [suggestions] = useState(() => aids.checker?.suggest(request.word, aids.toneStyle).slice(0, 7) ?? []);
  const [failed, setFailed] = useState<string | null>(null);

  useEffect(() => {
    menuRef.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    const closeOnOutside = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', closeOnOutside, true);
    return () => document.removeEventListener('mousedown', closeOnOutside, true);
  }, [onClose]);

  const close = () => {
    onClose();
    request.returnFocus();
  };
  const choose = (replacement: string) => {
    request.replace(replacement);
    close();
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      items[(at + step + items.length) % items.length]?.focus();
    } else if (event.key === 'Tab') {
      event.preventDefault();
    }
  };

  const left = Math.min(request.x, window.innerWidth - 280);
  const top = Math.min(request.y, window.innerHeight - 320);
  return createPortal(
    <div
      ref={menuRef}
      className="spelling-menu"
      role="menu"
      aria-label={t('spelling.menu', { word: request.word })}
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      {suggestions.length === 0 && <p className="spelling-menu__none">{t('spelling.noSuggestions')}</p>}
      {suggestions.map((suggestion) => (
        <button key={suggestion} type="button" role="menuitem" className="spelling-menu__suggestion" onClick={() => choose(suggestion)}>
          {suggestion}
        </button>
      ))}
      <hr />
      <button
        type="button"
        role="menuitem"
        onClick={() => void aids.addWord(request.word).then(close, (error: unknown) => setFailed((error as Error).message))}
      >
        {t('spelling.addToDictionary')}
      </button>
      <button
        type="button"
        role="menuitem"
        onClick={() => {
          aids.ignoreWord(request.word);
          close();
        }}
      >
        {t('spelling.ignore')}
      </button>
      {failed && <p role="alert">{failed}</p>}
    </div>,
    document.body,
  );
}
