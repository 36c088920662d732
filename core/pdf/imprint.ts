import type { BulletinSettings } from '../model/bulletinSettings.ts';
import type { Run } from './blocks.ts';
import { translate, type PageItem } from './layout.ts';
import type { MeasureText } from './measure.ts';
import { issueLine } from './masthead.ts';
import { setParagraph } from './paragraph.ts';
import { INK, type StyleSheet } from './styles.ts';

export interface Imprint {
  /** Relative to the imprint's own top-left corner. */
  items: PageItem[];
  height: number;
}

/**
 * The imprint a licensed bulletin prints on its last page: who is responsible for publication, the
 * editorial board, the licence and who granted it, print run, size, printer and address. Fields
 * left empty in the settings are left out.
 */
export function imprint(
  title: string,
  issue: string,
  date: string,
  settings: BulletinSettings,
  styles: StyleSheet,
  width: number,
  measure: MeasureText,
): Imprint {
  const style = { ...styles.meta, color: INK, align: 'left' as const };
  const field = (label: string, value: string): Run[] =>
    value === ''
      ? []
      : [
          { text: `${label}: `, bold: true, italic: false },
          { text: value.normalize('NFC'), bold: false, italic: false },
        ];
  const licence =
    settings.licence === ''
      ? ''
      : settings.licenceAuthority === ''
        ? settings.licence
        : `số ${settings.licence} do ${settings.licenceAuthority} cấp`;
  const printing = [
    settings.printRun !== '' ? `${settings.printRun} bản` : '',
    settings.size !== '' ? `khổ ${settings.size}` : '',
    settings.printer !== '' ? `tại ${settings.printer}` : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
  const paragraphs: Run[][] = [
    [{ text: `${title} · ${issueLine(issue, date)}`.normalize('NFC'), bold: true, italic: false }],
    field('Cơ quan chủ quản', settings.issuingBody),
    field('Chịu trách nhiệm xuất bản', settings.responsible),
    field('Ban biên tập', settings.editorialBoard),
    field('Giấy phép xuất bản', licence),
    field('In', printing),
    field('Địa chỉ', settings.address),
  ].filter((runs) => runs.length > 0);

  const items: PageItem[] = [{ kind: 'rule', x: 0, y: 0, width, height: 0.8, color: INK }];
  let y = 6;
  for (const runs of paragraphs) {
    for (const line of setParagraph(runs, style, width, measure)) {
      items.push(...line.items.map((item) => translate(item, 0, y)));
      y += line.height;
    }
  }
  return { items, height: y };
}
