import { expect, test } from '@playwright/test';
import { axeViolations, builtPages } from './site.ts';

// The pages of the built site, in both themes: axe with the WCAG 2.0–2.2 A/AA tags finds nothing.
// Pages are checked in groups, in parallel, each page loaded once and analysed with every rule in the
// light theme, then with axe's colour rules in the dark theme (the theme a visitor chooses is the
// `data-theme` attribute the page's first script sets; nothing but colour changes with it). With a
// page per glossary term there are hundreds, and a fresh browser context per page and theme, run one
// after another, took a quarter of an hour.
// Every page, with two exceptions that repeat what is already checked: the print pages (a whole track
// on one page, its lessons checked one by one here and the print page itself in both themes by
// offline.spec.ts), and all but every third glossary term page (one template, hundreds of instances;
// the sample covers terms of every kind and letter, and the A–Z page lists every definition).
const isTerm = (path: string) => /^\/glossary\/[^/]+\/$/.test(path);
const built = builtPages();
const sampledTerms = new Set(built.filter(isTerm).filter((_, i) => i % 3 === 0));
const pages = built.filter((path) => !/\/print\/$/.test(path) && (!isTerm(path) || sampledTerms.has(path)));
const GROUP = 12;
test.describe.configure({ mode: 'parallel' });

for (let start = 0; start < pages.length; start += GROUP) {
  const group = pages.slice(start, start + GROUP);
  test(`axe, light and dark: ${group[0]} … (${group.length} pages)`, async ({ page }) => {
    test.setTimeout(group.length * 15_000);
    const found: string[] = [];
    for (const path of group) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme });
        await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
        for (const v of await axeViolations(page, { colourOnly: theme === 'dark' })) found.push(`${path} (${theme}): ${v}`);
      }
    }
    expect(found).toEqual([]);
  });
}

test('axe finds nothing with the search dialog open, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/modules/typescript-fundamentals/');
    await page.keyboard.press('/');
    await page.getByRole('dialog', { name: 'Search' }).getByRole('searchbox').fill('survey');
    await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/modules/market-research/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('every page fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
  // One visit per page (hundreds, with a page per glossary term): allow time in proportion.
  test.setTimeout(Math.max(60_000, pages.length * 400));
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
