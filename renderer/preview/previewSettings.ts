import { clampFontStep, DEFAULT_FONT_STEP } from '../../core/render/portalFontSteps.ts';
import { PORTAL_THEMES, type PortalTheme } from '../../core/render/portalTheme.ts';

export type PreviewWidth = 'desktop' | 'phone';

/** How the reporter last looked at a preview; kept so the next article opens the same way. */
export interface PreviewSettings {
  theme: PortalTheme;
  fontStep: number;
  width: PreviewWidth;
}

const STORAGE_KEY = 'newsdesk.preview';
const DEFAULTS: PreviewSettings = { theme: 'light', fontStep: DEFAULT_FONT_STEP, width: 'desktop' };

export function loadPreviewSettings(): PreviewSettings {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<Record<keyof PreviewSettings, unknown>>;
    return {
      theme: PORTAL_THEMES.includes(stored.theme as PortalTheme) ? (stored.theme as PortalTheme) : DEFAULTS.theme,
      fontStep: typeof stored.fontStep === 'number' ? clampFontStep(stored.fontStep) : DEFAULTS.fontStep,
      width: stored.width === 'phone' ? 'phone' : DEFAULTS.width,
    };
  } catch {
    return DEFAULTS;
  }
}

export function savePreviewSettings(settings: PreviewSettings): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  } catch {
    // Storage can be disabled; the choice then lasts for this window only.
  }
}
