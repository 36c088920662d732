import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { findVietnameseVoice } from './vietnameseVoice.ts';

export type ReadAloudStatus = 'no-voice' | 'ready' | 'speaking' | 'paused';

/** The blocks read one after another; each is highlighted while it is read. */
const READABLE =
  '.nd-title, .nd-sapo, .nd-body > p, .nd-body > h2, .nd-body > h3, .nd-body > h4, .nd-body > blockquote, .nd-body li, .nd-byline';
const READING_CLASS = 'nd-reading';

export interface ReadAloud {
  status: ReadAloudStatus;
  start(): void;
  pauseOrResume(): void;
  stop(): void;
}

/**
 * Reads the preview aloud block by block with a vi-VN voice. `contentKey` is what is shown (the
 * article): when it changes the blocks being read may be gone, so reading stops.
 */
export function useReadAloud(container: RefObject<HTMLElement | null>, contentKey: unknown): ReadAloud {
  const synth = typeof window.speechSynthesis === 'undefined' ? null : window.speechSynthesis;
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(() => (synth ? findVietnameseVoice(synth.getVoices()) : null));
  const [status, setStatus] = useState<'idle' | 'speaking' | 'paused'>('idle');
  // Each reading gets a number; callbacks of a cancelled reading see a newer number and do nothing.
  const run = useRef(0);
  const highlighted = useRef<Element | null>(null);

  useEffect(() => {
    if (!synth) return;
    // Chromium fills the voice list asynchronously, after the first call.
    const update = () => setVoice(findVietnameseVoice(synth.getVoices()));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);

  const highlight = useCallback((element: Element | null) => {
    highlighted.current?.classList.remove(READING_CLASS);
    highlighted.current = element;
    element?.classList.add(READING_CLASS);
  }, []);

  const stop = useCallback(() => {
    run.current++;
    synth?.cancel();
    highlight(null);
    setStatus('idle');
  }, [synth, highlight]);

  const start = useCallback(() => {
    if (!synth || !voice || !container.current) return;
    stop();
    const reading = ++run.current;
    const blocks = [...container.current.querySelectorAll(READABLE)].filter((block) => (block.textContent ?? '').trim() !== '');
    const speak = (index: number) => {
      if (run.current !== reading) return;
      const block = blocks[index];
      if (!block) {
        highlight(null);
        setStatus('idle');
        return;
      }
      const utterance = new SpeechSynthesisUtterance((block.textContent ?? '').trim());
      utterance.lang = 'vi-VN';
      utterance.voice = voice;
      utterance.onend = () => speak(index + 1);
      utterance.onerror = () => {
        if (run.current === reading) stop();
      };
      highlight(block);
      block.scrollIntoView({ block: 'nearest' });
      synth.speak(utterance);
    };
    setStatus('speaking');
    speak(0);
  }, [synth, voice, container, stop, highlight]);

  const pauseOrResume = useCallback(() => {
    if (!synth) return;
    if (status === 'speaking') {
      synth.pause();
      setStatus('paused');
    } else if (status === 'paused') {
      synth.resume();
      setStatus('speaking');
    }
  }, [synth, status]);

  useEffect(() => stop, [contentKey, stop]);

  return { status: voice ? (status === 'idle' ? 'ready' : status) : 'no-voice', start, pauseOrResume, stop };
}
