// Issue 23: Converge offline (service worker allowed here only), a whole track in print and as a PDF, and the
// phone-first header. Serial: the worker and PDF tests change files in the served folder and put them back.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { answerAll, axeViolations } from './site.ts';

const SITE = process.env.CONVERGE_OUT ?? 'dist';
test.describe.configure({ mode: 'serial' });
/** Rewrites the served folder's service worker, as a deploy would (scripts/sw.mjs). */
const generateWorker = (dir: string) => execFileSync('node_modules/.bin/node', ['scripts/sw.mjs', dir], { stdio: 'pipe' });

/** The lesson titles of a track in study order, as its track page lists them (pair by pair, marketing first). */
async function trackLessonTitles(page: Page, track: string): Promise<string[]> {
  await page.goto(`/tracks/${track}/`);
  return page
    .locator('li[data-done-lesson] > a')
    .allTextContents()
    .then((t) => t.map((s) => s.replace(/\s+/g, ' ').trim()));
}

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit a learner reads, searches, takes a quiz and sees My learning offline; a new build is offered with a reload', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/');
    // Active means installed, and installing means the whole precache was saved.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    // A lesson never opened, reached through its module page.
    await page.goto('/modules/consumer-psychology/');
    await page.getByRole('main').getByRole('link', { name: 'Trust and credibility' }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trust and credibility');
    const lessonPath = '/modules/consumer-psychology/trust-and-credibility/';

    // Search (Pagefind's index and WebAssembly from the precache) finds it.
    await page.goto('/search/?q=trust+and+credibility');
    await expect(page.locator(`main a[href="${lessonPath}"]`).first()).toBeVisible();

    // A module quiz, answered by keyboard and checked.
    await page.goto('/modules/how-systems-talk/quiz/');
    await answerAll(page, true);
    await page.getByRole('button', { name: 'Check answers' }).click();
    await expect(page.getByRole('region', { name: 'Your result' })).toContainText('Passed');

    await page.goto('/learning/');
    const row = page.getByRole('region', { name: 'Year 1 modules' }).getByRole('row', { name: /How Systems Talk/ });
    await expect(row.getByRole('cell').nth(1)).toHaveText('100%');

    // The offline page knows the copy is there.
    await page.goto('/offline/');
    await expect(page.getByText(/^Ready: this browser has Converge offline/)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await context.setOffline(false);

    // A new build: a changed page and a worker with its new revision, written into the served folder.
    const about = join(SITE, 'about', 'index.html');
    const original = readFileSync(about, 'utf8');
    try {
      writeFileSync(about, original.replace('</h1>', '</h1><p>This copy came with the new build.</p>'));
      generateWorker(SITE);
      await page.goto('/about/');
      await expect(page.getByText('This copy came with the new build.')).toHaveCount(0); // still the installed version
      await expect(page.getByRole('status').filter({ hasText: 'A new version of Converge is ready.' })).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByText('This copy came with the new build.')).toBeVisible();
    } finally {
      writeFileSync(about, original);
      generateWorker(SITE);
    }
  });

  test('the reload prompt waits while a module quiz is half answered', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/modules/market-research/quiz/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.locator('cv-quiz input[type="radio"]').first().check();
    const about = join(SITE, 'about', 'index.html');
    const original = readFileSync(about, 'utf8');
    try {
      writeFileSync(about, original.replace('</h1>', '</h1><p>Another build.</p>'));
      generateWorker(SITE);
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
      await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
      await page.waitForTimeout(500);
      await expect(page.getByText('A new version of Converge is ready.')).toHaveCount(0);
      await page.getByRole('button', { name: 'Check answers' }).click();
      await expect(page.getByText('A new version of Converge is ready.')).toBeVisible();
    } finally {
      writeFileSync(about, original);
      generateWorker(SITE);
    }
  });
});

test('the manifest names the site, its base path and icons that exist in the sizes browsers ask for', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: 'Converge', start_url: '/', scope: '/', id: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
  expect(await page.locator('meta[name="theme-color"]').count()).toBe(2);
  const sizes = new Set<string>();
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const res = await request.get(icon.src);
    expect(res.status(), icon.src).toBe(200);
    const png = await res.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    sizes.add(icon.sizes);
  }
  expect([...sizes].sort()).toEqual(['192x192', '512x512']);
  expect(manifest.icons.some((i: { purpose: string }) => i.purpose === 'maskable')).toBe(true);
});

