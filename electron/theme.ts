/**
 * The window's own colour, painted before the page: the app's page background (`--bg` in
 * renderer/app/theme.css) for the OS theme, so a dark desktop gets no white flash at start or on resize.
 */
export const WINDOW_BACKGROUND = { light: '#f5f4f0', dark: '#131518' } as const;

export function windowBackgroundColor(darkTheme: boolean): string {
  return darkTheme ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
