export const TEXT_FORMATS = ['basic_html', 'restricted_html', 'full_html', 'plain_text'] as const;

/**
 * A small stand-in for Drupal's text format filters: unsafe markup is removed (every format here
 * strips scripts and event handlers), and the caption filter turns `<img data-caption>` into
 * `<figure>/<figcaption>`.
 */
export function processBody(value: string): string {
  const safe = value
    .replace(/<(script|style|iframe|object|embed)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<(script|style|iframe|object|embed)\b[^>]*>/gi, '')
    .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/(href|src)\s*=\s*(["'])\s*(javascript|data|vbscript):[^"']*\2/gi, '$1="#"');
  return safe.replace(/<img\b([^>]*?)\sdata-caption="([^"]*)"([^>]*)>/gi, (_whole, before: string, caption: string, after: string) => {
    return `<figure role="group" class="caption caption-img"><img${before}${after}><figcaption>${caption}</figcaption></figure>`;
  });
}
