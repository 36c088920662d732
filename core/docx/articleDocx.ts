import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageBreak,
  Paragraph,
  TextRun,
  type IParagraphStyleOptions,
  type ParagraphChild,
} from 'docx';
import type { Article } from '../model/article.ts';
import { ImageNodeSchema, TextFormat, type SerializedNode } from '../model/document.ts';
import { toNfc } from '../model/text.ts';
import { datelineText } from '../pdf/blocks.ts';
import { photoInfo } from '../pdf/photoInfo.ts';
import { photoForPrint } from '../pdf/printResolution.ts';
import { safeLinkUrl } from '../render/safeUrl.ts';
import { CREDIT_PREFIX, DOCX_STYLE } from './docxStyles.ts';

/** The fonts Vietnamese offices have and Word shows: the PDF keeps Noto, the Word file names these. */
const SERIF = 'Times New Roman';
const SANS = 'Arial';
const ACCENT = '9E1117';
const GREY = '616161';
/** Photos are set at most this wide in the Word page (points → pixels at 96 dpi in the docx API). */
const PHOTO_WIDTH_PX = 600;

export interface DocxInputs {
  /** The bytes of a stored photo, or null when the file is not there. */
  loadPhoto(asset: string): Promise<Uint8Array | null>;
}

/** One article as a Word document: styled as the PDF prints it, Times New Roman and Arial. */
export async function articleDocx(article: Article, inputs: DocxInputs): Promise<Uint8Array> {
  return packDocument(article.title, await articleParagraphs(article, inputs));
}

/** Several articles one after another, each on a new page, under the bulletin's title. */
export async function articlesDocx(title: string, subtitle: string, articles: readonly Article[], inputs: DocxInputs): Promise<Uint8Array> {
  const children: Paragraph[] = [
    new Paragraph({ style: DOCX_STYLE.masthead, children: [new TextRun(toNfc(title))] }),
    new Paragraph({ style: DOCX_STYLE.dateline, alignment: AlignmentType.CENTER, children: [new TextRun(toNfc(subtitle))] }),
  ];
  for (const article of articles) {
    children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(...(await articleParagraphs(article, inputs)));
  }
  return packDocument(title, children);
}

async function packDocument(title: string, children: Paragraph[]): Promise<Uint8Array> {
  const document = new Document({
    title: toNfc(title),
    creator: 'Newsdesk',
    styles: {
      default: {
        document: { run: { font: SERIF, size: 26 }, paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } } },
        heading2: { run: { font: SANS, size: 28, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 240, after: 120 } } },
        heading3: { run: { font: SANS, size: 25, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 100 } } },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
        {
          reference: 'numbers',
          levels: [0, 1, 2].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1247, bottom: 1134, left: 1134, right: 1134 } } },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: DOCX_STYLE.masthead,
    name: 'Newsdesk Masthead',
    basedOn: 'Normal',
    run: { font: SANS, size: 52, bold: true, color: ACCENT },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
  },
  {
    id: DOCX_STYLE.kicker,
    name: 'Newsdesk Kicker',
    basedOn: 'Normal',
    run: { font: SANS, size: 17, bold: true, color: ACCENT },
    paragraph: { spacing: { after: 60 } },
  },
  {
    id: DOCX_STYLE.title,
    name: 'Newsdesk Title',
    basedOn: 'Normal',
    run: { font: SANS, size: 40, bold: true },
    paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
  },
  {
    id: DOCX_STYLE.byline,
    name: 'Newsdesk Byline',
    basedOn: 'Normal',
    run: { font: SANS, size: 17, color: GREY },
    paragraph: { spacing: { after: 0 } },
  },
  {
    id: DOCX_STYLE.dateline,
    name: 'Newsdesk Dateline',
    basedOn: 'Normal',
    run: { font: SANS, size: 17, color: GREY },
    paragraph: { spacing: { after: 180 } },
  },
  {
    id: DOCX_STYLE.sapo,
    name: 'Newsdesk Sapo',
    basedOn: 'Normal',
    run: { font: SERIF, size: 27, bold: true },
    paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { after: 200 } },
  },
  {
    id: DOCX_STYLE.body,
    name: 'Newsdesk Body',
    basedOn: 'Normal',
    run: { font: SERIF, size: 26 },
    paragraph: { alignment: AlignmentType.JUSTIFIED },
  },
  {
    id: DOCX_STYLE.quote,
    name: 'Newsdesk Quote',
    basedOn: 'Normal',
    run: { font: SERIF, size: 26, italics: true },
    paragraph: { indent: { left: 567 }, alignment: AlignmentType.JUSTIFIED },
  },
  {
    id: DOCX_STYLE.photo,
    name: 'Newsdesk Photo',
    basedOn: 'Normal',
    paragraph: {
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 60, line: 240, lineRule: LineRuleType.AUTO },
      keepNext: true,
    },
  },
  {
    id: DOCX_STYLE.caption,
    name: 'Newsdesk Caption',
    basedOn: 'Normal',
    run: { font: SANS, size: 17, color: GREY },
    paragraph: { spacing: { after: 0 }, keepNext: true },
  },
  {
    id: DOCX_STYLE.credit,
    name: 'Newsdesk Credit',
    basedOn: 'Normal',
    run: { font: SANS, size: 17, bold: true, color: GREY },
    paragraph: { spacing: { after: 200 } },
  },
  {
    id: DOCX_STYLE.signature,
    name: 'Newsdesk Signature',
    basedOn: 'Normal',
    run: { font: SERIF, size: 26, bold: true },
    paragraph: { alignment: AlignmentType.RIGHT, spacing: { before: 120 } },
  },
];

