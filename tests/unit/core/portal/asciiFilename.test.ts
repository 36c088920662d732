import { describe, expect, it } from 'vitest';
import { asciiFilename } from '../../../../core/portal/asciiFilename.ts';
import { uploadName } from '../../../../core/portal/SyncEngine.ts';

describe('file names for Drupal uploads', () => {
  it('folds Vietnamese to ASCII, đ included, and keeps the extension', () => {
    expect(asciiFilename('Hội nghị.jpg')).toBe('hoi-nghi.jpg');
    expect(asciiFilename('Đồng chí Lương Trọng Quỳnh.JPG')).toBe('dong-chi-luong-trong-quynh.jpg');
    expect(asciiFilename('Ho\u0302\u0323i nghi\u0323.png')).toBe('hoi-nghi.png');
    expect(asciiFilename('"ảnh"; filename*=x.jpg')).toBe('anh-filename-x.jpg');
    expect(asciiFilename('北京.webp')).toBe('anh.webp');
  });

  it('names an upload from its caption and its content, cut between words', () => {
    const name = uploadName(
      '158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg',
      'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị',
    );
    expect(name).toBe('dong-chi-ho-tien-thieu-chu-tich-ubnd-158457614e.jpg');
    expect(name).toMatch(/^[\x20-\x7e]+$/);
  });
});
