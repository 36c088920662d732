import { randomUUID } from 'node:crypto';
import mammoth from 'mammoth';
import { NewsdeskError } from '../api.ts';
import { newDraft } from '../model/newArticle.ts';
import type { PreparedPhoto } from '../store/AssetStore.ts';
import { blockText, htmlToDocument } from './htmlToDocument.ts';
import { parseHtml } from './htmlTree.ts';
import type { Importer } from './importer.ts';
import { checkDocxParts } from './docxParts.ts';
import { convertLegacyDocx } from './legacyDocx.ts';
import { applyPhotoTexts, takeNewsdeskParts } from './newsdeskWordParts.ts';
import { DOCX_IMPORT_STYLE_MAP } from '../docx/docxStyles.ts';
import { msg } from '../i18n/coreMessages.ts';

/**
 * A Word document (.docx) as a new draft: mammoth turns it into plain semantic HTML, our
 * converter into the stored body. The first heading or paragraph becomes the title. Embedded
 * photos are prepared for the asset store (GPS removed); a picture that cannot be (an EMF/WMF
 * drawing, one past the pixel limit) is replaced by a note saying so, where it stood. Every part
 * is measured while inflating before the converter reads the file.
 */
export const importDocx: Importer = async (bytes, fileName, context) => {
  await checkDocxParts(bytes, fileName);
  const photos = new Map<string, PreparedPhoto>();
  // A picture that cannot come in (not a photo, too large, damaged) leaves a note where it stood.
  const dropped = new Map<string, string>();
  let html: string;
  const unicode = await convertLegacyDocx(bytes, context.encoding ?? 'auto', fileName);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(unicode.buffer, unicode.byteOffset, unicode.byteLength) },
      {
        // A document may link pictures from the disk or the network: never follow those links.
        externalFileAccess: false,
        styleMap: DOCX_IMPORT_STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          try {
            const photo = await context.assets.prepare(await image.readAsBuffer(), fileName);
            photos.set(photo.name, photo);
            return { src: photo.name };
          } catch (error) {
            const marker = `dropped:${dropped.size + 1}`;
            const reason = error instanceof NewsdeskError ? error.message.replace(/^"[^"]*":? ?/, '') : 'ảnh hỏng';
            dropped.set(
              marker,
              `[Ảnh thứ ${dropped.size + 1} trong tệp Word không nhập được: ${reason || 'không phải ảnh JPEG, PNG, WebP hay GIF'}]`,
            );
            return { src: marker };
          }
        }),
      },
    );
    html = result.value;
  } catch {
    throw NewsdeskError.of(msg('error.import.notDocx', { file: fileName }));
  }

  const tree = parseHtml(html);
  const parts = takeNewsdeskParts(tree);
  const body = htmlToDocument(tree, { photos, dropped });
  applyPhotoTexts(body, parts.photoTexts);
  const blocks = body.root.children;
  const titleIndex =
    parts.title !== null
      ? -1
      : blocks.findIndex((block) => (block.type === 'paragraph' || block.type === 'heading') && blockText(block).trim() !== '');
  if (parts.title === null && titleIndex < 0 && blocks.length === 0) throw NewsdeskError.of(msg('error.import.empty', { file: fileName }));
  const title = parts.title ?? (titleIndex < 0 ? '' : blockText(blocks[titleIndex]!).replace(/\s+/g, ' ').trim());
  if (titleIndex >= 0) blocks.splice(titleIndex, 1);

  const used = new Set(blocks.filter((block) => block.type === 'image').map((block) => String(block.src)));
  const draft = newDraft(randomUUID(), context.author, context.now);
  const article = { ...draft, title, body, byline: parts.byline ?? draft.byline, sapo: parts.sapo ?? draft.sapo };
  return { article, photos: [...photos.values()].filter((photo) => used.has(photo.name)) };
};
