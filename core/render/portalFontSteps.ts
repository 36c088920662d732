/** The reader's text sizes behind "-A A +A", as multiples of the portal's base size. */
export const PORTAL_FONT_STEPS = [0.875, 1, 1.125, 1.25, 1.4] as const;
/** The index of the portal's own size, which "A" returns to. */
export const DEFAULT_FONT_STEP = 1;

export function clampFontStep(step: number): number {
  if (!Number.isInteger(step)) return DEFAULT_FONT_STEP;
  return Math.min(PORTAL_FONT_STEPS.length - 1, Math.max(0, step));
}
