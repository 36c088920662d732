import type { Article } from './article.ts';
import { documentText, ImageNodeSchema, type SerializedNode } from './document.ts';
import { countToneStyles } from '../vietnamese/toneStyle.ts';

export interface ChecklistItem {
  id: 'title' | 'sapo' | 'paragraph' | 'photos' | 'byline' | 'category' | 'toneStyle';
  ok: boolean;
  /** A warning only: submitting is not refused for it. */
  advisory?: boolean;
}

/** What an article needs before it goes to an editor; submitting is refused until every item holds. */
export function submitChecklist(article: Article): ChecklistItem[] {
  const nodes = flatten(article.body.root.children);
  const photos = nodes.filter((n) => n.type === 'image').map((n) => ImageNodeSchema.safeParse(n));
  const photosComplete =
    photos.every((p) => p.success && p.data.caption.trim() !== '' && p.data.altText.trim() !== '') &&
    (!article.featuredPhoto || (article.featuredPhoto.caption.trim() !== '' && article.featuredPhoto.alt.trim() !== ''));
  const hasParagraph = article.body.root.children.some(
    (n) => n.type === 'paragraph' && flatten(n.children ?? []).some((c) => typeof c.text === 'string' && c.text.trim() !== ''),
  );
  return [
    { id: 'title', ok: article.title.trim() !== '' },
    { id: 'sapo', ok: article.sapo.trim() !== '' },
    { id: 'paragraph', ok: hasParagraph },
    { id: 'photos', ok: photosComplete },
    { id: 'byline', ok: article.byline.trim() !== '' },
    { id: 'category', ok: article.category.trim() !== '' },
    ...(mixesToneStyles(article) ? [{ id: 'toneStyle' as const, ok: false, advisory: true }] : []),
  ];
}

/** Whether the article writes both hoà and hòa (or thuỷ and thủy…) somewhere in its text. */
function mixesToneStyles(article: Article): boolean {
  const captions = article.featuredPhoto ? `${article.featuredPhoto.caption} ${article.featuredPhoto.alt}` : '';
  const styles = countToneStyles(`${article.title} ${article.sapo} ${documentText(article.body)} ${captions}`);
  return styles.traditional.length > 0 && styles.modern.length > 0;
}

function flatten(nodes: SerializedNode[]): SerializedNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}
