/** A Vietnamese voice if the system has one; never an English one, which would mangle the text. */
export function findVietnameseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | null {
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  return voices.find((voice) => lang(voice) === 'vi-vn') ?? voices.find((voice) => lang(voice).startsWith('vi')) ?? null;
}