test('the Year 1 print page holds every lesson in order, quizzes and an answer key, and passes axe', async ({ page }) => {
  const titles = await trackLessonTitles(page, 'year-1');
  expect(titles).toHaveLength(24);
  await page.getByRole('link', { name: 'The whole track on one page, to print' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Year 1: Foundations: the marketer who reads code');
  const printed = await page.locator('.print-lesson h3').allTextContents();
  expect(printed.map((t) => t.trim())).toEqual(titles);
  await expect(page.getByRole('heading', { name: /^Module quiz: / })).toHaveCount(6);
  const key = page.getByRole('region', { name: 'Answer key' });
  await expect(key.getByRole('link', { name: 'Quiz 2, question 1', exact: true })).toBeVisible();
  // Every question has its entry in the key, linked both ways.
  const questions = await page.locator('.print-question').count();
  expect(await key.locator('.print-key-entry').count()).toBe(questions);
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    expect(await axeViolations(page, { colourOnly: theme === 'dark' }), theme).toEqual([]);
  }
  // On paper: code wraps, site links carry their address, and the screen-only parts go.
  await page.emulateMedia({ media: 'print' });
  expect(
    await page
      .locator('.print-doc pre')
      .first()
      .evaluate((el) => getComputedStyle(el).whiteSpace),
  ).toBe('pre-wrap');
  const link = page.locator('.print-doc .prose a[data-url]').first();
  expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toContain('http://');
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByText('This page holds the whole track')).toBeHidden();
});

test('npm run pdf makes a tagged Year 1 PDF with one outline entry per lesson, and the track page offers it', async ({ page }) => {
  test.setTimeout(120_000);
  const titles = await trackLessonTitles(page, 'year-1');
  execFileSync('node_modules/.bin/node', ['scripts/pdf.mjs', 'year-1'], { env: { ...process.env, CONVERGE_OUT: SITE }, stdio: 'pipe' });
  const doc = await PDFDocument.load(readFileSync(join(SITE, 'pdf', 'converge-year-1.pdf')));
  expect(doc.catalog.get(PDFName.of('StructTreeRoot'))).toBeTruthy();
  // The outline: the track (h1) > its modules (h2) > their lessons and quiz (h3) > sections.
  const children = (item: unknown) => {
    const out: PDFDict[] = [];
    let at = item instanceof PDFDict ? item.lookup(PDFName.of('First')) : undefined;
    for (; at instanceof PDFDict; at = at.lookup(PDFName.of('Next'))) out.push(at);
    return out;
  };
  const title = (d: PDFDict) => (d.lookup(PDFName.of('Title')) as PDFString | PDFHexString).decodeText();
  const [root] = children(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict));
  expect(title(root!)).toBe('Year 1: Foundations: the marketer who reads code');
  const modules = children(root).filter((m) => !['Contents', 'Answer key'].includes(title(m)));
  expect(modules).toHaveLength(6);
  const lessons = modules
    .flatMap(children)
    .map(title)
    .filter((t) => !t.startsWith('Module quiz'));
  expect(lessons).toEqual(titles);

  await page.goto('/tracks/year-1/');
  const pdfLink = page.getByRole('link', { name: 'Download the track as a PDF' });
  await expect(pdfLink).toHaveAttribute('href', '/pdf/converge-year-1.pdf');
  expect((await page.request.get('/pdf/converge-year-1.pdf')).headers()['content-type']).toContain('pdf');
});

test('at 390 px the header is one row, and its menu works by keyboard and touch in both themes', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/modules/how-systems-talk/urls-and-json/');
  const header = page.locator('header.site-header');
  const box = (await header.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(64);
  const menu = page.getByRole('button', { name: 'Menu' });
  const rowItems = [
    page.getByRole('link', { name: 'Converge', exact: true }),
    page.getByRole('link', { name: 'Search' }).first(),
    page.getByRole('button', { name: 'Dark theme' }),
    menu,
  ];
  for (const item of rowItems) {
    const b = (await item.boundingBox())!;
    expect(b.y + b.height, 'inside the one row').toBeLessThanOrEqual(box.y + box.height);
  }
  const nav = page.getByRole('navigation', { name: 'Site' });
  await expect(nav).toBeHidden();
  // The module's lessons are one tap away.
  await page.getByRole('link', { name: 'Lesson 3 of 4' }).tap();
  await expect(page.getByRole('complementary', { name: 'This module' })).toBeInViewport();

  // Keyboard: Enter opens, Tab enters the navigation, Escape closes and gives focus back.
  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(nav.getByRole('link', { name: 'Curriculum' })).toBeFocused();
  for (const theme of ['light', 'dark']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    expect(await axeViolations(page, { colourOnly: theme === 'dark' }), `menu open, ${theme}`).toEqual([]);
  }
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // Touch: a tap opens, a tap elsewhere closes, a tap on a link goes there.
  await menu.tap();
  await expect(nav).toBeVisible();
  await page.getByRole('heading', { name: 'In this lesson you will' }).tap();
  await expect(nav).toBeHidden();
  await menu.tap();
  await nav.getByRole('link', { name: 'Glossary' }).tap();
  await expect(page).toHaveURL(/\/glossary\/$/);
  await context.close();
});

test('wide screens keep the full header', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Menu' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Curriculum' })).toBeVisible();
});
