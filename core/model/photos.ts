import type { Article } from './article.ts';
import type { SerializedEditorState, SerializedNode } from './document.ts';

function imageSources(nodes: readonly SerializedNode[], found: string[]): string[] {
  for (const node of nodes) {
    if (node.type === 'image' && typeof node.src === 'string') found.push(node.src);
    imageSources(node.children ?? [], found);
  }
  return found;
}

/** Whether the body already shows this stored photo, so a featured copy would only repeat it. */
export function bodyShowsPhoto(body: SerializedEditorState, asset: string): boolean {
  return imageSources(body.root.children, []).includes(asset);
}

/** Every stored photo the article shows (featured photo first), each once. */
export function articlePhotoAssets(article: Pick<Article, 'featuredPhoto' | 'body'>): string[] {
  const names = article.featuredPhoto ? [article.featuredPhoto.asset] : [];
  return [...new Set([...names, ...imageSources(article.body.root.children, [])])];
}
