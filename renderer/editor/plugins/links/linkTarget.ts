import { safeLinkUrl } from '../../../../core/render/safeUrl.ts';

/**
 * What the writer typed as a link target, as a URL the portal may show, or null when it is not an
 * http, https or mailto address. A bare address ("baochinhphu.vn/…") is taken as https, an e-mail
 * address as mailto; anything with another scheme (javascript:, data:, file:…) is refused.
 */
export function linkTarget(typed: string): string | null {
  const text = typed.trim();
  if (text === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return safeLinkUrl(text);
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return safeLinkUrl(`mailto:${text}`);
  if (/^(\/\/)?[^\s/]+\.[^\s/]+/.test(text)) return safeLinkUrl(`https://${text.replace(/^\/\//, '')}`);
  return null;
}
