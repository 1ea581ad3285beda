import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './site.ts';

// A block's first Run downloads and compiles the runner and, for SQL, SQLite's WebAssembly and the
// dataset (about 840 KB). That takes well under a second on its own (BENCHMARKS.md), but on a loaded
// two-core CI machine it once took just over the default 5 s; results are awaited for up to 15 s.
const expect = baseExpect.configure({ timeout: 15_000 });

// Runnable SQL and TypeScript in lessons, and code exercises in quizzes, used as a learner would.
const SQL_LESSON = '/modules/crm-lifecycle/service-escalation/';
const TS_LESSON = '/modules/typescript-fundamentals/functions/';

const sqlBlock = (page: Page) => page.getByRole('group', { name: 'Runnable SQL example 1' });
/** The block's own status line (the Copy button has another). */
const status = (block: Locator) => block.locator('.run-output').getByRole('status');

test('a SQL block runs on the sample dataset and shows an accessible table', async ({ page }) => {
  await page.goto(SQL_LESSON);
  const block = sqlBlock(page);
  await block.getByRole('button', { name: 'Run' }).click();
  const table = block.getByRole('table');
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'channel' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'tiktok', exact: true })).toBeVisible();
  await expect(status(block)).toHaveText(/^Done: 6 rows/);
});

test('editing a query into an error shows the database message; Reset brings the original back', async ({ page }) => {
  await page.goto(SQL_LESSON);
  const block = sqlBlock(page);
  await block.getByRole('button', { name: 'Edit' }).click();
  const editor = block.getByRole('textbox', { name: 'Edit the SQL' });
  await expect(editor).toBeFocused();
  await editor.fill('SELECT chanel FROM sessions;');
  await editor.press('Control+Enter');
  await expect(status(block)).toHaveText('Error: no such column: chanel');
  // A long result shows the first rows and counts the rest.
  await editor.fill('SELECT customer_id, email FROM customers;');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('table')).toHaveAccessibleName(/^Result: [\d,]+ rows, the first 50 shown$/);
  await expect(block.getByRole('table').getByRole('row')).toHaveCount(51);
  await expect(block.getByText(/^…and [\d,]+ more rows\.$/)).toBeVisible();
  await block.getByRole('button', { name: 'Reset' }).click();
  await expect(editor).toBeHidden();
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('table')).toBeVisible();
});

test('an endless query is stopped after the time limit and the page stays responsive', async ({ page }) => {
  await page.goto(SQL_LESSON);
  const block = sqlBlock(page);
  await block.getByRole('button', { name: 'Edit' }).click();
  const editor = block.getByRole('textbox', { name: 'Edit the SQL' });
  await editor.fill('WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n;');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('button', { name: 'Stop' })).toBeVisible();
  // While it runs, the page still answers: typing into the editor works.
  await editor.press('End');
  await editor.pressSequentially(' -- still typing');
  await expect(editor).toHaveValue(/still typing$/);
  await expect(status(block)).toHaveText(/^Stopped after 5 seconds/, { timeout: 15_000 });
  await expect(block.getByRole('button', { name: 'Stop' })).toBeHidden();
  // The engine starts afresh for the next run.
  await editor.fill('SELECT COUNT(*) AS customers FROM customers;');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByRole('table')).toBeVisible();
});

test('the Stop button ends a run at once', async ({ page }) => {
  await page.goto(SQL_LESSON);
  const block = sqlBlock(page);
  await block.getByRole('button', { name: 'Edit' }).click();
  await block
    .getByRole('textbox', { name: 'Edit the SQL' })
    .fill('WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n;');
  await block.getByRole('button', { name: 'Run' }).click();
  await block.getByRole('button', { name: 'Stop' }).click();
  await expect(status(block)).toHaveText('Stopped.');
});

