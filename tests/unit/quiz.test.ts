import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QuestionSchema, type Question, type QuestionInput } from '../../src/schemas/quiz.ts';
import { derangedOrder, normaliseText, parseNumber, scoreQuestion, scoreQuiz, shuffledIndexes } from '../../src/lib/quiz.ts';

const common = { stem: 'Q?', explanation: 'Because.', teaches: 'lesson#anchor' };
type WithoutCommon<T> = T extends unknown ? Omit<T, 'stem' | 'explanation' | 'teaches'> : never;
const q = (input: WithoutCommon<QuestionInput>): Question => QuestionSchema.parse({ ...common, ...input });

const single = q({ id: 's', type: 'single', options: [{ text: 'a' }, { text: 'b', correct: true }, { text: 'c' }] });
const multiple = q({
  id: 'm',
  type: 'multiple',
  options: [{ text: 'a', correct: true }, { text: 'b' }, { text: 'c', correct: true }, { text: 'd' }],
});
const tf = q({ id: 't', type: 'truefalse', answer: false });
const numeric = q({ id: 'n', type: 'numeric', answer: 12.5, tolerance: 0.5, unit: '%' });
const short = q({ id: 'sh', type: 'short', accepted: ['query string', 'querystring'] });
const ordering = q({ id: 'o', type: 'ordering', items: ['visit', 'sign-up', 'trial', 'purchase'] });
const matching = q({
  id: 'x',
  type: 'matching',
  pairs: [
    { left: 'a', right: '1' },
    { left: 'b', right: '2' },
    { left: 'c', right: '3' },
  ],
});
const code = q({
  id: 'c',
  type: 'code',
  code: { lang: 'ts', source: 'console.log(1)' },
  options: [{ text: '1', correct: true }, { text: '2' }],
});

test('single choice and code reading: the one right option scores', () => {
  assert.equal(scoreQuestion(single, { type: 'single', choice: 1 }).correct, true);
  assert.equal(scoreQuestion(single, { type: 'single', choice: 0 }).score, 0);
  assert.deepEqual(scoreQuestion(single, { type: 'single', choice: null }), { id: 's', correct: false, score: 0, answered: false });
  assert.equal(scoreQuestion(code, { type: 'code', choice: 0 }).correct, true);
});

test('multiple select is all-or-nothing unless partial credit', () => {
  assert.equal(scoreQuestion(multiple, { type: 'multiple', choices: [2, 0] }).score, 1);
  assert.equal(scoreQuestion(multiple, { type: 'multiple', choices: [0] }).score, 0);
  assert.equal(scoreQuestion(multiple, { type: 'multiple', choices: [0] }, { partialCredit: true }).score, 0.75);
  assert.equal(scoreQuestion(multiple, { type: 'multiple', choices: [0, 1, 2, 3] }, { partialCredit: true }).score, 0.5);
  assert.equal(scoreQuestion(multiple, { type: 'multiple', choices: [] }).answered, false);
});

test('true/false', () => {
  assert.equal(scoreQuestion(tf, { type: 'truefalse', value: false }).correct, true);
  assert.equal(scoreQuestion(tf, { type: 'truefalse', value: true }).correct, false);
  assert.equal(scoreQuestion(tf, { type: 'truefalse', value: null }).answered, false);
});

test('numeric answers count within the tolerance, as people type them', () => {
  for (const text of ['12.5', '12', '13', '12,5', '12.5%', ' 12.5 % '])
    assert.equal(scoreQuestion(numeric, { type: 'numeric', text }).correct, true, text);
  for (const text of ['11.4', '13.01', 'twelve']) assert.equal(scoreQuestion(numeric, { type: 'numeric', text }).correct, false, text);
  assert.equal(scoreQuestion(numeric, { type: 'numeric', text: '' }).answered, false);
  const exact = q({ id: 'e', type: 'numeric', answer: 0.3, tolerance: 0 });
  assert.equal(scoreQuestion(exact, { type: 'numeric', text: String(0.1 + 0.2) }).correct, true);
});

test('parseNumber reads thousands separators, decimal commas, signs and units', () => {
  assert.equal(parseNumber('1,250'), 1250);
  assert.equal(parseNumber('1 250 000'), 1250000);
  assert.equal(parseNumber('$40'), 40);
  assert.equal(parseNumber('-3.5'), -3.5);
  assert.equal(parseNumber('0,5'), 0.5);
  assert.equal(parseNumber('none'), null);
});

test('short text ignores case and extra spaces', () => {
  for (const text of ['query string', '  Query   STRING ', 'QueryString', 'query string.'])
    assert.equal(scoreQuestion(short, { type: 'short', text }).correct, true, text);
  assert.equal(scoreQuestion(short, { type: 'short', text: 'query' }).correct, false);
  assert.equal(normaliseText('  A\tB  '), 'a b');
});

