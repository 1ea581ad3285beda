import { expect, test } from '@playwright/test';
import { axeViolations } from './site.ts';

const LESSON = '/modules/how-systems-talk/urls-and-json/';

test('a learner marks a lesson complete; it is kept across reloads and shows on the module page and home', async ({ page }) => {
  await page.goto(LESSON);
  await page.mouse.wheel(0, 400); // reading: the progress code loads at the first scroll
  const button = page.getByRole('button', { name: 'Mark as complete' });
  await button.scrollIntoViewIfNeeded();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Completed' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Lesson marked as complete.' })).toHaveCount(1);

  await page.reload();
  await page.mouse.wheel(0, 400);
  await expect(page.getByRole('button', { name: 'Completed' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/modules/how-systems-talk/');
  const item = page.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: 'URLs, query strings and JSON' });
  await expect(item.getByText('Completed')).toBeVisible();
  const bar = page.getByRole('progressbar', { name: 'Your progress in How Systems Talk: the Web, HTTP and APIs' });
  await expect(bar).toHaveAttribute('value', '1');
  await expect(page.getByText('1 of 4 lessons done, quiz not passed yet')).toBeVisible();

  await page.goto('/');
  const cont = page.getByText('Continue where you left off:');
  await expect(cont).toBeVisible();
  await cont.getByRole('link', { name: 'URLs, query strings and JSON: the shape of a message' }).click();
  await expect(page).toHaveURL(new RegExp(`${LESSON}$`));
});

test('marking complete in one tab shows in another without a reload, and can be undone', async ({ context }) => {
  const lesson = await context.newPage();
  const moduleTab = await context.newPage();
  await moduleTab.goto('/modules/how-systems-talk/');
  await lesson.goto(LESSON);
  await lesson.mouse.wheel(0, 400);
  await lesson.getByRole('button', { name: 'Mark as complete' }).click();
  const item = moduleTab.getByRole('region', { name: 'Lessons' }).getByRole('listitem').filter({ hasText: 'URLs, query strings and JSON' });
  await expect(item.getByText('Completed')).toBeVisible();
  await lesson.getByRole('button', { name: 'Completed' }).click();
  await expect(item.getByText('Completed')).toBeHidden();
});

test('progress bars and the Continue link pass axe, in both themes', async ({ page }) => {
  await page.goto(LESSON);
  await page.mouse.wheel(0, 400);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const path of ['/', '/modules/how-systems-talk/', '/tracks/year-1/', LESSON]) {
      await page.goto(path);
      await page.mouse.wheel(0, 200);
      await expect(
        page.locator('[data-module-progress]:not([hidden]), [data-continue]:not([hidden]), cv-mark-complete button:not([hidden])').first(),
      ).toBeVisible();
      expect(await axeViolations(page), `${path} (${theme})`).toEqual([]);
    }
  }
});
