import { useEffect, useRef } from 'react';

/**
 * Moves focus to a screen's heading when the screen opens and focus has nowhere else to be: the
 * control that opened it (the sign-in form, a row of the list) is gone, so a keyboard or screen
 * reader user would otherwise start again from the top of the window. Focus that something else
 * placed (a tab kept by the workspace nav, the row returned to) is left where it is.
 */
export function useFocusWhenLost<T extends HTMLElement>() {
  const target = useRef<T>(null);
  useEffect(() => {
    const current = document.activeElement;
    if (current === null || current === document.body || !current.isConnected) target.current?.focus({ preventScroll: true });
  }, []);
  return target;
}
