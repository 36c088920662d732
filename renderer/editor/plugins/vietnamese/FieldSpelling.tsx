import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Misspelling } from '../../../../core/vietnamese/spellChecker.ts';
import { SpellingMenu, type SpellingMenuRequest } from './SpellingMenu.tsx';
import { useWritingAids } from './WritingAidsContext.tsx';

interface Props {
  /** The field's text (what its input or textarea shows). */
  value: string;
  /** The text with one word replaced from the suggestions. */
  onReplace(value: string): void;
  /** The field: one `<input>` or `<textarea>`. */
  children: ReactNode;
}

/** Layout properties the underlay copies from its field, so each word lies exactly under itself. */
const COPIED = [
  'fontFamily',
  'fontSize',
  'fontWeight',
  'fontStyle',
  'lineHeight',
  'letterSpacing',
  'wordSpacing',
  'textIndent',
  'textTransform',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'boxSizing',
  'textAlign',
  'direction',
] as const;

/**
 * Spell check for a plain field (title, sapo, photo captions): unknown words are underlined by an
 * underlay with the field's exact layout and transparent text, so the field itself is untouched.
 * A right click on an underlined word, or Shift+F10 with the caret in it, opens the suggestions.
 */
export function FieldSpelling({ value, onReplace, children }: Props) {
  const aids = useWritingAids();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const underlayRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<SpellingMenuRequest | null>(null);
  const checker = aids.enabled ? aids.checker : null;
  // Checked again when the dictionary's revision moves: a word added to it is no longer underlined.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the checker object stays the same when words are added
  const misspellings = useMemo(() => (checker ? checker.misspellings(value) : []), [checker, value, aids.revision]);
  const hasMisspellings = misspellings.length > 0;

  const field = () => wrapperRef.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea') ?? null;

  useLayoutEffect(() => {
    const input = field();
    const underlay = underlayRef.current;
    if (!input || !underlay) return;
    const place = () => {
      const style = getComputedStyle(input);
      for (const property of COPIED) underlay.style[property] = style[property];
      underlay.style.top = `${input.offsetTop}px`;
      underlay.style.left = `${input.offsetLeft}px`;
      underlay.style.width = `${input.offsetWidth}px`;
      underlay.style.height = `${input.offsetHeight}px`;
      underlay.style.whiteSpace = input.tagName === 'TEXTAREA' ? 'pre-wrap' : 'pre';
      underlay.scrollTop = input.scrollTop;
      underlay.scrollLeft = input.scrollLeft;
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(input);
    input.addEventListener('scroll', place);
    input.addEventListener('input', place);
    return () => {
      observer.disconnect();
      input.removeEventListener('scroll', place);
      input.removeEventListener('input', place);
    };
  }, [hasMisspellings]);

  useEffect(() => {
    const input = field();
    if (!input || misspellings.length === 0) return;
    const open = (misspelling: Misspelling, x: number, y: number) =>
      setMenu({
        word: misspelling.word,
        x,
        y,
        returnFocus: () => input.focus(),
        replace: (replacement) => onReplace(value.slice(0, misspelling.start) + replacement + value.slice(misspelling.end)),
      });
    const markAt = (index: number) => underlayRef.current?.querySelector<HTMLElement>(`mark[data-index="${index}"]`);
    const onContextMenu = (event: MouseEvent) => {
      const index = misspellings.findIndex((_, at) =>
        [...(markAt(at)?.getClientRects() ?? [])].some(
          (box) => event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom,
        ),
      );
      if (index < 0) return;
      event.preventDefault();
      open(misspellings[index]!, event.clientX, event.clientY);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10'))) return;
      const caret = input.selectionStart ?? -1;
      const index = misspellings.findIndex((m) => caret >= m.start && caret <= m.end);
      if (index < 0) return;
      event.preventDefault();
      const box = markAt(index)?.getBoundingClientRect();
      open(misspellings[index]!, box?.left ?? 0, (box?.bottom ?? 0) + 4);
    };
    const element: HTMLElement = input;
    element.addEventListener('contextmenu', onContextMenu);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('contextmenu', onContextMenu);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [misspellings, value, onReplace]);

  const pieces: ReactNode[] = [];
  let at = 0;
  misspellings.forEach((misspelling, index) => {
    pieces.push(value.slice(at, misspelling.start));
    pieces.push(
      <mark key={index} data-index={index} className="field-spelling__word">
        {misspelling.word}
      </mark>,
    );
    at = misspelling.end;
  });
  pieces.push(value.slice(at));

  return (
    <div ref={wrapperRef} className="field-spelling">
      {children}
      {misspellings.length > 0 && (
        <div ref={underlayRef} className="field-spelling__underlay" aria-hidden="true" data-testid="field-spelling">
          {pieces}
        </div>
      )}
      {menu && <SpellingMenu request={menu} onClose={() => setMenu(null)} />}
    </div>
  );
}
