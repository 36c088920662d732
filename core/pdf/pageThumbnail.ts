import type { PageLayout, Rgb } from './layout.ts';
import type { Frame, PrintBoxes } from './paper.ts';

const svgColor = ([r, g, b]: Rgb) => `rgb(${Math.round(r * 255)},${Math.round(g * 255)},${Math.round(b * 255)})`;
const n = (value: number) => value.toFixed(1);

/**
 * A page as a small SVG picture, drawn from the layout the PDF is drawn from: where text lines,
 * headings, photos and rules sit. Text is shown as bars (greeked), as print previews of page
 * plans do: at thumbnail size letters cannot be read anyway, and no PDF rasteriser is needed.
 */
export function pageThumbnailSvg(page: PageLayout, boxes: PrintBoxes, frame: Frame, pageNumber: number, pageCount: number): string {
  const parts: string[] = [`<rect width="${n(boxes.trimWidth)}" height="${n(boxes.trimHeight)}" fill="#fff"/>`];
  if (page.section !== null) {
    parts.push(`<rect x="${n(frame.left)}" y="${n(frame.headerBaseline + 3)}" width="${n(frame.width)}" height="0.8" fill="#999"/>`);
  }
  for (const item of page.items) {
    switch (item.kind) {
      case 'line': {
        const size = item.pieces[0]?.size ?? 10;
        const heavy = item.pieces.some((p) => p.face === 'sansBold' || p.face === 'serifBold');
        const color = heavy ? '#333' : svgColor(item.pieces[0]?.color ?? [0.5, 0.5, 0.5]);
        parts.push(`<rect x="${n(item.x)}" y="${n(item.y - size * 0.62)}" width="${n(item.width)}" height="${n(size * 0.58)}" fill="${color}" opacity="${heavy ? 0.9 : 0.45}"/>`);
        break;
      }
      case 'photo':
        parts.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="#8fa3b8"/>`);
        break;
      case 'placeholder':
        parts.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="#eee" stroke="#b00" stroke-width="3"/>`);
        break;
      case 'rule':
        parts.push(`<rect x="${n(item.x)}" y="${n(item.y)}" width="${n(item.width)}" height="${n(item.height)}" fill="${svgColor(item.color)}"/>`);
        break;
      default:
        break;
    }
  }
  const label = `Trang ${pageNumber}/${pageCount}`;
  parts.push(`<rect x="${n(boxes.trimWidth / 2 - 22)}" y="${n(frame.footerBaseline - 6)}" width="44" height="5" fill="#999"/>`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n(boxes.trimWidth)} ${n(boxes.trimHeight)}" role="img">`,
    `<title>${label}</title>`,
    ...parts,
    '</svg>',
  ].join('');
}
