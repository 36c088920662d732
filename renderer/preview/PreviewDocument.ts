import type { Article } from '../../core/model/article.ts';
import type { SerializedNode } from '../../core/model/document.ts';
import { renderArticleFrame, type ArticleContentOptions } from '../../core/render/articleContent.ts';
import { renderBlockHtml } from '../../core/render/bodyHtml.ts';

/** A block of the body as shown: its HTML and the nodes that HTML made in the page. */
interface ShownBlock {
  html: string;
  nodes: ChildNode[];
}

/**
 * The article in a preview, as `renderArticleContent` writes it, brought up to date piece by piece:
 * a block of the body is rendered again only when its JSON is a new object (the editor's snapshots
 * share the JSON of unchanged paragraphs), and only the blocks whose HTML changed are replaced in
 * the page. A pause in typing in a 20,000-word article then redraws one paragraph of the preview,
 * not the whole article.
 */
export class PreviewDocument {
  private readonly blockHtml = new WeakMap<SerializedNode, string>();
  private readonly template: HTMLTemplateElement;
  private frame: string | null = null;
  private blocks: ShownBlock[] = [];

  constructor(
    readonly container: HTMLElement,
    private readonly options: ArticleContentOptions,
  ) {
    this.template = container.ownerDocument.createElement('template');
  }

  show(article: Article): void {
    const htmls = article.body.root.children.map((block) => this.htmlOf(block));
    const { before, after } = renderArticleFrame(article, this.options);
    const frame = `${before}\n<div class="nd-body"></div>\n${after}`;
    if (frame !== this.frame) {
      // Around the body (the title, the sapo, the byline…): drawn again, the body left where it is.
      if (!this.redrawAroundBody(frame)) {
        this.container.innerHTML = frame;
        this.body().append(...this.blocks.flatMap((block) => block.nodes));
      }
      this.frame = frame;
    }
    this.replaceChanged(htmls);
  }

  /**
   * Replaces what lies around the shown body with the new frame's, the body's element and its
   * ancestors staying in the page: a body moved into a new frame would be laid out whole again (a
   * title typed in a 20,000-word article would lay out all of its justified text after each pause).
   * False when the new frame is not built the same way around its body (then it is drawn whole).
   */
  private redrawAroundBody(frame: string): boolean {
    if (this.frame === null) return false;
    this.template.innerHTML = frame;
    const fresh = this.template.content;
    let kept: Node = this.body();
    let placeholder: Node | null = fresh.querySelector('.nd-body');
    // The body's ancestors, from the body up to the container, and their counterparts in the new frame.
    const levels: Array<[Node, Node]> = [];
    while (kept !== this.container) {
      if (!placeholder || !sameElement(kept, placeholder)) return false;
      levels.push([kept, placeholder]);
      kept = kept.parentNode!;
      placeholder = placeholder.parentNode;
    }
    if (placeholder !== fresh) return false;
    for (const [element, counterpart] of levels) {
      const parent = element.parentNode!;
      for (const sibling of [...parent.childNodes]) if (sibling !== element) sibling.remove();
      const freshParent = counterpart.parentNode!;
      const before = [...freshParent.childNodes];
      const at = before.indexOf(counterpart as ChildNode);
      parent.insertBefore(this.fragmentOf(before.slice(0, at)), element);
      parent.appendChild(this.fragmentOf(before.slice(at + 1)));
    }
    return true;
  }

  private fragmentOf(nodes: ChildNode[]): DocumentFragment {
    const fragment = this.container.ownerDocument.createDocumentFragment();
    fragment.append(...nodes);
    return fragment;
  }

  private htmlOf(block: SerializedNode): string {
    let html = this.blockHtml.get(block);
    if (html === undefined) {
      html = renderBlockHtml(block, this.options);
      this.blockHtml.set(block, html);
    }
    return html;
  }

  private body(): HTMLElement {
    return this.container.querySelector<HTMLElement>('.nd-body')!;
  }

  /** Replaces the run of blocks between the unchanged ones at the start and at the end. */
  private replaceChanged(htmls: string[]): void {
    const shown = this.blocks;
    let start = 0;
    while (start < shown.length && start < htmls.length && shown[start]!.html === htmls[start]) start++;
    let shownEnd = shown.length;
    let end = htmls.length;
    while (shownEnd > start && end > start && shown[shownEnd - 1]!.html === htmls[end - 1]) {
      shownEnd--;
      end--;
    }
    if (shownEnd === start && end === start) return;
    for (const block of shown.slice(start, shownEnd)) for (const node of block.nodes) node.remove();
    const added = htmls.slice(start, end).map((html) => this.parse(html));
    const following = shown.slice(shownEnd).find((block) => block.nodes.length > 0)?.nodes[0] ?? null;
    const nodes = this.container.ownerDocument.createDocumentFragment();
    nodes.append(...added.flatMap((block) => block.nodes));
    this.body().insertBefore(nodes, following);
    this.blocks = [...shown.slice(0, start), ...added, ...shown.slice(shownEnd)];
  }

  /** The nodes of one block, each block on a line of its own as in `renderBodyHtml`. */
  private parse(html: string): ShownBlock {
    this.template.innerHTML = `${html}\n`;
    return { html, nodes: [...this.template.content.childNodes] };
  }
}

/** Whether two nodes are the same element with the same attributes (their children aside). */
function sameElement(a: Node, b: Node): boolean {
  if (a.nodeType !== Node.ELEMENT_NODE || b.nodeType !== Node.ELEMENT_NODE) return false;
  const [first, second] = [a as Element, b as Element];
  if (first.tagName !== second.tagName || first.attributes.length !== second.attributes.length) return false;
  return [...first.attributes].every((attribute) => second.getAttribute(attribute.name) === attribute.value);
}
