import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignment/assignment.ts';
import { axeViolations } from './site.ts';

const LESSON = '/modules/how-systems-talk/urls-and-json/';
const LESSON_TITLE = 'URLs, query strings and JSON: the shape of a message';

/** A date `days` from today in the browser's time zone, YYYY-MM-DD. */
const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Fails the test if the page opens a dialog (alert, confirm) or sets the marker a payload would set. */
function forbidScripts(page: Page) {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('an instructor builds an assignment by keyboard; a student opens the link, saves it, completes a lesson and exports a receipt', async ({
  page,
  browser,
}) => {
  await page.goto('/teach/assign/');
  await page.getByLabel('Title', { exact: true }).focus();
  await page.keyboard.type('Week 3: how the web works');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Read the lesson, then the whole module.\n\nBring one URL to class.');
  await page.getByLabel('Due date').fill(inDays(3));
  await page.getByLabel('Required quiz pass mark (%)').fill('80');

  // Find items by searching and filtering, then tick them with the space bar.
  await page.getByLabel('Search by title').fill('query strings');
  await expect(page.getByRole('status').filter({ hasText: '1 matching item shown.' })).toBeVisible();
  await page.getByRole('checkbox', { name: new RegExp(LESSON_TITLE.slice(0, 20)) }).focus();
  await page.keyboard.press('Space');
  await page.getByLabel('Search by title').fill('');
  await page.getByLabel('Kind').selectOption('module');
  await page.getByLabel('Track', { exact: true }).selectOption('year-1');
  await expect(page.getByRole('checkbox', { name: /Security and Privacy Engineering/ })).toBeHidden();
  await page.getByRole('checkbox', { name: /Marketing Communications and Channels/ }).focus();
  await page.keyboard.press('Space');

  const preview = page.getByRole('region', { name: 'Preview: what students will see' });
  await expect(preview.getByText('Week 3: how the web works')).toBeVisible();
  await expect(preview.getByText('(due in 3 days)')).toBeVisible();
  await expect(preview.getByRole('listitem')).toHaveText([
    /Module\s*Marketing Communications and Channels/,
    new RegExp(`Lesson\\s*${LESSON_TITLE.slice(0, 20)}`),
  ]);

  await page.getByRole('button', { name: 'Copy link' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(await page.getByLabel('Link for students').inputValue());
  expect(link).toMatch(/\/assignment\/#1\.[\w-]+\.[0-9a-z]+$/);
  expect(link.length).toBeLessThan(2000);
  // The builder's address keeps the work: a reload (or a bookmark) restores the form.
  await page.reload();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Week 3: how the web works');
  await expect(page.getByRole('checkbox', { name: /^Marketing Communications and Channels module/ })).toBeChecked();
  await expect(page.getByLabel('Link for students')).toHaveValue(link);

  // The student, in a browser of their own.
  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  forbidScripts(student);
  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1, name: 'Week 3: how the web works' })).toBeVisible();
  await expect(student.getByText('(due in 3 days)')).toBeVisible();
  await expect(student.getByText('Quizzes need 80 % to count as done')).toBeVisible();
  await expect(student.getByText('Bring one URL to class.')).toBeVisible();
  const items = student.getByRole('region', { name: 'What to do' }).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText('0 of 4 lessons done · quiz not attempted (pass mark 80 %)');
  await expect(items.nth(1)).toContainText('Not started');
  await expect(student.getByText('0 of 2 done')).toBeVisible();

  const save = student.getByRole('button', { name: 'Save to My learning' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(student.getByRole('button', { name: 'Saved to My learning' })).toHaveAttribute('aria-pressed', 'true');
  await expect(student.getByRole('status').filter({ hasText: 'Saved to My learning.' })).toBeVisible();
  await student.reload();
  await expect(student.getByRole('button', { name: 'Saved to My learning' })).toHaveAttribute('aria-pressed', 'true');

  // Complete the lesson, come back: the assignment shows it.
  await items.nth(1).getByRole('link', { name: LESSON_TITLE }).click();
  await expect(student).toHaveURL(new RegExp(`${LESSON}$`));
  await student.mouse.wheel(0, 400);
  await student.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(student.getByRole('button', { name: 'Completed' })).toBeVisible();
  await student.goBack();
  await expect(items.nth(1)).toContainText(/Done · Completed \d{1,2} \w+ \d{4}/);
  await expect(items.nth(0)).toContainText('Not started · 0 of 4 lessons done');
  await expect(student.getByText('1 of 2 done')).toBeVisible();
  await expect(student.getByRole('progressbar', { name: 'Your progress' })).toHaveAttribute('value', '1');

  await student.getByLabel('Your name for the receipt (optional)').fill('Ada Lovelace');
  await student.getByLabel('Your name for the receipt (optional)').press('Tab');
  const [download] = await Promise.all([student.waitForEvent('download'), student.getByRole('button', { name: 'Export receipt' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^converge-receipt-week-3-how-the-web-works-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync((await download.path())!, 'utf8');
  const receipt = JSON.parse(file);
  expect(receipt).toMatchObject({
    app: 'converge',
    kind: 'assignment-receipt',
    selfReported: true,
    learner: 'Ada Lovelace',
    assignment: { title: 'Week 3: how the web works', due: inDays(3), passMark: 80 },
    summary: { done: 1, total: 2, unavailable: 0 },
  });
  expect(receipt.items[1]).toMatchObject({ kind: 'lesson', id: 'how-systems-talk/urls-and-json', state: 'done' });
  expect(Date.parse(receipt.exported)).toBeGreaterThan(Date.now() - 60_000);
  expect(receipt.fingerprint).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){4}$/);
  const panel = student.getByRole('region', { name: 'Completion receipt' });
  await expect(panel.getByText(receipt.fingerprint)).toBeVisible();
  await expect(panel.getByText('Self-reported:', { exact: true })).toBeVisible();

  // The instructor checks the file, then an edited copy.
  await page.goto('/teach/');
  await page.getByLabel('Receipt file').setInputFiles({ name: 'receipt.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  await expect(page.getByText(`Fingerprint matches (${receipt.fingerprint})`)).toBeVisible();
  await expect(page.getByText(/URLs, query strings and JSON: the shape of a message: done/)).toBeVisible();
  const edited = JSON.stringify({ ...receipt, summary: { ...receipt.summary, done: 2 } });
  await page.getByLabel('Or paste the receipt').fill(edited);
  await page.getByRole('button', { name: 'Check the fingerprint' }).click();
  await expect(page.getByText(/Fingerprint does not match: the file was changed after it was exported/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await studentContext.close();
});

test('a damaged link shows a clear message; markup in a link is shown as text and runs nothing', async ({ page }) => {
  forbidScripts(page);
  const hostile = encodeAssignment({
    title: '<script>window.__pwned = 1</script><img src=x onerror="alert(1)">',
    instructions: '<b>bold?</b> <a href="javascript:alert(1)">click</a>',
    items: [
      { kind: 'module', id: 'how-systems-talk' },
      { kind: 'module', id: 'retired-module' },
    ],
  });
  await page.goto(`/assignment/#${hostile}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('<script>window.__pwned = 1</script><img src=x onerror="alert(1)">');
  await expect(page.getByText('<b>bold?</b> <a href="javascript:alert(1)">click</a>')).toBeVisible();
  await expect(page.locator('main img, main b, main script:not([type="application/json"])')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'click' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await expect(page.getByText('“retired-module”: no longer available on this site')).toBeVisible();
  await expect(page.getByText(/1 no longer available on this site/)).toBeVisible();

  const [version, body, check] = hostile.split('.');
  const tampered = `${version}.${body!.slice(0, 10)}${body![10] === 'A' ? 'B' : 'A'}${body!.slice(11)}.${check}`;
  await page.goto(`/assignment/#${tampered}`);
  await expect(page.getByRole('heading', { level: 1, name: 'This assignment link cannot be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This assignment link is damaged');
  await page.goto(`/assignment/#2.${body}.${check}`);
  await expect(page.getByRole('alert')).toContainText('made by a newer version of Converge');
  await page.goto('/assignment/');
  await expect(page.getByRole('heading', { level: 1, name: 'Assignment' })).toBeVisible();
});

test('the course page lists the weeks with assignment links; the syllabus prints its weekly plan without navigation', async ({ page }) => {
  await page.goto('/courses/year-1-spring-2027/');
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing Technology Foundations' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(16);
  await page.getByRole('link', { name: /^Week 1 assignment/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Marketing Technology Foundations, week 1: Audience, message and the web' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(/Due 24 January 2027/)).toBeVisible();

  await page.goto('/courses/year-1-spring-2027/');
  await page.getByRole('link', { name: 'Printable syllabus' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Marketing Technology Foundations (Spring 2027)' })).toBeVisible();
  await expect(page.getByText(/18 January 2027 to .* · 14 weeks at 14 h a week · about 194 h of study in all/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: /^Week 1: 18 January 2027 to 24 January 2027 · 14 h$/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'How the paired modules work' })).toBeVisible();
  await expect(
    page.getByText('Its partner, How Systems Talk: the Web, HTTP and APIs, is in this assignment too', { exact: false }),
  ).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the syllabus' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 3, name: /^Week 14:/ })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Weekly plan' })).toBeVisible();
});

test('axe finds nothing on the four teaching pages with an assignment loaded, in both themes, and at 320 px', async ({ page }) => {
  const token = encodeAssignment({
    title: 'Axe check',
    instructions: 'Two paragraphs.\n\nThe second.',
    start: inDays(-10),
    due: inDays(-1),
    passMark: 75,
    items: [
      { kind: 'module', id: 'how-systems-talk' },
      { kind: 'lesson', id: 'how-systems-talk/urls-and-json' },
      { kind: 'quiz', id: 'market-research' },
      { kind: 'capstone', id: 'year-1' },
      { kind: 'module', id: 'retired-module' },
    ],
  });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`/assignment/#${token}`);
    await expect(page.getByText('(overdue by 1 day)')).toBeVisible();
    await page.getByRole('button', { name: 'Save to My learning' }).click();
    await page.getByRole('button', { name: 'Mark capstone as done' }).click();
    await expect(page.getByRole('button', { name: 'Capstone marked done' })).toBeFocused();
    await expect(page.getByRole('listitem').filter({ hasText: 'Launch page' })).toContainText('Done · Marked complete');
    await page.getByRole('button', { name: 'Export receipt' }).click();
    await expect(page.getByRole('region', { name: 'Completion receipt' })).toBeVisible();
    expect(await axeViolations(page), `assignment (${theme})`).toEqual([]);
    await page.getByRole('button', { name: 'Saved to My learning' }).click();
    await page.getByRole('button', { name: 'Capstone marked done' }).click();

    await page.goto(`/teach/syllabus/#${token}`);
    await expect(page.getByRole('heading', { level: 2, name: 'Weekly plan' })).toBeVisible();
    expect(await axeViolations(page), `syllabus (${theme})`).toEqual([]);

    await page.goto('/teach/assign/');
    await page.getByLabel('Title', { exact: true }).fill('Axe');
    await page.getByRole('checkbox', { name: /^Marketing Communications and Channels module/ }).check();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeEnabled();
    expect(await axeViolations(page), `builder (${theme})`).toEqual([]);
  }
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of [`/assignment/#${token}`, `/teach/syllabus/#${token}`, '/teach/assign/', '/teach/', '/courses/year-1-spring-2027/']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('no CSP violation and no request to another origin while building, viewing, exporting and checking', async ({ page, baseURL }) => {
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== new URL(baseURL!).origin) problems.push(r.url());
  });
  const collect = async () => problems.push(...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])));
  await page.goto('/teach/assign/');
  await page.getByLabel('Title', { exact: true }).fill('CSP');
  await page.getByRole('checkbox', { name: /^How Systems Talk: the Web, HTTP and APIs module/ }).check();
  const link = await page.getByLabel('Link for students').inputValue();
  await collect();
  await page.goto(link);
  await page.getByRole('button', { name: 'Save to My learning' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export receipt' }).click()]);
  await collect();
  await page.goto('/teach/');
  await page.getByLabel('Receipt file').setInputFiles((await download.path())!);
  await expect(page.getByText(/^Fingerprint matches/)).toBeVisible();
  await collect();
  await page.goto(`/teach/syllabus/${new URL(link).hash}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Weekly plan' })).toBeVisible();
  await collect();
  expect(problems).toEqual([]);
});