async function articleParagraphs(article: Article, inputs: DocxInputs): Promise<Paragraph[]> {
  const out: Paragraph[] = [];
  const plain = (style: string, text: string) => {
    if (text.trim() !== '') out.push(new Paragraph({ style, children: [new TextRun(toNfc(text.trim()))] }));
  };
  plain(DOCX_STYLE.kicker, article.category.toLocaleUpperCase('vi'));
  plain(DOCX_STYLE.title, article.title);
  plain(DOCX_STYLE.byline, article.byline);
  plain(DOCX_STYLE.dateline, datelineText(article.dateline.place, article.dateline.date));
  plain(DOCX_STYLE.sapo, article.sapo);
  const children = article.body.root.children;
  const featured = article.featuredPhoto;
  const inBody = (nodes: SerializedNode[]): boolean =>
    nodes.some((n) => (n.type === 'image' && n.src === featured?.asset) || inBody(n.children ?? []));
  if (featured && !inBody(children))
    out.push(...(await photoParagraphs(featured.asset, featured.caption, featured.credit, featured.alt, inputs)));
  for (const node of children) out.push(...(await blockParagraphs(node, inputs)));
  plain(DOCX_STYLE.signature, article.byline);
  return out;
}

async function blockParagraphs(node: SerializedNode, inputs: DocxInputs): Promise<Paragraph[]> {
  switch (node.type) {
    case 'heading': {
      const heading = node.tag === 'h1' || node.tag === 'h2' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
      return [new Paragraph({ heading, children: inlineRuns(node.children ?? []) })];
    }
    case 'quote':
      return [new Paragraph({ style: DOCX_STYLE.quote, children: inlineRuns(node.children ?? []) })];
    case 'list':
      return listParagraphs(node, 0);
    case 'image': {
      const parsed = ImageNodeSchema.safeParse(node);
      return parsed.success ? photoParagraphs(parsed.data.src, parsed.data.caption, parsed.data.credit, parsed.data.altText, inputs) : [];
    }
    default: {
      // A photo inside a paragraph comes out as its own paragraphs after the paragraph's text.
      const children = node.children ?? [];
      const text = children.filter((c) => c.type !== 'image');
      const out: Paragraph[] = [];
      if (text.length > 0) out.push(new Paragraph({ style: DOCX_STYLE.body, children: inlineRuns(text) }));
      for (const child of children) if (child.type === 'image') out.push(...(await blockParagraphs(child, inputs)));
      return out;
    }
  }
}

