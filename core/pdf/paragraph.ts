import type { Run } from './blocks.ts';
import { breakLines } from './lineBreaker.ts';
import type { Face, PageItem, Piece, Rgb } from './layout.ts';
import type { MeasureText } from './measure.ts';
import { LINK, type TextStyle } from './styles.ts';

/** One typeset line: items relative to the line's top-left corner; `height` is the leading. */
export interface LineBox {
  height: number;
  items: PageItem[];
}

interface Segment {
  text: string;
  face: Face;
  color: Rgb;
  link?: string;
  width: number;
}

interface Word {
  segments: Segment[];
  width: number;
  /** Natural width of the space before this word. */
  space: number;
}

/** Sets runs of text into lines of `width` points in a style: justified, ragged or centred. */
export function setParagraph(runs: readonly Run[], style: TextStyle, width: number, measure: MeasureText): LineBox[] {
  const lines: LineBox[] = [];
  for (const words of splitForcedBreaks(runs, style, measure)) {
    const fitted = words.flatMap((word) => (word.width > width ? splitWideWord(word, width, style, measure) : [word]));
    const starts = breakLines(
      fitted.map((w) => w.width),
      fitted.map((w) => w.space),
      width,
    );
    starts.forEach((start, index) => {
      const end = starts[index + 1] ?? fitted.length;
      lines.push(setLine(fitted.slice(start, end), style, width, index === starts.length - 1));
    });
  }
  return lines;
}

/** The face for a run: bold and italic pick the matching cut of the style's family. */
export function faceFor(base: Face, run: Pick<Run, 'bold' | 'italic'>): Face {
  if (base === 'sans' || base === 'sansBold') return run.bold ? 'sansBold' : base;
  if (base === 'serifBold' || run.bold) return 'serifBold';
  return run.italic ? 'serifItalic' : base;
}

function splitForcedBreaks(runs: readonly Run[], style: TextStyle, measure: MeasureText): Word[][] {
  const paragraphs: Word[][] = [[]];
  let word: Segment[] = [];
  let spaceBefore = 0;
  const finishWord = () => {
    if (word.length === 0) return;
    const current = paragraphs[paragraphs.length - 1]!;
    current.push({ segments: word, width: word.reduce((sum, s) => sum + s.width, 0), space: spaceBefore });
    word = [];
  };
  for (const run of runs) {
    const face = faceFor(style.face, run);
    const color = run.link ? LINK : style.color;
    for (const token of run.text.split(/(\n|[ \t\u00a0\u2000-\u200b\u3000]+)/u)) {
      if (token === '') continue;
      if (token === '\n') {
        finishWord();
        paragraphs.push([]);
      } else if (/^\s+$/u.test(token)) {
        finishWord();
        spaceBefore = measure(face, ' ') * style.size;
      } else {
        if (word.length === 0 && paragraphs[paragraphs.length - 1]!.length === 0) spaceBefore = 0;
        word.push({ text: token, face, color, ...(run.link ? { link: run.link } : {}), width: measure(face, token) * style.size });
      }
    }
  }
  finishWord();
  return paragraphs.filter((p) => p.length > 0);
}

/** A word wider than the measure (a long URL) is cut between characters rather than overflow. */
function splitWideWord(word: Word, width: number, style: TextStyle, measure: MeasureText): Word[] {
  const pieces: Word[] = [];
  let current: Segment[] = [];
  let currentWidth = 0;
  for (const segment of word.segments) {
    let text = '';
    for (const char of Array.from(segment.text)) {
      const charWidth = measure(segment.face, char) * style.size;
      if (currentWidth + charWidth > width && (text !== '' || current.length > 0)) {
        if (text !== '') current.push({ ...segment, text, width: measure(segment.face, text) * style.size });
        pieces.push({ segments: current, width: current.reduce((s, x) => s + x.width, 0), space: pieces.length === 0 ? word.space : 0 });
        current = [];
        currentWidth = 0;
        text = '';
      }
      text += char;
      currentWidth += charWidth;
    }
    if (text !== '') current.push({ ...segment, text, width: measure(segment.face, text) * style.size });
  }
  if (current.length > 0)
    pieces.push({ segments: current, width: current.reduce((s, x) => s + x.width, 0), space: pieces.length === 0 ? word.space : 0 });
  return pieces;
}

function setLine(words: Word[], style: TextStyle, width: number, last: boolean): LineBox {
  const natural = words.reduce((sum, w, i) => sum + w.width + (i > 0 ? w.space : 0), 0);
  const gaps = words.length - 1;
  const extra = style.align === 'justify' && !last && gaps > 0 ? Math.max(0, (width - natural) / gaps) : 0;
  const slack = Math.max(0, width - natural);
  const x0 = style.align === 'center' ? slack / 2 : style.align === 'right' ? slack : 0;
  const baseline = style.leading / 2 + style.size * 0.36;

  const pieces: Piece[] = [];
  const links: PageItem[] = [];
  let x = x0;
  words.forEach((word, w) => {
    word.segments.forEach((segment, s) => {
      const lead = w > 0 && s === 0;
      const text = lead ? ` ${segment.text}` : segment.text;
      const shift = lead ? extra : 0;
      if (lead) x += extra + word.space;
      const previous = pieces[pieces.length - 1];
      if (previous && shift === 0 && previous.face === segment.face && previous.color === segment.color) previous.text += text;
      else pieces.push({ text, face: segment.face, size: style.size, color: segment.color, shift });
      if (segment.link) addLinkArea(links, segment.link, lead ? x - extra - word.space : x, x, x + segment.width, baseline, style.size);
      x += segment.width;
    });
  });
  return {
    height: style.leading,
    items: [{ kind: 'line', x: x0, y: baseline, width: x - x0, pieces }, ...links],
  };
}

/** Link areas of one URL that touch (across a space) become one annotation rectangle. */
function addLinkArea(links: PageItem[], url: string, gapStart: number, start: number, end: number, baseline: number, size: number) {
  const previous = links[links.length - 1];
  if (previous && previous.kind === 'link' && previous.url === url && Math.abs(previous.x + previous.width - gapStart) < 0.01) {
    previous.width = end - previous.x;
    return;
  }
  links.push({ kind: 'link', x: start, y: baseline - size * 0.85, width: end - start, height: size * 1.15, url });
}
