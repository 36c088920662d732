import { readFile } from 'node:fs/promises';
import type { Article } from '../../../../core/model/article.ts';
import type { SerializedNode } from '../../../../core/model/document.ts';
import { fontLibrary, type FontLibrary } from '../../../../core/pdf/fonts.ts';
import type { PrintInputs } from '../../../../core/pdf/printJob.ts';
import { readFontFiles } from '../../../../core/services/fontFiles.ts';
import { SEEDS_DIR } from '../../../helpers/sampleNewsroom.ts';

let fonts: Promise<FontLibrary> | null = null;

/** The real Noto fonts and the seed photos; photos not in the seeds read as missing. */
export async function printInputs(extraPhotos: Record<string, Uint8Array> = {}): Promise<PrintInputs> {
  fonts ??= readFontFiles().then(fontLibrary);
  return {
    fonts: await fonts,
    loadPhoto: async (asset) => extraPhotos[asset] ?? (await readFile(`${SEEDS_DIR}/assets/${asset}`).catch(() => null)),
    now: new Date('2024-03-05T02:30:00Z'),
  };
}

export const text = (value: string, format = 0): SerializedNode => ({ type: 'text', version: 1, text: value, format });
export const paragraph = (...children: SerializedNode[]): SerializedNode => ({ type: 'paragraph', version: 1, children });

/** An article with every kind of block the editor makes: headings, a list, a quote, a link, bold and italic. */
export function richArticle(base: Article): Article {
  return {
    ...base,
    id: '11111111-2222-4333-8444-555555555555',
    title: 'Hướng dẫn thủ tục: đăng ký kết hôn trực tuyến',
    body: {
      root: {
        ...base.body.root,
        children: [
          paragraph(text('Người dân có thể '), text('nộp hồ sơ', 1), text(' ngay tại nhà, '), text('không cần', 2), text(' đến trụ sở.')),
          { type: 'heading', version: 1, tag: 'h2', children: [text('Các bước thực hiện')] },
          {
            type: 'list',
            version: 1,
            listType: 'number',
            start: 1,
            children: [
              { type: 'listitem', version: 1, children: [text('Đăng nhập Cổng dịch vụ công bằng tài khoản định danh điện tử.')] },
              { type: 'listitem', version: 1, children: [text('Điền tờ khai và tải lên giấy tờ tùy thân.')] },
            ],
          },
          { type: 'quote', version: 1, children: [text('“Thủ tục nhanh hơn, người dân đỡ phải đi lại nhiều lần.”')] },
          paragraph(
            text('Xem hướng dẫn chi tiết tại '),
            { type: 'link', version: 1, url: 'https://dichvucong.gov.vn/huong-dan', children: [text('Cổng dịch vụ công quốc gia')] },
            text('.'),
          ),
        ],
      },
    },
  };
}

/**
 * Runs `work` while something else keeps asking the process (as the app's windows ask the core):
 * each question is answered on the event loop's next turn and asked again at once. `work` may
 * read how many were answered so far. Returns what `work` gave and how many questions were
 * answered before it was done.
 */
export async function answeringWhile<T>(work: (answeredSoFar: () => number) => Promise<T>): Promise<{ result: T; answered: number }> {
  let answered = 0;
  let asking = true;
  const ask = () => {
    if (!asking) return;
    answered += 1;
    setImmediate(ask);
  };
  setImmediate(ask);
  try {
    return { result: await work(() => answered), answered };
  } finally {
    asking = false;
  }
}
