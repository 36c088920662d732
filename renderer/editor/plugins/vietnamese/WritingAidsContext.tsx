import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SpellChecker } from '../../../../core/vietnamese/spellChecker.ts';
import type { ToneStyle } from '../../../../core/vietnamese/toneStyle.ts';
import { useApi } from '../../../api/ApiContext.tsx';
import { loadSpellChecker } from './loadSpellChecker.ts';

const SPELLING_PREFERENCE = 'newsdesk.spellCheck';

/** The editor's Vietnamese aids: the spell checker, whether it is on, and the newsroom's tone style. */
export interface WritingAids {
  /** Null while the dictionary loads (or when it could not be loaded). */
  checker: SpellChecker | null;
  enabled: boolean;
  setEnabled(enabled: boolean): void;
  toneStyle: ToneStyle;
  /** Changes the newsroom's tone style (administrators). */
  setToneStyle(style: ToneStyle): Promise<void>;
  /** "Thêm vào từ điển của toà soạn": kept in the data folder for everyone. */
  addWord(word: string): Promise<void>;
  /** Leaves a word alone for the rest of this editing session. */
  ignoreWord(word: string): void;
  /** Changes whenever the known words change, so underlines are drawn again. */
  revision: number;
}

const Context = createContext<WritingAids | null>(null);

export function WritingAidsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [checker, setChecker] = useState<SpellChecker | null>(null);
  const [enabled, setEnabledState] = useState(() => localStorage.getItem(SPELLING_PREFERENCE) !== 'off');
  const [toneStyle, setToneStyleState] = useState<ToneStyle>('modern');
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let live = true;
    void api.newsroom.settings().then(
      (settings) => live && setToneStyleState(settings.toneStyle),
      () => undefined,
    );
    void api.writing
      .dictionary()
      .catch(() => [] as string[])
      .then(loadSpellChecker)
      .then(
        (loaded) => live && setChecker(loaded),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [api]);

  const setEnabled = useCallback((on: boolean) => {
    localStorage.setItem(SPELLING_PREFERENCE, on ? 'on' : 'off');
    setEnabledState(on);
  }, []);
  const setToneStyle = useCallback(
    async (style: ToneStyle) => {
      const settings = await api.newsroom.update({ toneStyle: style });
      setToneStyleState(settings.toneStyle);
    },
    [api],
  );
  const addWord = useCallback(
    async (word: string) => {
      await api.writing.addWord(word);
      checker?.addWord(word);
      setRevision((value) => value + 1);
    },
    [api, checker],
  );
  const ignoreWord = useCallback(
    (word: string) => {
      checker?.addWord(word);
      setRevision((value) => value + 1);
    },
    [checker],
  );

  const value = useMemo(
    () => ({ checker, enabled, setEnabled, toneStyle, setToneStyle, addWord, ignoreWord, revision }),
    [checker, enabled, setEnabled, toneStyle, setToneStyle, addWord, ignoreWord, revision],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useWritingAids(): WritingAids {
  const aids = useContext(Context);
  if (!aids) throw new Error('useWritingAids() needs a <WritingAidsProvider> above it');
  return aids;
}
