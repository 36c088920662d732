import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';

/** Where each key moves focus along the toolbar, given the focused button and how many there are. */
const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The keys of a WAI-ARIA toolbar: the whole toolbar is one Tab stop (the button last used), and
 * the arrow keys, Home and End move between its buttons. Without it every formatting button is a
 * Tab stop of its own, and a keyboard user crosses fourteen of them between the title and the text.
 */
export function useRovingFocus<T extends HTMLElement>() {
  const toolbar = useRef<T>(null);
  const stop = useRef<HTMLButtonElement | null>(null);

  const allButtons = () => [...(toolbar.current?.querySelectorAll('button') ?? [])];
  const enabledButtons = () => allButtons().filter((button) => !button.disabled);
  const makeStop = (chosen: HTMLButtonElement | null) => {
    for (const button of allButtons()) button.tabIndex = button === chosen ? 0 : -1;
    stop.current = chosen;
  };

  // After every render: the stop may have become disabled (undo with nothing to undo), or
  // buttons may have been added with the browser's default tabIndex.
  useLayoutEffect(() => {
    const enabled = enabledButtons();
    makeStop(stop.current && enabled.includes(stop.current) ? stop.current : (enabled[0] ?? null));
  });

  const onKeyDown = (event: KeyboardEvent<T>) => {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const enabled = enabledButtons();
    const index = enabled.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    const next = enabled[move(index, enabled.length)]!;
    makeStop(next);
    next.focus();
  };

  const onFocus = (event: FocusEvent<T>) => {
    if (event.target instanceof HTMLButtonElement && !event.target.disabled) makeStop(event.target);
  };

  return { ref: toolbar, onKeyDown, onFocus };
}
