// Electives as a learner and an instructor meet them: found on the map, walked lesson by lesson
// inside the pair, quizzed, counted on My learning, assigned and opened from a link.
import { expect, test } from '@playwright/test';
import { answerAll } from './site.ts';

const E1_LESSONS = [
  'What language models can and cannot do',
  'Generative content with review, disclosure and brand voice',
  'AI search and answer engines',
  'Buying AI: vendor claims, data terms and governance',
  'Calling a model API from TypeScript',
  'Structured output validated by a schema',
  'Grounding answers in your own content',
  'Evaluating outputs and guarding against attacks and leaks',
];

test('a newcomer finds the electives on the map, walks E1 inside its pair, passes its quiz and sees it on My learning', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/curriculum/');
  const electives = page.getByRole('table', { name: /Elective pairs/ });
  const row = electives.getByRole('row', { name: /AI at Work/ });
  await expect(row).toContainText('after Year 2');
  await expect(row.getByRole('link', { name: 'AI in Marketing' })).toBeVisible();
  await expect(row.getByRole('link', { name: 'Building with Language Models' })).toBeVisible();
  await row.getByRole('link', { name: 'AI at Work' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'AI at Work' })).toBeVisible();
  await expect(page.getByText('Elective E1 · an elective pair')).toBeVisible();
  await expect(page.getByRole('link', { name: /^Year 2:/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pair project' })).toBeVisible();
  await page.getByRole('heading', { level: 4, name: 'AI in Marketing' }).getByRole('link').click();
  await page.getByRole('region', { name: 'Lessons' }).getByRole('link').first().click();

  // Previous and next stay inside the pair: no way back into the core, and the last lesson leads to the project.
  const nav = page.getByRole('navigation', { name: 'Previous and next lesson' });
  for (const [i, title] of E1_LESSONS.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Elective E1' })).toBeVisible();
    if (i === 0) await expect(nav.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    if (i < 4) {
      await page.mouse.wheel(0, 400);
      await page.getByRole('button', { name: 'Mark as complete' }).click();
      await expect(page.getByRole('button', { name: 'Completed' })).toBeVisible();
    }
    if (i < E1_LESSONS.length - 1) await nav.getByRole('link', { name: /Next/ }).click();
  }
  await expect(nav.getByRole('link', { name: /Pair project: A grounded product-description drafter/ })).toBeVisible();

  await page.goto('/modules/ai-in-marketing/quiz/');
  await answerAll(page, true);
  await page.getByRole('button', { name: 'Check answers' }).click();
  await expect(page.getByRole('region', { name: 'Your result' })).toContainText(/\(100%\)\. Passed/);

  await page.goto('/learning/');
  const group = page.getByRole('region', { name: 'Electives' });
  await expect(group.getByRole('heading', { level: 3, name: 'Elective E1: AI at Work' })).toBeVisible();
  const moduleRow = group.getByRole('region', { name: 'Elective E1 modules' }).getByRole('row', { name: /AI in Marketing/ });
  await expect(moduleRow.getByRole('cell').nth(0)).toHaveText('4 of 4');
  await expect(moduleRow.getByRole('cell').nth(1)).toHaveText(/^100%/);
  await expect(moduleRow.getByRole('cell').nth(2)).toHaveText(/^Complete/);
  await expect(group.getByRole('row', { name: /Pair project: A grounded product-description drafter/ })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Your progress in Elective E1' })).toHaveAttribute('value', '1');
});

test('an instructor assigns an E1 lesson; a student opens the link and reaches the lesson', async ({ page, browser }) => {
  await page.goto('/teach/assign/');
  await page.getByLabel('Title', { exact: true }).fill('AI week: grounding');
  await page.getByLabel('Track', { exact: true }).selectOption({ label: 'Elective E1' });
  await page.getByLabel('Kind').selectOption('lesson');
  await expect(page.getByRole('checkbox', { name: /What language models can and cannot do/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /How the web works/ })).toBeHidden();
  await page.getByRole('checkbox', { name: /Grounding answers in your own content/ }).check();
  const link = await page.getByLabel('Link for students').inputValue();
  expect(link).toMatch(/\/assignment\/#1\./);

  const student = await (await browser.newContext()).newPage();
  await student.goto(link);
  await expect(student.getByRole('heading', { level: 1, name: 'AI week: grounding' })).toBeVisible();
  const items = student.getByRole('region', { name: 'What to do' }).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await items.getByRole('link', { name: 'Grounding answers in your own content' }).click();
  await expect(student.getByRole('heading', { level: 1, name: 'Grounding answers in your own content' })).toBeVisible();
  await expect(student.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Elective E1' })).toBeVisible();
  await student.context().close();
});
