import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { encodeAssignment } from '../../src/lib/assignment/assignment.ts';
import { axeViolations } from './site.ts';

const LESSON = '/modules/how-systems-talk/urls-and-json/';
const QUIZ = '/modules/how-systems-talk/quiz/';

async function completeLesson(page: Page, path = LESSON) {
  await page.goto(path);
  await page.mouse.wheel(0, 400);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('button', { name: 'Completed' })).toBeVisible();
}

/** Checks the module quiz without answering: every question counts as missed. */
async function failQuiz(page: Page) {
  await page.goto(QUIZ);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('Not passed');
}

const stored = (page: Page) => page.evaluate(() => localStorage.getItem('converge-progress'));

test('My learning shows lessons, quiz scores, time studied and a review queue linked to each question', async ({ page }) => {
  await page.goto('/learning/');
  await expect(page.getByText('Nothing here yet.')).toBeVisible();
  await expect(page.getByText('Nothing to review')).toBeVisible();

  await completeLesson(page);
  await failQuiz(page);
  await page.goto('/learning/');
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByRole('definition').first()).toHaveText(/^1 of \d+$/);
  await expect(glance).toContainText(/Time studied\s*\d+ min/);
  await expect(glance.getByRole('link', { name: 'URLs, query strings and JSON: the shape of a message' })).toBeVisible();

  const year1 = page.getByRole('region', { name: 'Year 1 modules' });
  const row = year1.getByRole('row', { name: /How Systems Talk/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('1 of 4');
  await expect(row.getByRole('cell').nth(1)).toHaveText('0% (pass: 70%)');
  await expect(row.getByRole('cell').nth(2)).toHaveText('In progress');
  await expect(page.getByRole('progressbar', { name: 'Your progress in Year 1' })).toHaveAttribute('value', '0');

  const review = page.getByRole('region', { name: 'Questions to review' }).getByRole('listitem');
  expect(await review.count()).toBeGreaterThanOrEqual(8);
  await expect(review.first()).toContainText('How Systems Talk');
  await review.first().getByRole('link', { name: 'Try it again' }).click();
  await expect(page).toHaveURL(/\/modules\/how-systems-talk\/quiz\/#question-/);
  const id = new URL(page.url()).hash;
  await expect(page.locator(id)).toBeInViewport();

  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/learning/');
    await expect(review.first()).toBeVisible();
    expect(await axeViolations(page), `My learning (${theme})`).toEqual([]);
  }
});

test('export, reset everything, import: exactly the same progress comes back; a bad file changes nothing', async ({ page }, testInfo) => {
  await completeLesson(page);
  await failQuiz(page);
  await page.goto('/learning/');
  await page.getByLabel('Name as it should appear').fill('Ana Lima');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Name saved: Ana Lima.' })).toBeVisible();
  const before = await stored(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ app: 'converge', kind: 'progress' });

  // Reset everything, by keyboard, through the confirmation dialog; Cancel first changes nothing.
  await page.getByLabel('What to forget').selectOption('all');
  await page.getByRole('button', { name: 'Reset…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset progress?' });
  await expect(dialog).toContainText('It cannot be undone');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await stored(page)).toBe(before);
  await page.getByRole('button', { name: 'Reset…' }).click();
  await dialog.getByRole('button', { name: 'Reset' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All progress reset.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'At a glance' }).getByRole('definition').first()).toHaveText(/^0 of \d+$/);

  // A foreign file is refused with a message, and nothing changes.
  const afterReset = await stored(page);
  const upload = page.getByLabel('A progress file exported from Converge');
  await upload.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await page.getByRole('button', { name: 'Import progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported.' })).toContainText('not exported from Converge');
  expect(await stored(page)).toBe(afterReset);

  await upload.setInputFiles(file);
  await page.getByRole('radio', { name: 'Replace what is here with the file' }).check();
  await page.getByRole('button', { name: 'Import progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replaced your progress with the file' })).toContainText('1 completed lesson');
  expect(await stored(page)).toBe(before);
  await expect(page.getByRole('region', { name: 'At a glance' }).getByRole('definition').first()).toHaveText(/^1 of \d+$/);
});

