import { expect, test } from '@playwright/test';

test('a newcomer goes home → curriculum map → track → module → lesson', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('side by side');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Curriculum' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Curriculum map' })).toBeVisible();
  // The map shows each pair as one row: marketing and systems modules side by side.
  const firstPair = page.getByRole('row', { name: /Messages & Protocols/ });
  await expect(firstPair.getByRole('link', { name: 'Marketing Communications and Channels' })).toBeVisible();
  await expect(firstPair.getByRole('link', { name: /How Systems Talk/ })).toBeVisible();

  await page.getByRole('link', { name: /Year 1: Foundations/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Foundations/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Capstone' })).toBeVisible();

  await page.getByRole('heading', { level: 4, name: 'Market Research and Analysis' }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Market Research and Analysis' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Instructor notes' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Studied beside' })).toBeVisible();

  const lessons = page.getByRole('region', { name: 'Lessons' }).getByRole('link');
  await expect(lessons).toHaveCount(4);
  const firstTitle = (await lessons.first().textContent())!.trim();
  await lessons.first().click();
  await expect(page.getByRole('heading', { level: 1, name: firstTitle })).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Year 1' })).toBeVisible();
  await expect(crumbs.getByRole('link', { name: 'Market Research and Analysis' })).toBeVisible();
  await expect(page.getByText('Lesson 1 of 4')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this lesson you will' })).toBeVisible();
});

test('next links walk a module to its end and cross into the partner module', async ({ page }) => {
  await page.goto('/modules/marketing-communications/');
  await page.getByRole('region', { name: 'Lessons' }).getByRole('link').last().click();
  await expect(page.getByText('Lesson 4 of 4')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await nav.getByRole('link', { name: /Next/ }).click();
  await expect(page.getByText('Lesson 1 of 4')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /How Systems Talk/ })).toBeVisible();
  // …and back again.
  await page
    .getByRole('navigation', { name: 'Previous and next lesson' })
    .getByRole('link', { name: /Previous/ })
    .click();
  await expect(page.getByText('Lesson 4 of 4')).toBeVisible();
});

test('a lesson bridges to its partner lesson and the partner module', async ({ page }) => {
  await page.goto('/modules/marketing-communications/');
  await page.getByRole('region', { name: 'Lessons' }).getByRole('link').first().click();
  const bridge = page.getByRole('region', { name: 'Bridge to the systems side' });
  await expect(bridge).toBeVisible();
  await bridge.getByRole('link', { name: /Read the partner lesson/ }).click();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: /How Systems Talk/ })).toBeVisible();
  await expect(page.getByText('Lesson 1 of 4')).toBeVisible();

  await page
    .getByRole('complementary', { name: 'This module' })
    .getByRole('link', { name: 'Marketing Communications and Channels' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing Communications and Channels' })).toBeVisible();
});

test('the capstone page shows its brief, deliverables and rubric', async ({ page }) => {
  await page.goto('/tracks/year-1/capstone/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('landing page');
  await expect(page.getByRole('heading', { name: 'What you hand in' })).toBeVisible();
  const rubric = page.getByRole('table', { name: /How the capstone is graded/ });
  await expect(rubric.getByRole('columnheader', { name: 'Excellent' })).toBeVisible();
  expect(await rubric.getByRole('row').count()).toBeGreaterThan(3);
});

test('an unknown address shows a helpful 404', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the curriculum map' })).toBeVisible();
});

test('a lesson page links to its own module’s lessons, not the whole curriculum', async ({ page }) => {
  await page.goto('/modules/typescript-fundamentals/functions/');
  const lessonLinks = await page
    .locator('a[href^="/modules/"]')
    .evaluateAll((links) => [
      ...new Set(
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname).filter((p) => p.split('/').filter(Boolean).length === 3),
      ),
    ]);
  const modules = new Set(lessonLinks.map((p) => p.split('/')[2]));
  // Its own four lessons, plus at most the partner lesson and previous/next across a boundary.
  expect(lessonLinks.length).toBeLessThanOrEqual(4 + 3);
  expect([...modules].every((m) => ['typescript-fundamentals', 'market-research', 'consumer-psychology'].includes(m!))).toBe(true);
});
