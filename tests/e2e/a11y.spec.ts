import { expect, test } from '@playwright/test';
import { axeViolations, builtPages, useTheme } from './site.ts';

// Every page of the built site, in both themes: axe with the WCAG 2.0–2.2 A/AA tags finds nothing.
const pages = builtPages();

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    for (const path of pages) {
      test(`axe: ${path}`, async ({ page }) => {
        await useTheme(page, theme);
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
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