test('resetting one module forgets only that module', async ({ page }) => {
  await completeLesson(page);
  await completeLesson(page, '/modules/marketing-communications/audience-message-channel/');
  await page.goto('/learning/');
  await page.getByLabel('What to forget').selectOption({ label: 'How Systems Talk: the Web, HTTP and APIs' });
  await page.getByRole('button', { name: 'Reset…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click();
  const year1 = page.getByRole('region', { name: 'Year 1 modules' });
  await expect(
    year1
      .getByRole('row', { name: /How Systems Talk/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('0 of 4');
  await expect(
    year1
      .getByRole('row', { name: /Marketing Communications/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('1 of 4');
});

test('unreadable saved progress: the site works, says so once, and offers the set-aside data', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('converge-progress', '{"version": 3, "lessons": {');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/modules/how-systems-talk/');
  const notice = page.getByRole('status').filter({ hasText: 'Your saved progress could not be read' });
  await expect(notice).toBeVisible();
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'download the set-aside data' }).click();
  expect((await download).suggestedFilename()).toBe('converge-progress-unreadable.txt');

  await page.goto('/modules/how-systems-talk/');
  await expect(page.getByRole('progressbar', { name: /Your progress in How Systems Talk/ })).toBeVisible();
  await expect(page.getByText('Your saved progress could not be read')).toBeHidden();

  await page.goto('/learning/');
  await expect(page.getByRole('heading', { name: 'Set-aside data' })).toBeVisible();
  await page.getByRole('button', { name: 'Discard it' }).click();
  await expect(page.getByRole('heading', { name: 'Set-aside data' })).toBeHidden();
});

test('a completed track unlocks a printable, self-reported record of study with name, scores and dates', async ({ page }) => {
  await page.goto('/tracks/year-1/certificate/');
  await expect(page.getByText('This record appears once you have completed every Year 1 module')).toBeVisible();
  await expect(page.getByText('You have completed 0 of 6 modules')).toBeVisible();

  // Complete Year 1 the quick way a returning learner would: import a progress file.
  const catalogue = JSON.parse((await page.locator('#cv-catalogue').textContent())!) as {
    tracks: { id: string; capstone: { id: string }; modules: { lessons: { id: string }[]; quiz?: { id: string } }[] }[];
  };
  const year1 = catalogue.tracks.find((t) => t.id === 'year-1')!;
  const at = '2026-11-20T10:00:00.000Z';
  const progress = {
    version: 3,
    lessons: Object.fromEntries(year1.modules.flatMap((m) => m.lessons.map((l) => [l.id, { completed: at }]))),
    quizzes: Object.fromEntries(
      year1.modules.flatMap((m) =>
        m.quiz ? [[m.quiz.id, { attempts: 1, best: 90, last: 90, lastAnswers: {}, missed: [], updated: at }]] : [],
      ),
    ),
    drafts: {},
    capstones: { [year1.capstone.id]: { completed: '2026-11-21T10:00:00.000Z' } },
    assignments: {},
    learnerName: 'Ana Lima',
  };
  await page.goto('/learning/');
  await page.getByLabel('A progress file exported from Converge').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ app: 'converge', kind: 'progress', exported: at, progress })),
  });
  await page.getByRole('button', { name: 'Import progress' }).click();
  await expect(page.getByRole('progressbar', { name: 'Your progress in Year 1' })).toHaveAttribute('value', '7');
  await page.getByRole('link', { name: 'Your record of study for Year 1' }).click();

  const record = page.getByRole('article', { name: 'Record of study: Year 1' });
  await expect(record).toContainText('Ana Lima');
  await expect(record).toContainText('completed Year 1 of the Converge curriculum');
  await expect(record).toContainText('21 November 2026');
  await expect(record.getByRole('row')).toHaveCount(7);
  await expect(record.getByRole('row', { name: /How Systems Talk/ })).toContainText('90%');
  await expect(record).toContainText('A self-reported record.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  expect(await axeViolations(page)).toEqual([]);
});

test('the capstone is marked complete on its page, and the curriculum map shows completion', async ({ page }) => {
  await page.goto('/tracks/year-1/capstone/');
  await page.mouse.wheel(0, 400);
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Capstone marked as complete.' })).toHaveCount(1);
  await completeLesson(page);
  await page.goto('/curriculum/');
  await expect(page.getByRole('progressbar', { name: 'Your progress in Year 1' })).toHaveAttribute('value', '1');
  await expect(page.getByText('0 of 6 modules complete, capstone done')).toBeVisible();
  const row = page.getByRole('row', { name: /Messages & Protocols/ });
  await expect(row).toContainText('1 of 4 lessons');
  await expect(page.getByRole('row', { name: /Capstone/ }).first()).toContainText('Complete');
  expect(await axeViolations(page)).toEqual([]);
});

test('an assignment saved from its link is listed on My learning with its due date, and can be removed', async ({ page }) => {
  const token = encodeAssignment({
    title: 'Week 3: how systems talk',
    due: '2027-02-07',
    items: [{ kind: 'module', id: 'how-systems-talk' }],
  });
  await page.goto(`/assignment/#${token}`);
  await page.getByRole('button', { name: 'Save to My learning' }).click();
  await expect(page.getByRole('button', { name: 'Saved to My learning' })).toBeVisible();
  await page.getByRole('link', { name: 'My learning' }).last().click();
  const saved = page.getByRole('region', { name: 'Saved assignments' });
  const item = saved.getByRole('listitem').filter({ hasText: 'Week 3: how systems talk' });
  await expect(item).toContainText('due 7 February 2027');
  await expect(item.getByRole('link', { name: 'Week 3: how systems talk' })).toHaveAttribute('href', `/assignment/#${token}`);
  await item.getByRole('button', { name: 'Remove Week 3: how systems talk' }).click();
  await expect(saved.getByText('No saved assignments.')).toBeVisible();
});