test('a TypeScript block prints its console output; an error names its line', async ({ page }) => {
  await page.goto(TS_LESSON);
  const block = page.getByRole('group', { name: 'Runnable TypeScript example 1' });
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.getByText('Console output')).toBeVisible();
  await expect(block.locator('pre.run-console')).toHaveText(/^promoter passive detractor\ntrue false\n?$/);
  await block.getByRole('button', { name: 'Edit' }).click();
  await block.getByRole('textbox', { name: 'Edit the TypeScript' }).fill('const total: number = 3;\nconsole.log(total);\nmissing();');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(status(block)).toHaveText(/^Error on line 3: .*missing is not defined/);
  await expect(block.locator('pre.run-console')).toHaveText(/^3\n?$/);
  // A loop that never ends is stopped too.
  await block.getByRole('textbox', { name: 'Edit the TypeScript' }).fill('let n: number = 0;\nwhile (true) n++;');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(status(block)).toHaveText(/^Stopped after 5 seconds/, { timeout: 15_000 });
});

test('nothing of the runner loads before the learner asks', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(SQL_LESSON);
  await page.mouse.wheel(0, 400);
  expect(requests.filter((u) => /runner|sql-worker|ts-worker|\.wasm|\.sqlite/.test(u))).toEqual([]);
  await sqlBlock(page).getByRole('button', { name: 'Run' }).click();
  await expect(sqlBlock(page).getByRole('table')).toBeVisible();
  expect(requests.some((u) => u.endsWith('.sqlite.gz'))).toBe(true);
});

test('axe finds nothing with results, errors and console output shown, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(SQL_LESSON);
    await sqlBlock(page).getByRole('button', { name: 'Run' }).click();
    await expect(sqlBlock(page).getByRole('table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(TS_LESSON);
    const block = page.getByRole('group', { name: 'Runnable TypeScript example 1' });
    await block.getByRole('button', { name: 'Edit' }).click();
    await block.getByRole('textbox', { name: 'Edit the TypeScript' }).fill('console.log(1);\nthrow new Error("boom");');
    await block.getByRole('button', { name: 'Run' }).click();
    await expect(status(block)).toHaveText(/Error on line 2/);
    expect(await axeViolations(page)).toEqual([]);
  }
});

test('a SQL exercise in the module quiz: a wrong query is explained, a right one (other names, other order) is marked correct', async ({
  page,
}) => {
  await page.goto('/modules/crm-lifecycle/quiz/');
  const exercise = page.getByRole('group', { name: /Widen the report/ });
  const editor = exercise.getByRole('textbox', { name: 'Your SQL' });
  await exercise.getByText('Show a hint').click();
  await expect(exercise.getByText(/group by the cleaned channel/)).toBeVisible();
  await editor.fill(
    "SELECT s.channel, COUNT(*) FROM funnel_events f JOIN sessions s USING (session_id) WHERE f.step = 'signup' GROUP BY s.channel;",
  );
  await exercise.getByRole('button', { name: 'Run' }).click();
  await expect(exercise.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(exercise.locator('.verdict')).toHaveText(/^Not quite\. Your query returns \d+ rows; the answer has 11 rows\.$/);
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('You scored');
  await page.getByRole('button', { name: 'Try again' }).click();
  await editor.fill(
    "SELECT lower(trim(channel)) AS source, COUNT(*) AS n\nFROM sessions JOIN funnel_events USING (session_id)\nWHERE step = 'signup'\nGROUP BY 1 ORDER BY n DESC;",
  );
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(exercise.locator('.verdict')).toHaveText('Correct.');
  // The reference solution is in the answer key.
  await expect(exercise.getByText('GROUP BY lower(trim(s.channel));')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('runs under the strict CSP: no violation, no request to another origin, and lesson code has no network', async ({ page, baseURL }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) problems.push(r.url());
  });
  await page.goto(SQL_LESSON);
  await sqlBlock(page).getByRole('button', { name: 'Run' }).click();
  await expect(sqlBlock(page).getByRole('table')).toBeVisible();
  await page.goto('/modules/how-systems-talk/urls-and-json/');
  const block = page.getByRole('group', { name: 'Runnable TypeScript example 1' });
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(block.locator('pre.run-console')).toContainText('utm_campaign=decaf_launch_2026');
  await block.getByRole('button', { name: 'Edit' }).click();
  await block.getByRole('textbox', { name: 'Edit the TypeScript' }).fill('console.log("before");\nfetch("/");');
  await block.getByRole('button', { name: 'Run' }).click();
  await expect(status(block)).toHaveText('Error on line 2: Lesson code runs without network access');
  expect(problems).toEqual([]);
});
