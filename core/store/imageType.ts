export type ImageType = 'jpg' | 'png' | 'webp' | 'gif';

/** The image format from the file's first bytes (its name and claimed type are not trusted). */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const startsWith = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  if (startsWith(0, 0xff, 0xd8, 0xff)) return 'jpg';
  if (startsWith(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (startsWith(0, 0x52, 0x49, 0x46, 0x46) && startsWith(8, 0x57, 0x45, 0x42, 0x50)) return 'webp';
  if (startsWith(0, 0x47, 0x49, 0x46, 0x38)) return 'gif';
  return null;
}
