import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCurriculum, CurriculumError, quickCheckIds, type CurriculumInput } from '../../src/lib/graph/curriculum.ts';
import { anchors, entry, problemsOf, withQuiz } from './fixtures.ts';

const quizData = (input: CurriculumInput) =>
  input.quizzes![0]!.data as { questions: Record<string, unknown>[]; checks: Record<string, unknown>[] };

test('a quiz file places its questions in the module and its checks in their lesson', () => {
  const c = buildCurriculum(withQuiz(), { anchors });
  const quiz = c.modules.get('m1')!.quiz!;
  assert.equal(quiz.url, '/modules/m1/quiz/');
  assert.equal(quiz.passMark, 70);
  assert.deepEqual(
    quiz.questions.map((q) => q.question.id),
    ['m1-a', 'm1-b'],
  );
  assert.deepEqual(quiz.questions[1]!.teaches, { url: '/modules/m1/two/#worked-example', label: 'Lesson two › Worked example' });
  assert.deepEqual(
    c.lessons.get('m1/one')!.checks.map((q) => q.question.id),
    ['m1-check'],
  );
  assert.ok(c.routes.has('/modules/m1/quiz/'));
  assert.equal(c.questions.size, 3);
});

test('a bad question names the file and the question id', () => {
  const input = withQuiz();
  quizData(input).questions[1]!.options = [
    { text: 'a', correct: true },
    { text: 'b', correct: true },
  ];
  assert.ok(
    problemsOf(input, { anchors }).includes(
      'content/quizzes/m1.yaml: question "m1-b": field "options" must have exactly one correct option (has 2)',
    ),
  );
});

test('question ids are unique across the curriculum', () => {
  const input = withQuiz();
  quizData(input).questions[1]!.id = 'm1-a';
  assert.deepEqual(problemsOf(input, { anchors }), [
    'content/quizzes/m1.yaml: question "m1-a": the id is already used in content/quizzes/m1.yaml',
  ]);
});

test('a link to a lesson section that does not exist fails', () => {
  const input = withQuiz();
  quizData(input).questions[0]!.teaches = 'one#no-such-heading';
  quizData(input).questions[1]!.teaches = 'three#worked-example';
  assert.deepEqual(problemsOf(input, { anchors }), [
    'content/quizzes/m1.yaml: question "m1-a": field "teaches" names "#no-such-heading", which is not a heading in content/lessons/m1/one.mdx',
    'content/quizzes/m1.yaml: question "m1-b": field "teaches" names lesson "m1/three", which does not exist',
  ]);
});

test('a quiz file not named for a module fails', () => {
  const input = withQuiz();
  input.quizzes![0]!.filePath = 'content/quizzes/m9.yaml';
  entry(input, 'content/lessons/m1/one.mdx').body = '## Status codes';
  assert.deepEqual(problemsOf(input, { anchors }), [
    'content/quizzes/m9.yaml: the file is named for module "m9", but no module has that id',
  ]);
});

test('quick checks: unknown ids, missing ids, wrong lesson and unembedded checks fail', () => {
  let input = withQuiz();
  entry(input, 'content/lessons/m1/one.mdx').body =
    '## Status codes\n\n<QuickCheck id="nope" />\n\n<QuickCheck question="old style">x</QuickCheck>';
  assert.deepEqual(problemsOf(input, { anchors }), [
    'content/lessons/m1/one.mdx: <QuickCheck id="nope" /> names no quick check; define it under checks in content/quizzes/m1.yaml',
    'content/lessons/m1/one.mdx: a <QuickCheck> has no id; write <QuickCheck id="…" /> and define it under checks in content/quizzes/m1.yaml',
    'content/quizzes/m1.yaml: question "m1-check" is a quick check for lesson "one", which does not embed it with <QuickCheck id="m1-check" />',
  ]);

  input = withQuiz();
  entry(input, 'content/lessons/m1/two.mdx').body = '<QuickCheck id="m1-check" />';
  assert.ok(
    problemsOf(input, { anchors }).includes(
      'content/lessons/m1/two.mdx: <QuickCheck id="m1-check" /> belongs to lesson "m1/one" (its "lesson" field)',
    ),
  );

  input = withQuiz();
  quizData(input).checks[0]!.lesson = 'nine';
  assert.ok(
    problemsOf(input, { anchors }).includes(
      'content/quizzes/m1.yaml: question "m1-check": field "lesson" names "nine", which is not a lesson of module "m1"',
    ),
  );
});

test('a code question in a language the highlighter does not know fails', () => {
  const input = withQuiz();
  quizData(input).questions.push({
    id: 'm1-c',
    type: 'code',
    stem: 'Prints?',
    code: { lang: 'cobolx', source: 'x' },
    options: [{ text: '1', correct: true }, { text: '2' }],
    explanation: 'E.',
    teaches: 'one#status-codes',
  });
  try {
    buildCurriculum(input, { anchors, codeLanguages: new Set(['ts']) });
    assert.fail('expected a throw');
  } catch (error) {
    assert.deepEqual((error as CurriculumError).problems, [
      'content/quizzes/m1.yaml: question "m1-c": field "code.lang" is "cobolx", a language the highlighter does not know',
    ]);
  }
});

test('quickCheckIds skips code blocks', () => {
  assert.deepEqual(quickCheckIds('<QuickCheck id="a" />\n```mdx\n<QuickCheck id="b" />\n```\n<QuickCheck id=\'c\'/>'), ['a', 'c']);
});

test('a code exercise needs a solution and a language that can be checked', () => {
  const input = withQuiz();
  quizData(input).questions.push({
    id: 'm1-x',
    type: 'exercise',
    language: 'python',
    stem: 'Count the sign-ups.',
    solution: '',
    explanation: 'E.',
    teaches: 'one#status-codes',
  });
  assert.deepEqual(
    problemsOf(input, { anchors }).filter((p) => p.includes('m1-x')),
    [
      'content/quizzes/m1.yaml: question "m1-x": field "language" must be "sql", the language exercises can check',
      'content/quizzes/m1.yaml: question "m1-x": field "solution" must not be empty',
    ],
  );
});
