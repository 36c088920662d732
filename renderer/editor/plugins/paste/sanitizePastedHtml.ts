import DOMPurify from 'dompurify';
import { safeLinkUrl } from '../../../../core/render/safeUrl.ts';

/** What a pasted document may keep: structure and emphasis; no styles, scripts, frames, forms or images. */
const ALLOWED_TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'sub',
  'sup',
  'a',
  'span',
  'div',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
];
const ALLOWED_ATTR = ['href', 'start'];

/**
 * Pasted HTML (from Word, a web page, another program) made safe and plain: Word's list
 * paragraphs turned into real lists, everything outside the allowed structure dropped by
 * DOMPurify, links kept only when they are http, https or mailto, headings folded to the two
 * levels the portal uses, and all text composed to NFC. Returns the cleaned `<body>`, detached
 * from any page (nothing in it ever runs or loads).
 */
export function sanitizePastedHtml(html: string): Element {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  convertWordLists(parsed);
  convertInlineStyles(parsed);
  const body = DOMPurify.sanitize(parsed.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    RETURN_DOM: true,
  });
  for (const link of [...body.querySelectorAll('a')]) {
    const href = link.getAttribute('href');
    const safe = href ? safeLinkUrl(href) : null;
    if (safe) link.setAttribute('href', safe);
    else link.replaceWith(...link.childNodes);
  }
  for (const heading of [...body.querySelectorAll('h1, h4, h5, h6')]) {
    const replacement = body.ownerDocument.createElement(heading.tagName === 'H1' ? 'h2' : 'h3');
    replacement.append(...heading.childNodes);
    heading.replaceWith(replacement);
  }
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue) node.nodeValue = node.nodeValue.normalize('NFC');
  }
  return body;
}

const ORDERED_MARKER = /^\s*(\d+|[a-z]|[ivxlc]+)[.)]\s*$/i;

/**
 * Word puts list items on the clipboard as paragraphs styled `mso-list` with the bullet or
 * number as text in a span marked `mso-list:Ignore`. Consecutive such paragraphs become one list.
 */
function convertWordLists(doc: Document): void {
  const isListParagraph = (element: Element | null): element is HTMLElement =>
    element instanceof HTMLElement && element.tagName === 'P' && /mso-list:\s*l\d/i.test(element.getAttribute('style') ?? '');
  for (const first of [...doc.body.querySelectorAll('p')]) {
    if (!isListParagraph(first) || !first.isConnected || isListParagraph(first.previousElementSibling)) continue;
    const items: HTMLElement[] = [];
    for (let item: Element | null = first; isListParagraph(item); item = item.nextElementSibling) items.push(item);
    const marker = items[0]!.querySelector('span[style*="mso-list"]');
    const list = doc.createElement(marker && ORDERED_MARKER.test(marker.textContent ?? '') ? 'ol' : 'ul');
    first.before(list);
    for (const item of items) {
      for (const ignored of [...item.querySelectorAll('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]')])
        ignored.remove();
      const li = doc.createElement('li');
      li.append(...item.childNodes);
      list.append(li);
      item.remove();
    }
  }
}

/**
 * Google Docs and many web pages mark emphasis with styles, which are dropped below: turn those
 * into elements first, and unwrap the `<b style="font-weight:normal">` Google Docs wraps a whole
 * copy in (it is not bold).
 */
function convertInlineStyles(doc: Document): void {
  for (const element of [...doc.body.querySelectorAll<HTMLElement>('[style]')]) {
    const style = element.style;
    if (element.tagName === 'B' && /^(normal|400)$/.test(style.fontWeight)) {
      element.replaceWith(...element.childNodes);
      continue;
    }
    if (element.tagName !== 'SPAN') continue;
    const wrappers = [
      /^(bold|bolder|[6-9]00)$/.test(style.fontWeight) ? 'strong' : null,
      style.fontStyle === 'italic' ? 'em' : null,
      /underline/.test(style.textDecoration || style.textDecorationLine) ? 'u' : null,
      /line-through/.test(style.textDecoration || style.textDecorationLine) ? 's' : null,
    ];
    for (const tag of wrappers) {
      if (!tag) continue;
      const wrapper = doc.createElement(tag);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    }
  }
}
