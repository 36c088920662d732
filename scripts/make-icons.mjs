// Draws the app and file icons from build/*.svg at every size the installers need, with Debian's
// Chromium, and packs them into .ico (Windows) and .icns (macOS). The outputs are committed; run
// this again only after changing an SVG: `node scripts/make-icons.mjs`.
import { Buffer } from 'node:buffer';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const buildDir = fileURLToPath(new URL('../build/', import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entry types holding PNG data, by pixel size (the @2x types share sizes with larger ones).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

async function renderSizes(page, svgFile, sizes) {
  const svg = await readFile(path.join(buildDir, svgFile), 'utf8');
  const pngs = new Map();
  for (const size of sizes) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    );
    pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  }
  return pngs;
}

function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(([size, png], index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(([, png]) => png)]);
}

function icns(pngsBySize) {
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = pngsBySize.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

async function writeIconSet(page, svgFile, baseName, { linuxFolder }) {
  const pngs = await renderSizes(page, svgFile, LINUX_SIZES);
  await writeFile(path.join(buildDir, `${baseName}.png`), pngs.get(1024));
  await writeFile(path.join(buildDir, `${baseName}.ico`), ico(ICO_SIZES.map((size) => [size, pngs.get(size)])));
  await writeFile(path.join(buildDir, `${baseName}.icns`), icns(pngs));
  if (linuxFolder) {
    await mkdir(path.join(buildDir, linuxFolder), { recursive: true });
    for (const size of LINUX_SIZES) await writeFile(path.join(buildDir, linuxFolder, `${size}x${size}.png`), pngs.get(size));
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  await writeIconSet(page, 'icon.svg', 'icon', { linuxFolder: 'icons' });
  await writeIconSet(page, 'file-icon.svg', 'newsdesk-file', { linuxFolder: null });
} finally {
  await browser.close();
}
console.log(`Icons written to ${buildDir}`);
