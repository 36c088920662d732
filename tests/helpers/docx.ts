/**
 * Builds real .docx files for tests, writing the few OOXML parts Word itself would (content
 * types, relationships, document, styles, numbering, media) into a zip with yazl.
 */
import yazl from 'yazl';

const NS = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"',
].join(' ');
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A run of text; `font` names its typeface as Word writes it in `w:rFonts` (".VnTime", "VNI-Times"). */
export type Run = string | { text: string; bold?: boolean; italic?: boolean; font?: string };
export type Block =
  | { heading: 1 | 2 | 3; text: string }
  | { paragraph: Run[] }
  | { bullet: string }
  | { numbered: string }
  | { link: string; url: string; before?: string }
  | { photo: Uint8Array; alt: string };

function run(r: Run): string {
  const { text, bold, italic, font } = typeof r === 'string' ? { text: r } : r;
  const fonts = font ? `<w:rFonts w:ascii="${escapeXml(font)}" w:hAnsi="${escapeXml(font)}"/>` : '';
  const props = `${fonts}${bold ? '<w:b/>' : ''}${italic ? '<w:i/>' : ''}`;
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A .docx holding `blocks`, as bytes. */
export async function buildDocx(blocks: Block[]): Promise<Buffer> {
  const rels: string[] = [
    `<Relationship Id="rStyles" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rNumbering" Type="${REL}/numbering" Target="numbering.xml"/>`,
  ];
  const media: Array<[string, Uint8Array]> = [];
  const body = blocks.map((block, index) => {
    if ('heading' in block) return `<w:p><w:pPr><w:pStyle w:val="Heading${block.heading}"/></w:pPr>${run(block.text)}</w:p>`;
    if ('paragraph' in block) return `<w:p>${block.paragraph.map(run).join('')}</w:p>`;
    if ('bullet' in block || 'numbered' in block) {
      const numId = 'bullet' in block ? 1 : 2;
      const text = 'bullet' in block ? block.bullet : block.numbered;
      return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${run(text)}</w:p>`;
    }
    if ('link' in block) {
      rels.push(`<Relationship Id="rLink${index}" Type="${REL}/hyperlink" Target="${escapeXml(block.url)}" TargetMode="External"/>`);
      return `<w:p>${block.before ? run(block.before) : ''}<w:hyperlink r:id="rLink${index}">${run(block.link)}</w:hyperlink></w:p>`;
    }
    const name = `image${index}.jpg`;
    media.push([name, block.photo]);
    rels.push(`<Relationship Id="rImg${index}" Type="${REL}/image" Target="media/${name}"/>`);
    return (
      `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/>` +
      `<wp:docPr id="${index + 1}" name="Picture ${index + 1}" descr="${escapeXml(block.alt)}"/>` +
      `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>` +
      `<pic:nvPicPr><pic:cNvPr id="${index + 1}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr>` +
      `<pic:blipFill><a:blip r:embed="rImg${index}"/></pic:blipFill>` +
      `</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`
    );
  });

  const zip = new yazl.ZipFile();
  const add = (path: string, text: string) => zip.addBuffer(Buffer.from(text, 'utf8'), path);
  add(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Default Extension="jpg" ContentType="image/jpeg"/>` +
      `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
      `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
      `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  add(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rDoc" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  add(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  add(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body.join('')}</w:body></w:document>`,
  );
  add(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
      [1, 2, 3]
        .map((level) => `<w:style w:type="paragraph" w:styleId="Heading${level}"><w:name w:val="heading ${level}"/></w:style>`)
        .join('') +
      `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
  );
  add(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>` +
      `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>`,
  );
  for (const [name, bytes] of media) zip.addBuffer(Buffer.from(bytes), `word/media/${name}`);
  zip.end();

  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
