/**
 * The portal's colours for day and night reading. They are data rather than CSS text so that a
 * unit test can prove every text colour meets WCAG AA (4.5:1) on the background it sits on.
 */
export const PORTAL_THEMES = ['light', 'dark'] as const;
export type PortalTheme = (typeof PORTAL_THEMES)[number];

export interface PortalColours {
  /** Page background. */
  background: string;
  /** Title, sapo and body text. */
  text: string;
  /** Captions, credits, the date line and tags. */
  muted: string;
  /** Links; they are also underlined, so colour is never the only cue. */
  link: string;
  /** The category label and the rule under the masthead. */
  accent: string;
  /** Tag chips and the photo placeholder. */
  surface: string;
  border: string;
  /** Background of the paragraph being read aloud, under normal text colour. */
  reading: string;
}

export const PORTAL_COLOURS: Record<PortalTheme, PortalColours> = {
  light: {
    background: '#ffffff',
    text: '#1d2127',
    muted: '#4f5661',
    link: '#0a54a0',
    accent: '#a3161b',
    surface: '#f1f2f4',
    border: '#d8dbe0',
    reading: '#fff1b8',
  },
  dark: {
    background: '#16181c',
    text: '#e5e3de',
    muted: '#b0b6bf',
    link: '#8fc0ff',
    accent: '#ff938c',
    surface: '#23262b',
    border: '#3a3f46',
    reading: '#44391a',
  },
};
