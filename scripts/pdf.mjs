// Turns each track's print page (/tracks/<id>/print/, /electives/<id>/print/) into a tagged PDF with an
// outline (one entry per heading: modules, lessons and their sections), using the Playwright and Chromium the
// tests use. Writes <site>/pdf/converge-<id>.pdf, shows the "Download as a PDF" line on that track's page and
// print page, and regenerates the service worker (scripts/sw.mjs) when the site has one, since pages changed.
// Usage: npm run pdf [-- year-1 ai-at-work]   (default: every track; site folder: $CONVERGE_OUT or dist)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { CHROMIUM_FLAGS, chromiumPath } from './lib/chromium.mjs';
import { serveStatic } from './lib/static-server.mjs';
import { generateWorker } from './sw.mjs';

const dir = process.env.CONVERGE_OUT ?? 'dist';
const base = process.env.CONVERGE_BASE ?? '/';
if (base !== '/')
  throw new Error('npm run pdf: build without CONVERGE_BASE (the PDFs are the same under any base path), then copy dist/pdf/');

/** The print pages the build wrote: { id, path } for core years, then elective pairs. */
function printPages() {
  return ['tracks', 'electives'].flatMap((kind) =>
    existsSync(join(dir, kind))
      ? readdirSync(join(dir, kind))
          .filter((id) => existsSync(join(dir, kind, id, 'print', 'index.html')))
          .map((id) => ({ id, kind, path: `/${kind}/${id}/print/` }))
      : [],
  );
}

const wanted = process.argv.slice(2);
const pages = printPages().filter((p) => wanted.length === 0 || wanted.includes(p.id));
const unknown = wanted.filter((id) => !pages.some((p) => p.id === id));
if (unknown.length)
  throw new Error(
    `npm run pdf: no print page for ${unknown.join(', ')} in ${dir}/ (known: ${printPages()
      .map((p) => p.id)
      .join(', ')})`,
  );

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Shows the PDF line on a page of the built site: the link gets its href, the line its size. */
function offerPdf(file, id, bytes) {
  if (!existsSync(file)) return;
  const html = readFileSync(file, 'utf8')
    .replace(`data-pdf-offer="${id}" hidden`, `data-pdf-offer="${id}"`)
    .replace(/data-pdf-href="([^"]+)"/, 'href="$1"')
    .replace(/<span data-pdf-size>[^<]*<\/span>/, `<span data-pdf-size> (PDF, ${mb(bytes)})</span>`);
  writeFileSync(file, html);
}

/**
 * Chromium builds the outline from the headings' laid-out lines and drops the space where a heading wraps
 * ("Foundations: themarketer"). The outline lists the headings in document order, so each title is put back
 * from the heading it came from (matched ignoring white space).
 */
async function repairOutline(bytes, headings) {
  const doc = await PDFDocument.load(bytes);
  const squash = (s) => s.replace(/\s+/g, '');
  let next = 0;
  const visit = (item) => {
    for (; item instanceof PDFDict; item = item.lookup(PDFName.of('Next'))) {
      const title = item.lookup(PDFName.of('Title'));
      const text = title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
      const at = headings.findIndex((h, i) => i >= next && squash(h) === squash(text));
      if (at >= 0) {
        item.set(PDFName.of('Title'), PDFHexString.fromText(headings[at]));
        next = at + 1;
      }
      visit(item.lookup(PDFName.of('First')));
    }
  };
  visit(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict).lookup(PDFName.of('First')));
  return doc.save({ useObjectStreams: false });
}

const server = await serveStatic(dir, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
try {
  mkdirSync(join(dir, 'pdf'), { recursive: true });
  const page = await browser.newPage();
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  for (const { id, kind, path } of pages) {
    const started = Date.now();
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const out = join(dir, 'pdf', `converge-${id}.pdf`);
    // A4 unless the stylesheet says otherwise; the running header and page numbers are the page's @page rules.
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, outline: true, tagged: true });
    const headings = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((els) => els.map((h) => h.textContent.replace(/\s+/g, ' ').trim()));
    writeFileSync(out, await repairOutline(pdf, headings));
    const bytes = statSync(out).size;
    offerPdf(join(dir, kind, id, 'index.html'), id, bytes);
    offerPdf(join(dir, kind, id, 'print', 'index.html'), id, bytes);
    console.log(`pdf: ${out} ${mb(bytes)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  server.close();
}

if (existsSync(join(dir, 'sw.js'))) {
  const { count, size } = await generateWorker(dir);
  console.log(`pdf: ${dir}/sw.js regenerated for the changed pages (${count} files, ${mb(size)} precached)`);
}
