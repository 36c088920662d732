/** Vietnamese text is stored composed (NFC); input often arrives decomposed from Word or macOS. */
export function toNfc(text: string): string {
  return text.normalize('NFC');
}
