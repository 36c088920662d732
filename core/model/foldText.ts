/**
 * Folds Vietnamese for search: lower case, no tone or vowel marks, and đ → d (đ is a letter of its
 * own, not d plus a mark, so NFD leaves it alone). "Đồng chí" and "DONG CHI" fold to "dong chi".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}
