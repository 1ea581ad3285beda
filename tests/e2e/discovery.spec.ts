import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

/** The search page's filter checkbox for a facet value, by its visible label ("Glossary term (12)"). */
const filter = (page: Page, legend: string, label: string) =>
  page.getByRole('group', { name: legend }).getByRole('checkbox', { name: new RegExp(`^${label} \\(\\d+\\)$`) });

test('a search with a filter returns only that kind, and its URL reopens the same results', async ({ page }) => {
  await page.goto('/search/');
  await page.getByRole('searchbox').fill('customer');
  await expect(page.getByRole('status')).toContainText(/results? for “customer”/);
  await page.getByRole('main').getByText('Filters', { exact: true }).click();
  await filter(page, 'Kind', 'Systems').check();
  await filter(page, 'Content type', 'Lesson').check();
  await expect(page).toHaveURL(/\?q=customer&type=lesson&kind=systems$/);
  await expect(page.getByRole('status')).toContainText('in Lesson, Systems');
  const hits = results(page).locator(':scope > li');
  await expect(hits.first()).toBeVisible();
  const metas = await results(page).locator('.hit-meta').allTextContents();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/^Systems Lesson · (Year \d|Elective E\d)/);
  const titles = await results(page).locator('.hit-title').allTextContents();

  // Shared: a fresh page at the same URL shows the same results with the same boxes ticked.
  const url = page.url();
  const other = await page.context().newPage();
  await other.goto(url);
  await expect(other.getByRole('searchbox')).toHaveValue('customer');
  await expect(filter(other, 'Kind', 'Systems')).toBeChecked();
  await expect(filter(other, 'Content type', 'Lesson')).toBeChecked();
  await expect(results(other).locator('.hit-title').first()).toBeVisible();
  expect(await results(other).locator('.hit-title').allTextContents()).toEqual(titles);

  // Back undoes the last filter.
  await page.goBack();
  await expect(page).toHaveURL(/\?q=customer&kind=systems$/);
  await expect(filter(page, 'Content type', 'Lesson')).not.toBeChecked();
  await expect(filter(page, 'Kind', 'Systems')).toBeChecked();
});

test('glossary terms are their own search results, and filters work without a query', async ({ page }) => {
  await page.goto('/search/?type=term&q=middleware');
  const first = results(page).locator(':scope > li').first();
  await expect(first.getByRole('link', { name: 'Middleware', exact: true })).toBeVisible();
  const metas = await results(page).locator('.hit-meta').allTextContents();
  for (const meta of metas) expect(meta).toContain('Glossary term');
  await page.goto('/search/?type=capstone');
  await expect(page.getByRole('status')).toContainText(/\d+ results? for the chosen filters/);
  for (const meta of await results(page).locator('.hit-meta').allTextContents()) expect(meta).toMatch(/^Capstone/);
});

test('the search dialog offers filters and a shareable link to the search page', async ({ page }) => {
  await page.goto('/modules/market-research/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox').fill('survey');
  await dialog.getByText('Filters', { exact: true }).click();
  await dialog
    .getByRole('group', { name: 'Track' })
    .getByRole('checkbox', { name: /^Year 1/ })
    .check();
  const share = dialog.getByRole('link', { name: /Open these results on the search page/ });
  await expect(share).toHaveAttribute('href', '/search/?q=survey&year=1');
});

test('a glossary term in a lesson opens its definition by keyboard, announced as a dialog, and Escape closes it', async ({ page }) => {
  const lesson = '/modules/how-systems-talk/urls-and-json/';
  await page.goto(lesson);
  await page.keyboard.press('Tab'); // the reader's first key press loads the popover code
  const button = page.locator('cv-term button.term').first();
  const id = (await button.getAttribute('aria-controls'))?.replace(/^term-/, '');
  expect(id, 'the lesson uses at least one <Term>').toBeTruthy();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await button.focus();
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog').filter({ has: page.locator(`#term-${id}-name`) });
  await expect(popover).toBeVisible();
  await expect(popover).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(popover.getByRole('link', { name: /In the glossary/ })).toHaveAttribute('href', `/glossary/#${id}`);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(button).toBeFocused();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // Space opens it too; the Close button closes it (touch users have no Escape key).
  await page.keyboard.press(' ');
  await expect(popover).toBeVisible();
  await popover.getByRole('button', { name: 'Close' }).click();
  await expect(popover).toBeHidden();
});

// The popover and progress code load at the reader's first interaction (ProgressLoader). Nothing may
// move when they do: a glossary link that re-wrapped as it became a button, or a "Mark as complete"
// button that pushed the bridge down, would move the text under the reader's pointer mid-click.
for (const width of [320, 1280]) {
  test(`nothing on a lesson moves when its code loads at the first interaction (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    // Its long terms ("Integrated marketing communications") wrap differently as buttons unless styled alike.
    await page.goto('/modules/marketing-communications/integrated-campaigns/');
    const boxes = () =>
      page.locator('main :is(p, li, h2, a, cv-term .term)').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return `${el.textContent?.trim().slice(0, 30)} @ ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
        }),
      );
    const before = await boxes();
    await expect(page.locator('cv-term button.term')).toHaveCount(0);
    await page.keyboard.press('Shift');
    await expect(page.locator('cv-term button.term').first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeVisible();
    expect(await boxes()).toEqual(before);
    // and a long term never pushes the page wider than a phone's screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
}

test('without JavaScript a glossary term is a plain link to its anchor on the A–Z page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/modules/how-systems-talk/urls-and-json/');
  const link = page.locator('cv-term').first().getByRole('link');
  const target = await link.getAttribute('href');
  expect(target).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target!.replace('#', '#')}$`));
  await expect(page.locator(target!.replace('/glossary/', ''))).toBeInViewport();
  await context.close();
});

test('the glossary lists terms A–Z, each linking across to the other profession', async ({ page }) => {
  await page.goto('/glossary/');
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Glossary letters' }).getByRole('link').first()).toBeVisible();
  const entry = page.locator('#middleware');
  await expect(entry.getByRole('heading', { level: 3, name: 'Middleware' })).toBeVisible();
  await expect(entry.getByText('See also:')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

for (const path of ['/search/?q=funnel&type=lesson', '/glossary/', '/glossary/middleware/']) {
  test(`axe finds nothing on ${path} at 320 px`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}

test('the home page leads each audience to its role page, and each shows a route from the curriculum', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'The systems route for marketers, with its hours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'I’m a marketer learning on my own' })).toBeVisible();
  await expect(page.getByText(/about [\d.]+ hours in all/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'How systems talk', exact: false }).first()).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Where to start' });
  await expect(nav.getByRole('link', { name: 'I’m a marketer learning on my own' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'I teach' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'I teach' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Year 1/ }).getByRole('table')).toBeVisible();
  await page.getByRole('navigation', { name: 'Where to start' }).getByRole('link', { name: 'I’m a student' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /^Year 1:/ })).toBeVisible();
});

test('a bond page follows the bond through every year, on both sides', async ({ page }) => {
  await page.goto('/bonds/');
  await page.getByRole('link', { name: 'Governance, risk and compliance' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Governance, risk and compliance' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Year 1:/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Year 4:/ })).toBeVisible();
  await expect(page.getByText(/\d+ on the marketing side and \d+ on the systems side/)).toBeVisible();
});

for (const path of ['/start/student/', '/start/teach/', '/start/self-study/', '/bonds/', '/bonds/analytics/']) {
  test(`axe finds nothing on ${path} at 320 px, in the dark theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(path);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
}
