import { expect, test, type Page } from '@playwright/test';
import { answerAll, axeViolations } from './site.ts';

const QUIZ = '/modules/how-systems-talk/quiz/';

test('a learner fails a module quiz by keyboard, reads the feedback, retries and passes; the best score survives a reload', async ({
  page,
}) => {
  await page.goto(QUIZ);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('quiz');
  await answerAll(page, false);
  await page.getByRole('button', { name: 'Check answers' }).focus();
  await page.keyboard.press('Enter');

  const result = page.getByRole('region', { name: 'Your result' });
  await expect(result).toBeFocused();
  await expect(result).toContainText(/You scored 0 of \d+ \(0%\)\. Not passed yet/);
  // Feedback: what was wrong and why, with a link to the section that teaches it.
  const first = page.locator('li.question').first();
  await expect(first.getByText('Not quite.')).toBeVisible();
  await expect(first.getByText('Answer and explanation')).toBeVisible();
  await expect(first.getByRole('link', { name: /›/ })).toBeVisible();

  // Review my mistakes: everything was missed, so every question stays.
  const review = page.getByRole('button', { name: 'Review my mistakes' });
  await review.click();
  await expect(review).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Check answers' })).toBeVisible();
  await expect(page.locator('li.question').first().getByText('Answer and explanation')).toBeHidden();

  await answerAll(page, true);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(result).toContainText(/\(100%\)\. Passed/);
  await expect(page.getByRole('button', { name: 'Review my mistakes' })).toBeHidden();

  await page.reload();
  await expect(page.getByText(/Your best so far: 100% \(2 attempts\)/)).toBeVisible();
});

test('"review my mistakes" shows only the missed questions', async ({ page }) => {
  await page.goto(QUIZ);
  await answerAll(page, true);
  // Spoil one question: the first with options, true/false or a typed answer.
  const key = JSON.parse((await page.locator('cv-quiz script[type="application/json"]').textContent())!) as Record<
    string,
    { type: string; options?: { correct?: boolean }[]; answer?: unknown }
  >;
  const [firstId, q] = Object.entries(key).find(([, q]) =>
    ['single', 'code', 'multiple', 'truefalse', 'numeric', 'short'].includes(q.type),
  )!;
  const first = page.locator(`#question-${firstId}`);
  if (q.options) {
    const wrong = q.options.findIndex((o) => !o.correct);
    if (q.type === 'multiple')
      for (const [i, o] of q.options.entries()) if (o.correct) await first.locator(`input[value="${i}"]`).uncheck();
    await first.locator(`input[value="${wrong}"]`).check();
  } else if (q.type === 'truefalse') {
    await first.getByRole('radio', { name: q.answer ? 'False' : 'True' }).check();
  } else {
    await first.getByRole('textbox').fill('999999');
  }
  await page.getByRole('button', { name: 'Check answers' }).click();
  await page.getByRole('button', { name: 'Review my mistakes' }).click();
  await expect(page.locator('li.question:visible')).toHaveCount(1);
  await expect(page.locator('li.question:visible')).toHaveAttribute('data-qid', firstId);
  await page.getByRole('button', { name: 'Review my mistakes' }).click();
  await expect(page.locator('li.question:visible')).toHaveCount(Object.keys(key).length);
});

test('a quick check in a lesson is answered and explained in place', async ({ page }) => {
  await page.goto('/modules/market-research/surveys-that-work/');
  const check = page.locator('cv-quiz.quiz-check').first();
  // Quick-check code loads as the reader scrolls near it.
  await check.scrollIntoViewIfNeeded();
  await check.getByRole('button', { name: 'Check' }).click();
  await expect(check.getByRole('region', { name: 'Result' })).toContainText('Not answered');
  await expect(check.getByText('Answer and explanation')).toBeVisible();
  await check.getByRole('button', { name: 'Try again' }).click();
  await expect(check.getByRole('button', { name: 'Check' })).toBeVisible();
});

test('without JavaScript the questions read well and each answer is in a <details>', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(QUIZ);
  const questions = page.locator('li.question');
  const n = await questions.count();
  expect(n).toBeGreaterThanOrEqual(8);
  await expect(page.locator('details.answer-key')).toHaveCount(n);
  const firstKey = questions.first().locator('details.answer-key');
  await expect(firstKey.getByText('Answer:')).toBeHidden();
  await firstKey.getByText('Show the answer').click();
  await expect(firstKey.getByText('Answer:')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answers' })).toBeHidden();
  await context.close();
});

test('quiz answers and controls stay out of the search index', async ({ page }) => {
  await page.goto(QUIZ);
  expect(await page.locator('cv-quiz form').getAttribute('data-pagefind-ignore')).toBeNull();
  // Answer keys are ignored; stems stay searchable.
  expect(await page.locator('details.answer-key[data-pagefind-ignore]').count()).toBe(await page.locator('details.answer-key').count());
});

test('axe finds nothing on a quiz page before and after checking, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(QUIZ);
    expect(await axeViolations(page)).toEqual([]);
    await answerAll(page, false);
    await page.getByRole('button', { name: 'Check answers' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Review my mistakes' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => localStorage.clear());
  }
});

test('a result checked in one tab shows in another without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(QUIZ);
  await second.goto(QUIZ);
  await answerAll(first, true);
  await first.getByRole('button', { name: 'Check answers' }).click();
  await expect(second.getByText(/Your best so far: 100% \(1 attempt\)/)).toBeVisible();
});

test('unreadable saved progress does not break a quiz', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('converge-progress', '{"version": 2, "lessons": {');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto(QUIZ);
  await answerAll(page, true);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText('(100%). Passed');
  expect(await page.evaluate(() => localStorage.getItem('converge-progress:backup'))).toBe('{"version": 2, "lessons": {');
});
