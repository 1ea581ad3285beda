import { expect, test } from '@playwright/test';

test('the theme toggle switches to dark and the choice persists across pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(darkBg).not.toBe(lightBg);

  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Curriculum' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(darkBg);

  await page.reload();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('/about/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test('the system dark preference is followed until the learner chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/curriculum/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
});

test('code blocks are highlighted in the site theme and have a copy button', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/modules/how-systems-talk/');
  await page.getByRole('region', { name: 'Lessons' }).getByRole('link').nth(2).click();
  const code = page.locator('pre.astro-code').first();
  await expect(code).toBeVisible();
  const token = code.locator('.line > span').filter({ hasText: /\S/ }).first();
  const lightColour = await token.evaluate((el) => getComputedStyle(el).color);
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const darkColour = await token.evaluate((el) => getComputedStyle(el).color);
  expect(darkColour).not.toBe(lightColour);

  const copy = page.getByRole('button', { name: 'Copy code' }).first();
  await copy.click();
  await expect(copy).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.trim()).toBe((await code.innerText()).trim());
});
