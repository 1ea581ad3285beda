import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { axeViolations } from './site.ts';

/** The files of a downloaded zip, by path. */
async function downloaded(download: import('@playwright/test').Download) {
  return unzipSync(readFileSync((await download.path())!));
}

test('an instructor exports Year 1 and a module quiz from /teach/ by keyboard', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/teach/');
  const section = page.getByRole('region', { name: 'Export for your LMS' });
  await expect(section.getByRole('heading', { name: 'Importing it' })).toBeVisible();
  // Nothing of the writer loads until asked.
  expect(requests.some((p) => p.endsWith('lms-export.json'))).toBe(false);

  await section.getByLabel('What to export').selectOption({ label: 'Year 1: Foundations: the marketer who reads code' });
  await section.getByRole('button', { name: 'Download the cartridge (.imscc)' }).focus();
  const [cartridge] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(cartridge.suggestedFilename()).toBe('converge-year-1.imscc');
  await expect(section.getByRole('status')).toContainText('Downloaded converge-year-1.imscc');

  const files = await downloaded(cartridge);
  const manifest = new DOMParser().parseFromString(strFromU8(files['imsmanifest.xml']!), 'text/xml');
  const resources = Array.from(manifest.getElementsByTagName('resource'));
  const items = Array.from(manifest.getElementsByTagName('item'));
  expect(items.filter((i) => /^M-/.test(i.getAttribute('identifier')!))).toHaveLength(6);
  expect(resources.filter((r) => /^L-/.test(r.getAttribute('identifier')!))).toHaveLength(24);
  expect(resources.filter((r) => r.getAttribute('type') === 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment')).toHaveLength(6);
  for (const r of resources)
    for (const f of Array.from(r.getElementsByTagName('file'))) expect(files[f.getAttribute('href')!]).toBeDefined();
  // Links point at the site the page came from.
  expect(strFromU8(files['weblinks/L-how-systems-talk-urls-and-json.xml']!)).toContain(
    `href="${baseURL}/modules/how-systems-talk/urls-and-json/"`,
  );

  await section.getByLabel(/Or one module quiz/).selectOption({ label: 'Year 1: How Systems Talk: the Web, HTTP and APIs' });
  const [quiz] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: 'Download the quiz (.zip)' }).click(),
  ]);
  expect(quiz.suggestedFilename()).toBe('converge-quiz-how-systems-talk.zip');
  expect(Object.keys(await downloaded(quiz)).sort()).toEqual(['Q-how-systems-talk.xml', 'imsmanifest.xml']);

  // The section with its status filled, in both themes (the page walk in a11y.spec.ts sees it empty).
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page, { colourOnly: true })).toEqual([]);
});
