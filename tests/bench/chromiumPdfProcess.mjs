// The reference for a whole-process bulletin: start Chromium, print an HTML file to PDF, close it.
import { readFile, writeFile } from 'node:fs/promises';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { DEBIAN_CHROMIUM } from '../helpers/debianChromium.mjs';

const [htmlFile, pdfFile] = process.argv.slice(2);
const browser = await chromium.launch(DEBIAN_CHROMIUM);
const page = await browser.newPage();
await page.setContent(await readFile(htmlFile, 'utf8'), { waitUntil: 'load', timeout: 0 });
const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '22mm', bottom: '20mm', left: '20mm', right: '20mm' } });
await writeFile(pdfFile, pdf);
await browser.close();
