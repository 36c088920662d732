import { z } from 'zod';
import { ArticleIdSchema } from './article.ts';

export const PaperSchema = z.enum(['A4', 'A5']);
export type PaperName = z.infer<typeof PaperSchema>;

export const ArticlePrintOptionsSchema = z.object({
  paper: PaperSchema.default('A4'),
  /** Bleed in millimetres around the trimmed page; 0: none. */
  bleedMm: z.number().min(0).max(20).default(0),
  cropMarks: z.boolean().default(false),
});
export type ArticlePrintOptions = z.infer<typeof ArticlePrintOptionsSchema>;

export const BulletinOptionsSchema = z.object({
  articleIds: z.array(ArticleIdSchema).min(1).max(500),
  title: z.string().trim().min(1).max(200),
  issue: z.string().trim().max(40).default(''),
  date: z.iso.date(),
  paper: PaperSchema.default('A4'),
  columns: z.union([z.literal(1), z.literal(2)]).default(1),
  /** A5 pages laid two-up on A4 landscape sheets in saddle-stitch order. */
  booklet: z.boolean().optional(),
});
export type BulletinOptions = z.infer<typeof BulletinOptionsSchema>;

/** Something a print shop or a reader would notice; export goes on, the user is told. */
export type PrintWarning =
  | { code: 'low-resolution'; articleId: string; articleTitle: string; asset: string; dpi: number }
  | { code: 'missing-caption' | 'missing-credit'; articleId: string; articleTitle: string; asset: string }
  | { code: 'photo-missing' | 'photo-corrupt' | 'photo-unsupported'; articleId: string; articleTitle: string; asset: string }
  | { code: 'empty-sapo'; articleId: string; articleTitle: string };

export interface PrintedFile {
  fileName: string;
  /** The PDF, base64-encoded so that it crosses IPC and the browser-mode bridge as JSON. */
  pdfBase64: string;
  pageCount: number;
  warnings: PrintWarning[];
}

/** A Word document (.docx) made from articles, base64-encoded like `PrintedFile`. */
export interface WordFile {
  fileName: string;
  docxBase64: string;
}

/** Photos printed below this resolution look soft on paper. */
export const MIN_PRINT_DPI = 300;
