import { z } from 'zod';

/** An abbreviation the newsroom writes and what it stands for (UBND ↔ Ủy ban nhân dân). */
export const GlossaryEntrySchema = z.object({
  abbreviation: z.string().trim().min(1, 'chữ viết tắt không được để trống').max(40),
  expansion: z.string().trim().min(1, 'cần ghi rõ chữ viết tắt là gì').max(200),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
export const GlossarySchema = z.array(GlossaryEntrySchema).max(2000);

/** The glossary a new data folder starts with; the newsroom edits it. */
export const DEFAULT_GLOSSARY: readonly GlossaryEntry[] = [
  { abbreviation: 'UBND', expansion: 'Ủy ban nhân dân' },
  { abbreviation: 'HĐND', expansion: 'Hội đồng nhân dân' },
  { abbreviation: 'NTM', expansion: 'nông thôn mới' },
];

/** Words the newsroom's dictionary starts with: its abbreviations and the names it writes often. */
export const DEFAULT_NEWSROOM_WORDS: readonly string[] = ['UBND', 'HĐND', 'NTM', 'MTTQ', 'THPT', 'THCS', 'Bích', 'Diệp'];

/** A word the newsroom adds to its dictionary: one word, letters and marks only. */
export const NewsroomWordSchema = z
  .string()
  .trim()
  .min(1, 'từ cần thêm đang trống')
  .max(60, 'từ quá dài (tối đa 60 ký tự)')
  .regex(/^[\p{L}\p{M}]+$/u, 'chỉ thêm được một từ, chỉ gồm chữ cái');
