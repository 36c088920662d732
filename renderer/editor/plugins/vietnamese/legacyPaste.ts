import { detectLegacyEncoding } from '../../../../core/vietnamese/detectEncoding.ts';
import { decodeLegacy, type LegacyEncoding } from '../../../../core/vietnamese/legacyEncoding.ts';

/** The encoding of pasted text when it is a legacy one; Unicode text gives null and stays as it is. */
export function pastedEncoding(text: string): LegacyEncoding | null {
  return detectLegacyEncoding(text);
}

/** Decodes every text node of a pasted (already cleaned) HTML body in place. */
export function decodeHtmlText(body: Element, encoding: LegacyEncoding): void {
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue) node.nodeValue = decodeLegacy(node.nodeValue, encoding);
  }
}
