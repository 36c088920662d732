import { z } from 'zod';
import { RevisionMetaSchema } from '../model/revision.ts';
import { NewsroomWordSchema } from '../vietnamese/glossary.ts';

/** A `.newsdesk` package: a zip of one article, its revision list and its photos. */
export const PACKAGE_FORMAT = 'newsdesk-package';
export const PACKAGE_VERSION = 1;

export const ManifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
});

export const PackageRevisionsSchema = z.array(RevisionMetaSchema);

/**
 * The exporting newsroom's own spell-check words, merged into the importing newsroom's dictionary;
 * an entry that is not one word is left out (it never refuses the article).
 */
export const PackageWordsSchema = z
  .array(z.string().max(200))
  .max(50_000)
  .transform((words) => words.filter((word) => NewsroomWordSchema.safeParse(word).success).map((word) => word.trim()));

/** The only names a package may hold; anything else (a path with "..", an absolute path) is refused. */
export const PACKAGE_ENTRY =
  /^(manifest\.json|article\.json|revisions\.json|newsroom-dictionary\.json|assets\/[0-9a-f]{64}\.(jpg|png|webp|gif))$/;

export const LIMITS = {
  packageBytes: 300 * 1024 * 1024,
  entries: 500,
  entryBytes: 60 * 1024 * 1024,
  totalBytes: 300 * 1024 * 1024,
  jsonBytes: 20 * 1024 * 1024,
  /** Photos barely compress; text compresses ~10×. Far beyond that is a zip bomb. */
  compressionRatio: 200,
};
