import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { Article } from '../../core/model/article.ts';
import { renderBodyHtml } from '../../core/render/bodyHtml.ts';
import { buildDocx } from '../helpers/docx.ts';
import { bodyOfParagraphs } from '../helpers/editorDocument.ts';
import { expect, test, type NewsdeskServer } from './fixtures.ts';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const SEED_PHOTO = join(SEEDS, 'assets/158457614eff0a3e2ad12e3805cb95a733cfa65174dacc36a3ea173fca199883.jpg');
const SAMPLE_CAPTION = 'Đồng chí Hồ Tiến Thiệu, Chủ tịch UBND tỉnh phát biểu tại Hội nghị';
const SCREENS = 'test-results/screens/editor';

// These tests add articles: they get a library of their own.
test.use({ library: 'editor' });

const body = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const title = (page: Page) => page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
const saveStatus = (page: Page) => page.getByTestId('save-status');
const tool = (page: Page, name: string) => page.getByRole('toolbar').getByRole('button', { name, exact: true });

async function screenshot(page: Page, name: string) {
  await mkdir(SCREENS, { recursive: true });
  await page.screenshot({ path: `${SCREENS}/${name}`, fullPage: true });
}

async function startNewArticle(page: Page, signIn: (user: string) => Promise<void>) {
  await signIn('bichdiep');
  await page.getByRole('button', { name: 'Viết bài mới' }).click();
  await expect(title(page)).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Bài mới, chưa lưu');
}

/** The stored article with this title, read from the data folder itself. */
async function storedArticle(newsdesk: NewsdeskServer, articleTitle: string): Promise<Article> {
  const folder = join(newsdesk.dataDir, 'articles');
  for (const name of await readdir(folder)) {
    const article = JSON.parse(await readFile(join(folder, name), 'utf8')) as Article;
    if (article.title === articleTitle) return article;
  }
  throw new Error(`no stored article titled ${articleTitle}`);
}

async function insertPhoto(page: Page, file = SEED_PHOTO) {
  const before = await page.locator('.editor-photo').count();
  await page.getByTestId('photo-picker').setInputFiles(file);
  await expect(page.locator('.editor-photo')).toHaveCount(before + 1);
  const photo = page.locator('.editor-photo').nth(before);
  await expect
    .poll(() => photo.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth))
    .toBeGreaterThan(0);
  return photo;
}

