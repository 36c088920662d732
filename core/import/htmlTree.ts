/**
 * A small, forgiving HTML parser for converter input produced by machines (mammoth's Word
 * conversion): elements with lower-case names and attributes, text with character references
 * decoded. It runs in plain Node, so the command line and the desktop app's main process can
 * import documents without a browser DOM. Scripts and styles are skipped whole; a stray closing
 * tag is ignored; an unclosed element ends with its parent.
 */

export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}

export interface HtmlText {
  kind: 'text';
  text: string;
}

export type HtmlNode = HtmlElement | HtmlText;

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'title']);
const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Parses `html` into a tree under a synthetic root element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { kind: 'element', tag: '#root', attrs: {}, children: [] };
  const open: HtmlElement[] = [root];
  const current = () => open[open.length - 1]!;
  let text = '';
  const flushText = () => {
    if (text === '') return;
    current().children.push({ kind: 'text', text: decodeReferences(text) });
    text = '';
  };

  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, lt);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      text += '<';
      at = lt + 1;
      continue;
    }
    flushText();
    at = TAG.lastIndex;
    const [, closing, rawName, rawAttributes = ''] = match;
    const tag = rawName!.toLowerCase();
    if (closing) {
      const index = open.map((element) => element.tag).lastIndexOf(tag);
      if (index > 0) open.length = index;
      continue;
    }
    if (SKIPPED_ELEMENTS.has(tag)) {
      const end = html.toLowerCase().indexOf(`</${tag}`, at);
      const close = end < 0 ? -1 : html.indexOf('>', end);
      at = close < 0 ? html.length : close + 1;
      continue;
    }
    const element: HtmlElement = { kind: 'element', tag, attrs: parseAttributes(rawAttributes), children: [] };
    current().children.push(element);
    if (!VOID_ELEMENTS.has(tag) && !rawAttributes.trimEnd().endsWith('/')) open.push(element);
  }
  flushText();
  return root;
}

function parseAttributes(raw: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeReferences(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attrs;
}

function decodeReferences(text: string): string {
  return text.replace(/&(#[0-9]+|#x[0-9a-f]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
  });
}