test('ordering is right only in the authored order', () => {
  assert.equal(scoreQuestion(ordering, { type: 'ordering', order: [0, 1, 2, 3] }).correct, true);
  assert.equal(scoreQuestion(ordering, { type: 'ordering', order: [1, 0, 2, 3] }).correct, false);
  assert.equal(scoreQuestion(ordering, { type: 'ordering', order: [0, 1, 2] }).correct, false);
});

test('matching: all-or-nothing, or share right with partial credit', () => {
  assert.equal(scoreQuestion(matching, { type: 'matching', matches: [0, 1, 2] }).correct, true);
  assert.equal(scoreQuestion(matching, { type: 'matching', matches: [0, 2, 1] }).score, 0);
  assert.equal(scoreQuestion(matching, { type: 'matching', matches: [0, 2, 1] }, { partialCredit: true }).score, 1 / 3);
  assert.equal(scoreQuestion(matching, { type: 'matching', matches: [null, null, null] }).answered, false);
});

test('an answer of the wrong type scores nothing', () => {
  assert.equal(scoreQuestion(single, { type: 'truefalse', value: true }).score, 0);
  assert.equal(scoreQuestion(single, undefined).answered, false);
});

test('a quiz totals its questions against the pass mark and lists what was missed', () => {
  const questions = [single, tf, numeric, short];
  const result = scoreQuiz(questions, {
    s: { type: 'single', choice: 1 },
    t: { type: 'truefalse', value: false },
    n: { type: 'numeric', text: '12.5' },
  });
  assert.equal(result.score, 3);
  assert.equal(result.percent, 75);
  assert.equal(result.passed, true);
  assert.deepEqual(result.missed, ['sh']);
  assert.equal(scoreQuiz(questions, {}, 70).passed, false);
  assert.equal(
    scoreQuiz(
      questions,
      { s: { type: 'single', choice: 1 }, t: { type: 'truefalse', value: false }, n: { type: 'numeric', text: '12.5' } },
      80,
    ).passed,
    false,
  );
});

test('shuffles are deterministic per seed and never leave an ordering solved', () => {
  assert.deepEqual(shuffledIndexes(6, 'q:1'), shuffledIndexes(6, 'q:1'));
  assert.deepEqual([...shuffledIndexes(6, 'q:1')].sort(), [0, 1, 2, 3, 4, 5]);
  assert.notDeepEqual(shuffledIndexes(8, 'q:1'), shuffledIndexes(8, 'q:2'));
  for (let i = 0; i < 200; i++) {
    const order = derangedOrder(3, `seed-${i}`);
    assert.notDeepEqual(order, [0, 1, 2]);
  }
});

test('schema rules: single needs one correct, ordering three items, matching unique sides, numeric tolerance ≥ 0', () => {
  const issues = (input: Record<string, unknown>) => {
    const r = QuestionSchema.safeParse({ ...common, id: 'bad', ...input });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  assert.deepEqual(
    issues({
      type: 'single',
      options: [
        { text: 'a', correct: true },
        { text: 'b', correct: true },
      ],
    }),
    ['options: must have exactly one correct option (has 2)'],
  );
  assert.deepEqual(issues({ type: 'code', code: { lang: 'ts', source: 'x' }, options: [{ text: 'a' }, { text: 'b' }] }), [
    'options: must have exactly one correct option (has 0)',
  ]);
  assert.deepEqual(issues({ type: 'multiple', options: [{ text: 'a' }, { text: 'b' }] }), [
    'options: must have at least one correct option',
  ]);
  assert.deepEqual(issues({ type: 'ordering', items: ['a', 'b'] }), ['items: needs at least 3 items']);
  assert.deepEqual(
    issues({
      type: 'matching',
      pairs: [
        { left: 'a', right: '1' },
        { left: 'a', right: '2' },
        { left: 'c', right: '3' },
      ],
    }),
    ['pairs: left sides must be unique'],
  );
  assert.deepEqual(issues({ type: 'numeric', answer: 1, tolerance: -1 }), ['tolerance: must be 0 or more']);
  assert.deepEqual(issues({ type: 'short', accepted: [] }), ['accepted: needs at least one accepted answer']);
  assert.deepEqual(issues({ type: 'truefalse', answer: true, explanation: '  ' }), ['explanation: must not be empty']);
});

test('a code exercise scores by the verdict of running it; code left as the starter is no answer', () => {
  const exercise = q({ id: 'e', type: 'exercise', language: 'sql', solution: 'SELECT 1;' });
  assert.equal(exercise.type === 'exercise' && exercise.ordered, false);
  assert.deepEqual(scoreQuestion(exercise, { type: 'exercise', code: 'SELECT 1 AS one;', passed: true }), {
    id: 'e',
    correct: true,
    score: 1,
    answered: true,
  });
  assert.deepEqual(scoreQuestion(exercise, { type: 'exercise', code: 'SELECT 2;', passed: false }), {
    id: 'e',
    correct: false,
    score: 0,
    answered: true,
  });
  assert.equal(scoreQuestion(exercise, { type: 'exercise', code: '  ', passed: null }).answered, false);
});
