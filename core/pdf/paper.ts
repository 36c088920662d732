/** Paper sizes, margins and print boxes, in PostScript points (1/72 in). */
export const PAPERS = ['A4', 'A5'] as const;
export type Paper = (typeof PAPERS)[number];

export const POINTS_PER_MM = 72 / 25.4;
export const mm = (value: number): number => value * POINTS_PER_MM;

/** ISO 216 trim sizes: A4 is 210 × 297 mm = 595.28 × 841.89 pt. */
const TRIM_MM: Record<Paper, [number, number]> = { A4: [210, 297], A5: [148, 210] };

interface Margins {
  top: number;
  bottom: number;
  inner: number;
  outer: number;
}
const MARGINS_MM: Record<Paper, Margins> = {
  A4: { top: 22, bottom: 20, inner: 20, outer: 20 },
  A5: { top: 17, bottom: 16, inner: 14, outer: 14 },
};

/** How far crop marks stay off the trim edge beyond the bleed, and how long they are. */
const MARK_GAP_MM = 1;
const MARK_LENGTH_MM = 5;

export interface PrintBoxes {
  paper: Paper;
  trimWidth: number;
  trimHeight: number;
  bleed: number;
  /** Extra paper around the bleed that holds the crop marks (0 without marks). */
  slug: number;
  cropMarks: boolean;
}

export function printBoxes(paper: Paper, bleedMm: number, cropMarks: boolean): PrintBoxes {
  const [width, height] = TRIM_MM[paper];
  return {
    paper,
    trimWidth: mm(width),
    trimHeight: mm(height),
    bleed: mm(bleedMm),
    slug: cropMarks ? mm(MARK_GAP_MM + MARK_LENGTH_MM + 1) : 0,
    cropMarks,
  };
}

/** Distance from the MediaBox edge to the trim edge. */
export function trimOffset(boxes: PrintBoxes): number {
  return boxes.bleed + boxes.slug;
}

export function mediaSize(boxes: PrintBoxes): [number, number] {
  const o = 2 * trimOffset(boxes);
  return [boxes.trimWidth + o, boxes.trimHeight + o];
}

export const cropMarkGeometry = { gap: mm(MARK_GAP_MM), length: mm(MARK_LENGTH_MM) };

/** The text area of a page in trim coordinates (origin top-left of the trimmed page, y down). */
export interface Frame {
  left: number;
  top: number;
  width: number;
  height: number;
  columns: number;
  gutter: number;
  /** Where the running header's baseline and the footer's baseline sit. */
  headerBaseline: number;
  footerBaseline: number;
}

export function textFrame(boxes: PrintBoxes, columns: number): Frame {
  const m = MARGINS_MM[boxes.paper];
  const left = mm(m.inner);
  const top = mm(m.top);
  return {
    left,
    top,
    width: boxes.trimWidth - left - mm(m.outer),
    height: boxes.trimHeight - top - mm(m.bottom),
    columns,
    gutter: columns > 1 ? mm(boxes.paper === 'A4' ? 7 : 5) : 0,
    headerBaseline: mm(m.top - 9),
    footerBaseline: boxes.trimHeight - mm(m.bottom - 11),
  };
}

export function columnWidth(frame: Frame): number {
  return (frame.width - frame.gutter * (frame.columns - 1)) / frame.columns;
}