async function paste(page: Page, data: Record<string, string>) {
  await body(page).evaluate((element, entries) => {
    // Browser globals, typed here because this file is checked against Node's library.
    const browser = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => Event;
    };
    const transfer = new browser.DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    element.dispatchEvent(new browser.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** The seeds' sample article with some fields changed, brought in through the library's import as from a file: it opens in the editor. */
async function importSampleWith(page: Page, changes: (sample: Article) => Record<string, unknown>) {
  const sample = JSON.parse(await readFile(join(SEEDS, 'articles/hoi-nghi-nong-thon-moi-2021.json'), 'utf8')) as Article;
  const article = { ...sample, ...changes(sample) };
  await page
    .getByTestId('import-picker')
    .setInputFiles({ name: 'bai.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(article)) });
}

test('a reporter writes an article with formatting, a link and a captioned photo, and finds it all after a reload', async ({
  page,
  signIn,
  newsdesk,
  consoleErrors,
}) => {
  const articleTitle = 'Xã Tân Lập về đích nông thôn mới';
  const missing: string[] = [];
  page.on('response', (response) => response.status() >= 400 && missing.push(`${response.status()} ${response.url()}`));
  await startNewArticle(page, signIn);
  await title(page).fill(articleTitle);
  await page.getByRole('textbox', { name: 'Sapo' }).fill('Sau 5 năm, xã đạt đủ 19 tiêu chí.');
  await page.getByLabel('Thẻ').fill('nông thôn mới, Tân Lập');

  await body(page).click();
  await page.keyboard.insertText('Sáng nay, ');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText('bà con phấn khởi');
  await page.keyboard.press('Control+b');
  await page.keyboard.insertText(' đón tin vui.');
  await page.keyboard.press('Enter');
  await tool(page, 'Tiêu đề mục').click();
  await page.keyboard.insertText('Kết quả nổi bật');
  await page.keyboard.press('Enter');
  await tool(page, 'Danh sách gạch đầu dòng').click();
  await page.keyboard.insertText('Đường giao thông');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Trường học');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('Xem cổng tỉnh');
  await page.keyboard.press('Shift+Home');

  await page.keyboard.press('Control+k');
  const address = page.getByLabel('Địa chỉ liên kết');
  await address.fill('javascript:alert(document.cookie)');
  await address.press('Enter');
  await expect(page.getByRole('alert')).toContainText('chỉ nhận địa chỉ http://, https:// hoặc mailto:');
  await expect(body(page).locator('a')).toHaveCount(0);
  await address.fill('https://example.gov.vn/tin-tuc');
  await address.press('Enter');
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://example.gov.vn/tin-tuc');
  await expect(body(page).locator('a')).toHaveText('Xem cổng tỉnh');

  await expect(body(page)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const photo = await insertPhoto(page);
  await photo.getByLabel('Chú thích ảnh').click();
  await page.keyboard.insertText('Lễ công bố xã đạt chuẩn nông thôn mới');
  await photo.getByLabel('Tác giả ảnh').fill('Bích Diệp');
  await photo.getByLabel('Mô tả ảnh cho người khiếm thị').fill('Lãnh đạo huyện trao bằng công nhận cho xã');
  await photo.getByRole('button', { name: 'Tràn khổ' }).click();

  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await expect(page.getByTestId('word-count')).toContainText(/\d+ từ · khoảng 1 phút đọc/);

  const stored = await storedArticle(newsdesk, articleTitle);
  expect(stored).toMatchObject({ state: 'draft', author: 'bichdiep', byline: 'Bích Diệp', tags: ['nông thôn mới', 'Tân Lập'] });
  const html = renderBodyHtml(stored.body, { assetUrl: (name) => `assets/${name}` });
  expect(html).toContain('<p>Sáng nay, <strong>bà con phấn khởi</strong> đón tin vui.</p>');
  expect(html).toContain('<h2>Kết quả nổi bật</h2>');
  expect(html).toContain('<ul><li>Đường giao thông</li><li>Trường học</li></ul>');
  expect(html).toContain('<a href="https://example.gov.vn/tin-tuc">Xem cổng tỉnh</a>');
  expect(html).toMatch(
    /<figure class="nd-photo nd-photo--full"><img src="assets\/[0-9a-f]{64}\.jpg" alt="Lãnh đạo huyện trao bằng công nhận cho xã" width="1200" height="800"><figcaption>Lễ công bố xã đạt chuẩn nông thôn mới <span class="nd-credit">Ảnh: Bích Diệp<\/span><\/figcaption><\/figure>/,
  );
  expect(JSON.stringify(stored)).not.toContain('javascript:');

  await page.reload();
  await page.getByRole('button', { name: articleTitle, exact: true }).click();
  await expect(page.locator('figcaption', { hasText: 'Lễ công bố xã đạt chuẩn nông thôn mới' })).toBeVisible();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await expect(title(page)).toHaveValue(articleTitle);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await expect(body(page).locator('strong, .editor-text--bold')).toHaveText('bà con phấn khởi');
  await expect(body(page).locator('h2')).toHaveText('Kết quả nổi bật');
  await expect(body(page).locator('ul > li')).toHaveText(['Đường giao thông', 'Trường học']);
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://example.gov.vn/tin-tuc');
  const reloaded = page.locator('.editor-photo');
  await expect(reloaded.getByLabel('Chú thích ảnh')).toHaveValue('Lễ công bố xã đạt chuẩn nông thôn mới');
  await expect(reloaded.getByLabel('Tác giả ảnh')).toHaveValue('Bích Diệp');
  await expect(reloaded.getByLabel('Mô tả ảnh cho người khiếm thị')).toHaveValue('Lãnh đạo huyện trao bằng công nhận cho xã');
  await expect(reloaded.getByRole('button', { name: 'Tràn khổ' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'editor-new-article.png');
  expect(missing).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('Vietnamese typed through an input method arrives once, and is stored composed (NFC)', async ({ page, signIn, newsdesk }) => {
  await startNewArticle(page, signIn);
  await title(page).fill('Thử gõ tiếng Việt');
  await body(page).click();
  // Telex "tieengs" as an IME shows it: a composition that grows and changes, then one commit.
  const cdp = await page.context().newCDPSession(page);
  for (const step of ['t', 'ti', 'tie', 'tiê', 'tiên', 'tiêng', 'tiếng']) {
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
  }
  await cdp.send('Input.insertText', { text: 'tiếng' });
  await page.keyboard.insertText(' Việt');
  // Text that arrives decomposed (as from some Mac or Word sources) is stored composed.
  await page.keyboard.insertText(' Nghe\u0323\u0302 An'.normalize('NFD'));
  await expect(body(page)).toHaveText(/^tiếng Việt N/);
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  const stored = await storedArticle(newsdesk, 'Thử gõ tiếng Việt');
  const text = JSON.stringify(stored.body);
  expect(text).toContain('tiếng Việt Nghệ An');
  expect(text).toBe(text.normalize('NFC'));
  expect(text.match(/tiếng/g)).toHaveLength(1);
});

test('pasted HTML loses scripts, event handlers and unsafe links but keeps its structure', async ({ page, signIn, newsdesk }) => {
  await startNewArticle(page, signIn);
  await title(page).fill('Bài dán từ trang web');
  await body(page).click();
  await page.evaluate(() => ((globalThis as unknown as { pwned: number }).pwned = 0));
  await paste(page, {
    'text/html':
      '<h1>Tin tổng hợp</h1><p style="color:red">Đoạn có <b>chữ đậm</b>, <a href="javascript:window.pwned=1">liên kết độc</a>, ' +
      '<a href="https://example.gov.vn/a" onclick="window.pwned=2">liên kết tốt</a> và <a href="data:text/html,<script>1</script>">dữ liệu</a>.</p>' +
      '<script>window.pwned=3</script><img src="x" onerror="window.pwned=4"><ul><li>Một</li><li>Hai</li></ul>' +
      `<p>${'Nghệ An'.normalize('NFD')}</p>`,
    'text/plain': 'Tin tổng hợp',
  });

  await expect(body(page).locator('h2')).toHaveText('Tin tổng hợp');
  await expect(body(page).locator('strong, .editor-text--bold')).toHaveText('chữ đậm');
  await expect(body(page).locator('a')).toHaveCount(1);
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://example.gov.vn/a');
  await expect(body(page).locator('ul > li')).toHaveText(['Một', 'Hai']);
  await expect(body(page).locator('script, img, [onerror], [onclick], [style*="red"]')).toHaveCount(0);
  expect(await body(page).innerText()).toContain('Nghệ An'.normalize('NFC'));
  expect(await page.evaluate(() => (globalThis as unknown as { pwned: number }).pwned)).toBe(0);

  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = JSON.stringify(await storedArticle(newsdesk, 'Bài dán từ trang web'));
  for (const unsafe of ['javascript:', 'data:text', 'onerror', 'onclick', '<script']) expect(stored).not.toContain(unsafe);
  expect(stored).toContain('liên kết độc');
});

test('undo and redo step across a caption edit, and a copied photo keeps its caption', async ({ page, signIn, newsdesk, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startNewArticle(page, signIn);
  await title(page).fill('Thử hoàn tác chú thích');
  await body(page).click();
  await page.keyboard.insertText('Đoạn mở đầu.');
  const photo = await insertPhoto(page);
  const caption = photo.getByLabel('Chú thích ảnh');
  await caption.click();
  await page.keyboard.insertText('Chú thích đầu tiên');
  await expect(saveStatus(page)).toHaveText('Đã lưu');

  await page.keyboard.press('Control+z');
  await expect(caption).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(caption).toHaveValue('Chú thích đầu tiên');
  await tool(page, 'Hoàn tác').click();
  await expect(caption).toHaveValue('');
  await tool(page, 'Làm lại').click();
  await expect(caption).toHaveValue('Chú thích đầu tiên');

  await photo.locator('img').click();
  await expect(photo).toHaveClass(/is-selected/);
  await page.keyboard.press('Control+c');
  await body(page).getByText('Đoạn mở đầu.').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.editor-photo')).toHaveCount(2);
  await expect(page.locator('.editor-photo').getByLabel('Chú thích ảnh')).toHaveText(['Chú thích đầu tiên', 'Chú thích đầu tiên']);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(newsdesk, 'Thử hoàn tác chú thích');
  const captions = stored.body.root.children.filter((node) => node.type === 'image').map((node) => node.caption);
  expect(captions).toEqual(['Chú thích đầu tiên', 'Chú thích đầu tiên']);
});

test('photos arrive by paste and by drag-and-drop as well, each stored once', async ({ page, signIn, newsdesk }) => {
  await startNewArticle(page, signIn);
  await title(page).fill('Ảnh dán và kéo thả');
  await body(page).click();
  await page.keyboard.insertText('Đoạn đầu.');
  const photoName = SEED_PHOTO.split('/').pop()!;
  for (const way of ['paste', 'drop'] as const) {
    await body(page).evaluate(
      async (element, { way, url }) => {
        const browser = globalThis as unknown as {
          fetch(url: string): Promise<{ blob(): Promise<Blob> }>;
          File: new (parts: Blob[], name: string, init: { type: string }) => Blob;
          DataTransfer: new () => { items: { add(file: Blob): void } };
          ClipboardEvent: new (type: string, init: object) => Event;
          DragEvent: new (type: string, init: object) => Event;
        };
        const file = new browser.File([await (await browser.fetch(url)).blob()], `${way}.jpg`, { type: 'image/jpeg' });
        const transfer = new browser.DataTransfer();
        transfer.items.add(file);
        const box = (element as unknown as { getBoundingClientRect(): { left: number; bottom: number } }).getBoundingClientRect();
        const event =
          way === 'paste'
            ? new browser.ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true })
            : new browser.DragEvent('drop', {
                dataTransfer: transfer,
                bubbles: true,
                cancelable: true,
                clientX: box.left + 5,
                clientY: box.bottom - 5,
              });
        element.dispatchEvent(event);
      },
      { way, url: `assets/${photoName}` },
    );
  }
  await expect(page.locator('.editor-photo')).toHaveCount(2);
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(newsdesk, 'Ảnh dán và kéo thả');
  expect(stored.body.root.children.filter((node) => node.type === 'image').map((node) => node.src)).toEqual([photoName, photoName]);
  expect((await readdir(join(newsdesk.dataDir, 'assets'))).filter((name) => name === photoName)).toHaveLength(1);
});

test('a file that is not a photo is refused with a clear message', async ({ page, signIn }) => {
  await startNewArticle(page, signIn);
  await body(page).click();
  await page
    .getByTestId('photo-picker')
    .setInputFiles({ name: 'bien-ban.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.7 biên bản') });
  await expect(page.getByRole('alert')).toContainText('Không chèn được ảnh: "bien-ban.jpg" không phải là ảnh JPEG, PNG, WebP hay GIF');
  await expect(page.locator('.editor-photo')).toHaveCount(0);
});

test('Ctrl+S saves at once, and leaving the editor or signing out saves what was just typed', async ({ page, signIn, newsdesk }) => {
  await startNewArticle(page, signIn);
  await title(page).fill('Lưu ngay');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  expect((await storedArticle(newsdesk, 'Lưu ngay')).title).toBe('Lưu ngay');

  await title(page).fill('Lưu trước khi rời đi');
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await expect(page.getByRole('button', { name: 'Lưu trước khi rời đi', exact: true })).toBeVisible();
  expect((await storedArticle(newsdesk, 'Lưu trước khi rời đi')).title).toBe('Lưu trước khi rời đi');

  await page.getByRole('button', { name: 'Lưu trước khi rời đi', exact: true }).click();
  await page.getByRole('button', { name: 'Sửa bài' }).click();
  await title(page).fill('Lưu trước khi đăng xuất');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByLabel('Tên đăng nhập')).toBeVisible();
  expect((await storedArticle(newsdesk, 'Lưu trước khi đăng xuất')).title).toBe('Lưu trước khi đăng xuất');
});

test('a Word document becomes a draft with its headings, list, emphasis, link and photo; a broken one changes nothing', async ({
  page,
  signIn,
}) => {
  await signIn('bichdiep');
  const rows = page.locator('table.article-table tbody tr');
  await expect.poll(() => rows.count()).toBeGreaterThan(0);
  const before = await rows.count();

  await page
    .getByTestId('import-picker')
    .setInputFiles({ name: 'hong.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 không phải Word') });
  await expect(page.getByRole('alert')).toContainText('"hong.docx" không phải tệp Word (.docx) hợp lệ');
  await expect(rows).toHaveCount(before);

  const docx = await buildDocx([
    { heading: 1, text: 'Huyện Quỳ Hợp ra quân làm đường' },
    { paragraph: ['Sáng 3/3, ', { text: 'hơn 500 người', bold: true }, ' cùng ', { text: 'ra quân', italic: true }, '.'] },
    { heading: 2, text: 'Những con số' },
    { bullet: '12 km đường bê tông' },
    { bullet: '3 cây cầu' },
    { link: 'Cổng thông tin huyện', url: 'https://quyhop.example.gov.vn/', before: 'Chi tiết tại ' },
    { photo: await readFile(SEED_PHOTO), alt: 'Người dân làm đường' },
  ]);
  await page.getByTestId('import-picker').setInputFiles({
    name: 'lam-duong.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: docx,
  });

  await expect(title(page)).toHaveValue('Huyện Quỳ Hợp ra quân làm đường');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  await expect(body(page).locator('strong, .editor-text--bold')).toHaveText('hơn 500 người');
  await expect(body(page).locator('em, .editor-text--italic')).toHaveText('ra quân');
  await expect(body(page).locator('h2')).toHaveText('Những con số');
  await expect(body(page).locator('ul > li')).toHaveText(['12 km đường bê tông', '3 cây cầu']);
  await expect(body(page).locator('a')).toHaveAttribute('href', 'https://quyhop.example.gov.vn/');
  await expect(page.locator('.editor-photo img')).toHaveAttribute('alt', 'Người dân làm đường');
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await expect(rows).toHaveCount(before + 1);
});

test('the live preview beside the editor follows the body once typing pauses, and shows it at once when reopened', async ({
  page,
  signIn,
}) => {
  await startNewArticle(page, signIn);
  await title(page).fill('Xem trước khi viết');
  const previewButton = page.getByRole('button', { name: 'Xem trước' });
  const previewBody = page.locator('.preview-pane .nd-body');
  await previewButton.click();
  await body(page).click();
  await page.keyboard.insertText('Đê điều vững chắc');
  await expect(previewBody).toContainText('Đê điều vững chắc');

  await previewButton.click();
  await expect(previewBody).toHaveCount(0);
  await body(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(' trước mùa mưa');
  await previewButton.click();
  await expect(previewBody).toContainText('Đê điều vững chắc trước mùa mưa');
  // Saved, as the writer sees it (the next test must not find this work left unsaved and recovered).
  await expect(saveStatus(page)).toHaveText('Đã lưu');
});

test('the sample article opened in the editor shows its photo and caption as a reporter expects, and opening it saves nothing', async ({
  page,
  signIn,
}) => {
  const saves: string[] = [];
  page.on('request', (request) => /\/api\/editor\.save(Changes)?$/.test(request.url()) && saves.push(request.url()));
  await signIn('bichdiep');
  // The sample is published, so it comes in as the reporter's own new draft of it.
  await page.getByTestId('import-picker').setInputFiles(join(SEEDS, 'articles/hoi-nghi-nong-thon-moi-2021.json'));
  await expect(title(page)).toHaveValue('Hội nghị trực tuyến triển khai nhiệm vụ, kế hoạch xây dựng nông thôn mới năm 2021');
  const photo = page.locator('.editor-photo');
  await expect(photo.getByLabel('Chú thích ảnh')).toHaveValue(SAMPLE_CAPTION);
  await expect.poll(() => photo.locator('img').evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1200);
  await screenshot(page, 'editor-sample.png');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'editor-sample-dark.png');

  // Leaving saves whatever changed: nothing did, so nothing is sent.
  await page.getByRole('button', { name: /Về thư viện/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thư viện bài viết' })).toBeVisible();
  expect(saves).toEqual([]);
});

test('a body with a kind of content the editor does not know opens with the rest, naming what it could not show', async ({
  page,
  signIn,
  newsdesk,
}) => {
  await signIn('bichdiep');
  const future = { type: 'video', version: 1, src: 'hoi-nghi.mp4' };
  await importSampleWith(page, ({ body: sampleBody }) => ({
    id: 'c0ffee00-1111-4222-8333-444455556666',
    title: 'Bài có nội dung lạ',
    body: { root: { ...sampleBody.root, children: [...sampleBody.root.children, future] } },
  }));
  await expect(page.getByRole('status').filter({ hasText: 'chưa biết (video)' })).toBeVisible();
  // Everything the editor knows is there to work on: the paragraphs and the captioned photo.
  await expect(page.locator('.editor-photo')).toHaveCount(1);
  await title(page).fill('Bài có nội dung lạ, đã sửa tiêu đề');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
  const stored = await storedArticle(newsdesk, 'Bài có nội dung lạ, đã sửa tiêu đề');
  expect(stored.body.root.children.filter((block) => block.type === 'image')).toHaveLength(1);
});

test('Ctrl+End in a long article writes on after its last word, an undo from the top takes it away there, and Ctrl+Shift+End selects to the end', async ({
  page,
  signIn,
}) => {
  await signIn('bichdiep');
  const sentence = 'Người dân có thể nộp hồ sơ trực tuyến qua cổng dịch vụ công của tỉnh mà không phải đến trụ sở. ';
  const paragraphs = Array.from({ length: 120 }, (_, index) => `Đoạn ${index + 1}. ${sentence.repeat(5)}`);
  await importSampleWith(page, () => ({
    id: 'c0ffee00-2222-4333-8444-555566667777',
    title: 'Bài dài',
    body: bodyOfParagraphs(paragraphs),
  }));
  const first = body(page).getByText('Đoạn 1.');
  const last = body(page).locator(':scope > *').last();

  await first.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Hết.');
  await expect(last).toHaveText(/trụ sở\. Hết\.$/);
  await expect(last.getByText(/Hết\.$/)).toBeInViewport();

  await page.keyboard.press('Control+Home');
  await expect(first).toBeInViewport();
  await page.keyboard.press('Control+z');
  await expect(last).toHaveText(/trụ sở\.\s*$/);
  await expect(last).toBeInViewport();

  // With Shift it selects up to the end: what is typed then takes the place of the whole article.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+Shift+End');
  await page.keyboard.type('Bài viết lại.');
  await expect(body(page)).toHaveText('Bài viết lại.');
  await expect(saveStatus(page)).toHaveText('Đã lưu');
});

test('a reporter cannot open the editor on an article already published', async ({ page, signIn }) => {
  await signIn('bichdiep');
  const published = page.locator('table.article-table tbody tr').filter({ has: page.locator('[data-state="published"]') });
  await published.first().getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sửa bài' })).toHaveCount(0);
});
