import { expect as baseExpect, test, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

// Charts of runnable blocks (```sql run chart=bar …), used as a learner would. A first Run downloads the
// runner, SQLite and the dataset, then the chart code: awaited for up to 15 s on a loaded machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const CHARTED = '/modules/sql-for-marketers/group-by-and-aggregates/';
const TS_CHARTED = '/modules/statistics-in-code/confidence-intervals/';
const UNCHARTED = '/modules/crm-lifecycle/service-escalation/';

const chartBlock = (page: Page) => page.getByRole('group', { name: 'Runnable SQL example 2' });
const isChartCode = (url: string) => /\/chart-element-[^/]*\.js$/.test(url);

test('a learner runs a charted block, reads the chart, opens its table, and edits the query into another chart', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  // Plot adds <style> elements the CSP would refuse; the chart view removes them before they reach the page.
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(CHARTED);
  const block = chartBlock(page);
  await block.getByRole('button', { name: 'Run' }).click();

  const chart = block.getByRole('img', { name: /^Bar chart of Sign-up rate \(%\) by channel: \d+ bars/ });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((n) => n.tagName)).toBe('svg');
  await expect(block.getByRole('figure', { name: 'Sign-up rate (%) by channel' })).toBeVisible();
  await expect(block.locator('.run-output').getByRole('status')).toHaveText(/^Done: [\d,]+ rows\. Drawn as a bar chart\.$/);
  expect(requests.filter(isChartCode)).toHaveLength(1);

  // The table is one control away, and the control says whether it is open.
  const toggle = block.getByRole('button', { name: 'Data table' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(block.getByRole('table')).toBeHidden();
  await toggle.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(block.getByRole('table').getByRole('columnheader', { name: 'signup_rate_pct' })).toBeVisible();

  // Editing the query redraws the chart from the new rows.
  const before = await chart.getAttribute('aria-label');
  await block.getByRole('button', { name: 'Edit' }).click();
  const editor = block.getByRole('textbox', { name: 'Edit the SQL' });
  await editor.fill("SELECT 'email' AS channel, 12.5 AS signup_rate_pct UNION ALL SELECT 'tiktok', 3;");
  await editor.press('Control+Enter');
  const edited = block.getByRole('img', { name: 'Bar chart of Sign-up rate (%) by channel: 2 bars: email 12.5; tiktok 3.' });
  await expect(edited).toBeVisible();
  expect(before).not.toBe(await edited.getAttribute('aria-label'));
  await expect(edited.locator('[data-mark="bar"] rect')).toHaveCount(2);
  // The table stays open across runs, showing the new rows.
  await expect(block.getByRole('table').getByRole('cell', { name: 'tiktok' })).toBeVisible();

  // A result that cannot be charted says why and shows the table.
  await editor.fill("SELECT 'email' AS channel, 'high' AS signup_rate_pct;");
  await editor.press('Control+Enter');
  await expect(
    block.getByText('This result cannot be drawn as a bar chart: column "signup_rate_pct" holds "high", but y needs numbers.'),
  ).toBeVisible();
  await expect(block.locator('.run-output').getByRole('status')).toHaveText(
    'Done: 1 row. It cannot be drawn as a bar chart; the note below says why.',
  );
  await expect(block.getByRole('img')).toHaveCount(0);
  await expect(block.getByRole('table').getByRole('cell', { name: 'high' })).toBeVisible();
  // The chart code was fetched once for the page, and nothing broke the CSP.
  expect(requests.filter(isChartCode)).toHaveLength(1);
  expect(errors).toEqual([]);
});

test('a TypeScript block charts the rows it gives console.table', async ({ page }) => {
  await page.goto(TS_CHARTED);
  const block = page.getByRole('group', { name: 'Runnable TypeScript example 2' });
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(
    block.getByRole('img', {
      name: /^Line chart of Standard error of a 5% rate, in points, by visitors: 7 points along visitors from 100 to 6,400\./,
    }),
  ).toBeVisible();
  await expect(block.locator('pre.run-console')).toContainText('standard_error_points');
});

test('the chart code is not fetched by a lesson without charts, even when its code runs', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(UNCHARTED);
  const block = page.getByRole('group', { name: 'Runnable SQL example 1' });
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('table')).toBeVisible();
  expect(requests.some((u) => /\/runner-[^/]*\.js$/.test(u))).toBe(true);
  expect(requests.filter(isChartCode)).toEqual([]);
});

test('axe finds nothing on a charted lesson with its chart and table shown, in both themes', async ({ page }) => {
  await page.goto(CHARTED);
  const block = chartBlock(page);
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('img', { name: /^Bar chart of/ })).toBeVisible();
  await block.getByRole('button', { name: 'Data table' }).click();
  await expect(block.getByRole('table')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The theme toggle changes colours only, so the chart stays; the second theme needs axe's colour rules.
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await axeViolations(page, { colourOnly: true })).toEqual([]);
});