function listParagraphs(list: SerializedNode, level: number): Paragraph[] {
  const reference = list.listType === 'number' ? 'numbers' : 'bullets';
  const out: Paragraph[] = [];
  for (const item of list.children ?? []) {
    const children = item.children ?? [];
    const runs = inlineRuns(children.filter((c) => c.type !== 'list'));
    if (runs.length > 0)
      out.push(new Paragraph({ style: DOCX_STYLE.body, numbering: { reference, level: Math.min(level, 2) }, children: runs }));
    for (const nested of children.filter((c) => c.type === 'list')) out.push(...listParagraphs(nested, level + 1));
  }
  return out;
}

function inlineRuns(nodes: SerializedNode[]): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'text' && typeof node.text === 'string') runs.push(textRun(node));
    else if (node.type === 'linebreak') runs.push(new TextRun({ break: 1 }));
    else if (node.type === 'tab') runs.push(new TextRun({ text: '\t' }));
    else if (node.type === 'link' || node.type === 'autolink') {
      const url = typeof node.url === 'string' ? safeLinkUrl(node.url) : null;
      const inner = (node.children ?? []).filter((c) => c.type === 'text').map((c) => textRun(c, true));
      if (url) runs.push(new ExternalHyperlink({ link: url, children: inner }));
      else runs.push(...inner);
    } else if (node.children) runs.push(...inlineRuns(node.children));
  }
  return runs;
}

function textRun(node: SerializedNode, link = false): TextRun {
  const format = typeof node.format === 'number' ? node.format : 0;
  return new TextRun({
    text: toNfc(String(node.text ?? '')),
    bold: (format & TextFormat.bold) !== 0,
    italics: (format & TextFormat.italic) !== 0,
    underline: (format & TextFormat.underline) !== 0 ? {} : undefined,
    strike: (format & TextFormat.strikethrough) !== 0,
    // Word's own link style (blue, underlined), so that the underline is not taken for the text's own.
    ...(link ? { style: 'Hyperlink' } : {}),
  });
}

/**
 * The photo, its caption and its credit. The photo goes in as the PDF prints it: at no more than
 * 300 dpi of the size it shows at (a camera's file would make a bulletin a 50 MB attachment) and
 * with its pixels turned upright (Word and LibreOffice draw the stored pixels into the frame the
 * document gives, so a phone's portrait would lie on its side, squeezed). The library keeps the original.
 */
async function photoParagraphs(asset: string, caption: string, credit: string, altText: string, inputs: DocxInputs): Promise<Paragraph[]> {
  const bytes = await inputs.loadPhoto(asset).catch(() => null);
  const info = photoInfo(bytes);
  const out: Paragraph[] = [];
  const width = info.ok ? Math.min(PHOTO_WIDTH_PX, info.width) : 0;
  const photo = info.ok && bytes ? await photoForPrint(bytes, info, (width * 72) / 96).catch(() => null) : null;
  if (info.ok && photo) {
    const height = Math.round((width * info.height) / info.width);
    const image = new ImageRun({
      type: photo.format,
      data: photo.bytes,
      transformation: { width, height },
      altText: { name: asset, title: '', description: toNfc(altText) },
    });
    out.push(new Paragraph({ style: DOCX_STYLE.photo, children: [image] }));
  }
  if (caption.trim() !== '') out.push(new Paragraph({ style: DOCX_STYLE.caption, children: [new TextRun(toNfc(caption.trim()))] }));
  if (credit.trim() !== '')
    out.push(new Paragraph({ style: DOCX_STYLE.credit, children: [new TextRun(`${CREDIT_PREFIX}${toNfc(credit.trim())}`)] }));
  return out;
}
