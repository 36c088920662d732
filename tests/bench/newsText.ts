/**
 * Articles for the library bench, written like a provincial news portal's: Vietnamese syllables
 * drawn with a Zipf distribution (word frequency falls as 1/rank, as in real text), the common
 * function words first, then the 6,600 syllables of the Vietnamese spelling dictionary in a fixed
 * shuffled order. One article in eight follows up a story of the sample newsroom and carries a
 * paragraph of it, as follow-ups do. So a query matches some articles, not all of them: earlier,
 * every article was a shuffle of one sample's words and every query matched every article.
 */
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Article } from '../../core/model/article.ts';
import { documentText } from '../../core/model/document.ts';

/** The most frequent syllables of Vietnamese news text, most frequent first. */
const COMMON = (
  'và của các có là được trong cho với những này người một không đã năm để theo tại đến từ về khi ra ' +
  'việc cũng nhiều đồng thực hiện công tác tỉnh xã huyện ngày trên sẽ như đó nhân dân phát triển kinh tế'
).split(' ');

/** Reporters of the newsroom, one byline each (the sample's own among them). */
const BYLINES = [
  'Bích Diệp',
  'Minh Châu',
  'Thanh Hà',
  'Quốc Dũng',
  'Ngọc Lan',
  'Văn Hùng',
  'Thu Trang',
  'Hoàng Nam',
  'Phương Thảo',
  'Đức Anh',
  'Mai Hương',
  'Trung Kiên',
  'Hải Yến',
  'Tuấn Minh',
  'Lệ Thủy',
  'Quang Huy',
];
const CATEGORIES = [
  'Thời sự',
  'Kinh tế',
  'Nông thôn mới',
  'Cải cách hành chính',
  'Văn hóa - Xã hội',
  'Giáo dục',
  'Y tế',
  'Quốc phòng - An ninh',
];
const FOLLOW_UP_EVERY = 8;

export interface NewsText {
  /** The i-th article of the generated library (deterministic: the same i gives the same text). */
  article(i: number): Article;
}

export async function newsText(template: Article, followUps: Article[]): Promise<NewsText> {
  const dic = await readFile(new URL('../../node_modules/dictionary-vi/index.dic', import.meta.url), 'utf8');
  const dictionary = dic
    .split('\n')
    .slice(1)
    .map((line) => line.split('/')[0]!.trim())
    .filter((word) => /^\p{Ll}+$/u.test(word) && !COMMON.includes(word));
  const vocabulary = [...COMMON, ...shuffled(dictionary, random(7))];
  // Cumulative Zipf weights (s = 1): a binary search turns a uniform draw into a rank.
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));
  const followUpParagraphs = followUps.map((a) =>
    documentText(a.body)
      .split('\n')
      .filter((p) => p.trim().length > 40),
  );

  return {
    article(i) {
      const next = random(i + 1);
      const word = () => {
        const target = next() * total;
        let low = 0;
        let high = cumulative.length - 1;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (cumulative[middle]! < target) low = middle + 1;
          else high = middle;
        }
        return vocabulary[low]!;
      };
      const sentence = (words: number) => {
        const text = Array.from({ length: words }, word).join(' ');
        return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
      };
      const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(12 + Math.floor(next() * 14))).join(' ');
      const paragraphs = Array.from({ length: 4 + Math.floor(next() * 5) }, paragraph);
      let title = sentence(10 + Math.floor(next() * 8)).slice(0, -1);
      let tags = [word(), word()].map((w) => `${w} ${word()}`);
      if (i % FOLLOW_UP_EVERY === 0 && followUps.length > 0) {
        const story = followUps[(i / FOLLOW_UP_EVERY) % followUps.length]!;
        const from = followUpParagraphs[followUps.indexOf(story)]!;
        paragraphs.splice(1, 0, from[Math.floor(next() * from.length)] ?? story.sapo);
        title = `${story.title}: ${title.toLowerCase()}`;
        tags = story.tags;
      }
      return {
        ...template,
        id: randomUUID(),
        title,
        sapo: sentence(25 + Math.floor(next() * 15)),
        byline: BYLINES[Math.floor(next() * BYLINES.length)]!,
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)]!,
        tags,
        featuredPhoto: null,
        body: { root: { ...template.body.root, children: paragraphs.map(textParagraph) } },
        transitions: [],
        comments: [],
        updatedAt: new Date(Date.UTC(2021, 0, 1) + i * 60_000).toISOString(),
      };
    },
  };
}

function textParagraph(text: string) {
  return { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] };
}

/** A small seeded generator (mulberry32): the same library every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
