import type { Article } from './article.ts';
import { ImageNodeSchema, type SerializedNode } from './document.ts';

export interface ChecklistItem {
  id: 'title' | 'sapo' | 'paragraph' | 'photos' | 'byline' | 'category';
  label: string;
  ok: boolean;
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
    { id: 'title', label: 'có tiêu đề', ok: article.title.trim() !== '' },
    { id: 'sapo', label: 'có sapo', ok: article.sapo.trim() !== '' },
    { id: 'paragraph', label: 'có ít nhất một đoạn văn', ok: hasParagraph },
    { id: 'photos', label: 'mọi ảnh đều có chú thích và mô tả ảnh', ok: photosComplete },
    { id: 'byline', label: 'có tên tác giả', ok: article.byline.trim() !== '' },
    { id: 'category', label: 'có chuyên mục', ok: article.category.trim() !== '' },
  ];
}

function flatten(nodes: SerializedNode[]): SerializedNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}
