import { expect, test } from '@playwright/test';

test('search opens with the / key, finds a term and lands on the lesson that teaches it', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  const box = dialog.getByRole('searchbox', { name: 'Search lessons and modules' });
  await expect(box).toBeFocused();
  await box.fill('UTM parameters');
  const results = dialog.getByRole('list', { name: 'Search results' });
  const hit = results.getByRole('link', { name: 'Choosing and measuring a channel mix' });
  await expect(hit).toBeVisible();
  // Results name their track and module.
  await expect(results.getByText(/Year 1 › Marketing Communications and Channels/).first()).toBeVisible();
  await hit.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choosing and measuring a channel mix' })).toBeVisible();
});

test('search opens from the header button on a lesson page, and Escape closes it', async ({ page }) => {
  await page.goto('/modules/typescript-fundamentals/');
  await page.getByRole('link', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('JSON');
  await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “JSON”/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the search page keeps the query in the URL', async ({ page }) => {
  await page.goto('/search/?q=persona');
  await expect(page.getByRole('searchbox')).toHaveValue('persona');
  await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: 'Segmentation and personas' })).toBeVisible();
  await page.getByRole('searchbox').fill('semantic html');
  await expect(page).toHaveURL(/q=semantic\+html/);
});
