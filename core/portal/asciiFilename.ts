/**
 * Drupal's upload endpoint takes only a quoted ASCII `filename="…"` (it refuses `filename*=` with
 * 400), so Vietnamese names are folded first: `Hội nghị.jpg` → `hoi-nghi.jpg`.
 */
export function asciiSlug(text: string, maxLength = 60): string {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (folded.length <= maxLength) return folded;
  // Cut between words where there is a word boundary to cut at.
  const cut = folded.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : folded.slice(0, maxLength)).replace(/-+$/, '');
}

export function asciiFilename(name: string): string {
  const dot = name.lastIndexOf('.');
  const stem = asciiSlug(dot > 0 ? name.slice(0, dot) : name) || 'anh';
  const extension = dot > 0 ? asciiSlug(name.slice(dot + 1), 8) : '';
  return extension ? `${stem}.${extension}` : stem;
}
