import type { NewsdeskApi } from '../../../../core/api.ts';
import type { ArticleContent } from '../../../../core/model/article.ts';
import type { ContentChanges } from '../../../../core/model/contentChanges.ts';
import type { SerializedEditorState, SerializedNode } from '../../../../core/model/document.ts';

/**
 * The version of the article this editor stored last, for saves and recovery copies to be sent as
 * changes against it. A paragraph that is the very object stored last (the body's snapshots share
 * the JSON of unchanged paragraphs) goes as its position: a save while typing in a 20,000-word
 * article carries one paragraph, not the whole text, and the core answers with a date, not the
 * article. The first save, and any after the article was stored from elsewhere, go whole.
 */
export class StoredVersion {
  private updatedAt: string | null = null;
  private positions = new Map<SerializedNode, number>();

  /** What was just stored, and when. */
  stored(updatedAt: string, body: SerializedEditorState): void {
    this.updatedAt = updatedAt;
    this.positions = new Map(body.root.children.map((block, index) => [block, index]));
  }

  /** `content` as changes against the version stored last; null when nothing was stored from here yet. */
  changesTo(content: ArticleContent): ContentChanges | null {
    if (this.updatedAt === null) return null;
    const { body, ...fields } = content;
    const children = body.root.children.map((block) => this.positions.get(block) ?? block);
    return { ...fields, baseUpdatedAt: this.updatedAt, body: { root: { ...body.root, children } } };
  }
}

/** The core's answer to changes written against a version that is no longer the stored one. */
function isOutdated(error: unknown): boolean {
  return (error as { key?: unknown } | null)?.key === 'error.edit.changesOutdated';
}

/** Saves `content`, as changes when the core holds the version they are written against, else whole. */
export async function saveContent(
  editor: NewsdeskApi['editor'],
  id: string,
  content: ArticleContent,
  version: StoredVersion,
): Promise<void> {
  const changes = version.changesTo(content);
  let updatedAt: string | null = null;
  if (changes) {
    updatedAt = await editor.saveChanges(id, changes).then(
      (saved) => saved.updatedAt,
      (error: unknown) => {
        if (isOutdated(error)) return null;
        throw error;
      },
    );
  }
  updatedAt ??= (await editor.save(id, content)).updatedAt;
  version.stored(updatedAt, content.body);
}

/** Keeps a recovery copy of `content`, sent as `saveContent` sends a save. */
export async function keepContent(
  editor: NewsdeskApi['editor'],
  id: string,
  content: ArticleContent,
  version: StoredVersion,
): Promise<void> {
  const changes = version.changesTo(content);
  if (changes) {
    const kept = await editor.keepDraftChanges(id, changes).then(
      () => true,
      (error: unknown) => {
        if (isOutdated(error)) return false;
        throw error;
      },
    );
    if (kept) return;
  }
  await editor.keepDraft(id, content);
}
