const ALLOWED_LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** The link target if it is an http, https or mailto URL, else null (javascript:, data:, … never pass). */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  return ALLOWED_LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : null;
}
