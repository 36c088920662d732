import { randomUUID } from 'node:crypto';
import { NewsdeskError } from '../api.ts';
import { ArticleSchema } from '../model/article.ts';
import { depthRefusal, INPUT_LIMITS } from '../model/inputLimits.ts';
import { msg } from '../i18n/coreMessages.ts';
import type { SerializedNode } from '../model/document.ts';
import { nfcDeep } from '../model/text.ts';
import type { Importer } from './importer.ts';

/**
 * An article saved as JSON (the library's own file format). It comes in as a new draft of the
 * person importing it: an imported file must not bring its own "approved" or "published" state
 * past the review that this newsroom has not done. It keeps its id unless it has none (the sample
 * newsroom's seed files) or the library already holds that id, in which case it gets a new one (an
 * import never overwrites an article). Its recorded steps, comments, portal record and sample mark
 * are dropped. Its photos must already be in the library: articles travel with their photos as
 * `.newsdesk` packages.
 */
export const importArticleJson: Importer = async (bytes, fileName, context) => {
  if (bytes.byteLength > INPUT_LIMITS.articleJsonBytes) {
    throw NewsdeskError.of(msg('error.import.jsonTooLarge', { file: fileName, limit: INPUT_LIMITS.articleJsonBytes / 1024 / 1024 }));
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw NewsdeskError.of(msg('error.import.notJson', { file: fileName }));
  }
  const tooDeep = depthRefusal(json);
  if (tooDeep) throw NewsdeskError.of(msg('error.import.notAnArticle', { file: fileName, reason: tooDeep }));
  const parsed = ArticleSchema.safeParse(isObjectWithoutId(json) ? { ...json, id: randomUUID() } : json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw NewsdeskError.of(
      msg('error.import.notAnArticle', {
        file: fileName,
        reason: msg('error.import.wrongAt', { path: issue?.path.join('.') || msg('name.root'), detail: issue?.message ?? '' }),
      }),
    );
  }
  // A file brings content only: its own steps, comments and portal record (a forged "approved by
  // an editor", a portal node of another library) are not this library's history.
  const { transitions: _steps, comments: _comments, portal: _portal, sample: _sample, ...source } = parsed.data;
  const photoNames = [...(source.featuredPhoto ? [source.featuredPhoto.asset] : []), ...imageSources(source.body.root.children)];
  for (const name of new Set(photoNames)) {
    if (!(await context.assets.has(name))) {
      throw NewsdeskError.of(msg('error.import.photoNotInLibrary', { file: fileName, name }));
    }
  }
  const at = context.now.toISOString();
  const article = nfcDeep({
    ...source,
    id: context.isTaken(source.id) ? randomUUID() : source.id,
    state: 'draft' as const,
    author: context.author?.username ?? source.author,
    createdAt: at,
    updatedAt: at,
  });
  return { article, photos: [] };
};

function isObjectWithoutId(json: unknown): json is Record<string, unknown> {
  return typeof json === 'object' && json !== null && !Array.isArray(json) && !('id' in json);
}

function imageSources(nodes: readonly SerializedNode[]): string[] {
  return nodes.flatMap((node) => [
    ...(node.type === 'image' && typeof node.src === 'string' ? [node.src] : []),
    ...imageSources(node.children ?? []),
  ]);
}
