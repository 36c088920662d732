import { describe, expect, it } from 'vitest';
import { flowUnits } from '../../../../core/pdf/flow.ts';
import type { Frame } from '../../../../core/pdf/paper.ts';
import type { FlowUnit } from '../../../../core/pdf/units.ts';

const frame: Frame = { left: 0, top: 0, width: 100, height: 100, columns: 1, gutter: 0, headerBaseline: 0, footerBaseline: 0 };

/** A paragraph of `count` lines of 10 pt, each line marked with its paragraph and line number. */
function paragraph(name: string, count: number, extra: Partial<FlowUnit> = {}): FlowUnit {
  const lines = Array.from({ length: count }, (_, i) => ({
    height: 10,
    items: [
      {
        kind: 'line' as const,
        x: 0,
        y: 8,
        width: 50,
        pieces: [{ text: `${name}${i + 1}`, face: 'serif' as const, size: 10, color: [0, 0, 0] as const, shift: 0 }],
      },
    ],
  }));
  return { lines, spaceBefore: 0, spaceAfter: 0, keepWithNext: false, atomic: false, ...extra };
}

function pageTexts(units: FlowUnit[]): string[][] {
  return flowUnits(units, frame, null).pages.map((page) =>
    page.items.flatMap((item) => (item.kind === 'line' ? [item.pieces[0]!.text] : [])),
  );
}

describe('page flow', () => {
  it('fills a page and carries the rest over', () => {
    expect(pageTexts([paragraph('a', 6), paragraph('b', 8)])).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4'],
      ['b5', 'b6', 'b7', 'b8'],
    ]);
  });

  it('never leaves the first line of a paragraph alone at the foot of a page', () => {
    const pages = pageTexts([paragraph('a', 9), paragraph('b', 5)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']);
    expect(pages[1]).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
  });

  it('never carries the last line of a paragraph alone to the next page', () => {
    const pages = pageTexts([paragraph('a', 5), paragraph('b', 6)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'b1', 'b2', 'b3', 'b4']);
    expect(pages[1]).toEqual(['b5', 'b6']);
  });

  it('keeps a heading with the first two lines of what follows', () => {
    const pages = pageTexts([paragraph('a', 8), paragraph('h', 1, { keepWithNext: true }), paragraph('b', 4)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8']);
    expect(pages[1]![0]).toBe('h1');
  });

  it('moves a photo with its caption whole to the next page, and splits it nowhere', () => {
    const photo: FlowUnit = { ...paragraph('p', 1), atomic: true };
    photo.lines[0]!.height = 40;
    const pages = pageTexts([paragraph('a', 7), photo, paragraph('b', 2)]);
    expect(pages[0]).toEqual(['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    expect(pages[1]).toEqual(['p1', 'b1', 'b2']);
  });

  it('starts a unit marked breakBefore on a new page and records where each article opens', () => {
    const second = paragraph('b', 2, { breakBefore: true, opens: { key: 'b', section: 'Kinh tế' } });
    const result = flowUnits([paragraph('a', 2, { opens: { key: 'a', section: 'Xã hội' } }), second], frame, null);
    expect(result.pages).toHaveLength(2);
    expect(result.starts).toEqual(
      new Map([
        ['a', 0],
        ['b', 1],
      ]),
    );
    expect(result.pages.map((p) => p.section)).toEqual(['Xã hội', 'Kinh tế']);
  });
});
