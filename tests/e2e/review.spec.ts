import { expect, test, type Page } from '@playwright/test';
import { answerAll, axeViolations } from './site.ts';

const QUIZ = '/modules/how-systems-talk/quiz/';

/** Answers the one question on screen (all but the first rightly), then checks it with Enter on Check. */
async function answerAndCheck(page: Page, right: boolean) {
  await answerAll(page, right);
  await page.getByRole('button', { name: 'Check', exact: true }).focus();
  await page.keyboard.press('Enter');
}

test('a returning learner sees nothing due, then days later does the daily review by keyboard, offline, and sees a summary', async ({
  page,
}) => {
  // Monday 4 January 2027, 10:00 in the browser's time zone.
  await page.clock.install({ time: new Date(2027, 0, 4, 10, 0) });
  await page.goto(QUIZ);
  await answerAll(page, true);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('Passed');
  const answered = await page.locator('li.question').count();

  await page.goto('/review/');
  await expect(page.getByRole('heading', { name: 'Nothing due today' })).toBeVisible();
  await expect(page.getByText(/You are up to date\. Your next review is on \w+day \d+ January: \d+ questions?\./)).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('link', { name: /due today/ })).toBeHidden();

  // Three days later, the module quiz's questions (all right: due two days on) are due.
  await page.clock.setSystemTime(new Date(2027, 0, 7, 9, 0));
  await page.goto('/');
  await expect(page.getByRole('link', { name: `${answered} questions due today: start today’s review` })).toBeVisible();
  await page.goto('/modules/how-systems-talk/');
  await expect(page.getByText(`You have answered ${answered} of this module’s`)).toContainText(`${answered} questions due today.`);

  await page.goto('/review/');
  const start = page.getByRole('button', { name: `Start today’s review (${answered} questions)` });
  await expect(start).toBeVisible();

  // Light theme: axe on the page with a question on screen.
  await start.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question 1 of ${answered}` })).toBeVisible();
  expect(await axeViolations(page), 'review (light)').toEqual([]);

  // From here on, everything is already in the page: no network request while reviewing.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  for (let i = 0; i < answered; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i + 1} of ${answered}` })).toBeVisible();
    await answerAndCheck(page, i > 0);
    const result = page.getByRole('region', { name: 'Result' });
    await expect(result).toHaveText(i > 0 ? 'Correct.' : /Not quite|Not answered/);
    // The feedback, and the link to the passage that teaches it.
    await expect(page.locator('cv-quiz').getByRole('link').filter({ hasText: /\S/ }).last()).toBeVisible();
    const next = page.getByRole('button', { name: i + 1 < answered ? 'Next question' : 'See the summary' });
    await expect(next).toBeFocused();
    if (i === 0) {
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(page, { colourOnly: true }), 'review (dark)').toEqual([]);
      await page.emulateMedia({ colorScheme: 'light' });
    }
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Review done' })).toBeFocused();
  await expect(page.getByText(`You reviewed ${answered} questions and got ${answered - 1} right.`)).toBeVisible();
  await expect(page.getByText(/Your next review is on \w+day \d+ January: 1 question\./)).toBeVisible();
  expect(requests, 'requests while reviewing').toEqual([]);

  // The wrong one is due the next day; the rest much later. My learning lists it with its due date.
  await page.clock.setSystemTime(new Date(2027, 0, 8, 9, 0));
  await page.goto('/review/');
  await expect(page.getByRole('button', { name: 'Start today’s review (1 question)' })).toBeVisible();
  await page.goto('/learning/');
  await expect(page.getByRole('link', { name: '1 question due today: start today’s review' })).toBeVisible();
});
