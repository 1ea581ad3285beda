import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCurriculum } from '../../src/lib/graph/curriculum.ts';
import { catalogueOf } from '../../src/lib/catalogue.ts';
import { emptyProgress } from '../../src/lib/progress.ts';
import { encodeAssignment, assignmentId, type Assignment } from '../../src/lib/assignment/assignment.ts';
import {
  buildReceipt,
  canonicalJson,
  checkReceipt,
  fingerprint,
  itemStatus,
  receiptFile,
  resolveItems,
  summarise,
} from '../../src/lib/assignment/assignment-progress.ts';
import { formatHours, itemHours, teachDetailsOf, weeklyPlan } from '../../src/lib/assignment/syllabus.ts';
import { anchors, quizRecord, withQuiz } from './fixtures.ts';

const curriculum = buildCurriculum(withQuiz(), { anchors });
const catalogue = catalogueOf(curriculum, (p) => p);
const details = teachDetailsOf(curriculum);
const assignment: Assignment = {
  title: 'Week 1',
  due: '2026-12-01',
  items: [
    { kind: 'module', id: 'm1' },
    { kind: 'lesson', id: 's1/one' },
    { kind: 'quiz', id: 'm1' },
    { kind: 'capstone', id: 'year-1' },
    { kind: 'module', id: 'gone' },
    { kind: 'quiz', id: 's1' },
    { kind: 'lesson', id: '__proto__/x' },
  ],
};
const resolved = resolveItems(assignment, catalogue);
const quiz = (best: number) => quizRecord(best);

test('items resolve to catalogue titles and links; unknown ids (and a module without a quiz) stay, marked unavailable', () => {
  assert.deepEqual(
    resolved.map((r) => [r.item.kind, r.item.id, r.available, r.title, r.url]),
    [
      ['module', 'm1', true, 'Module m1', '/modules/m1/'],
      ['lesson', 's1/one', true, 'Lesson one', '/modules/s1/one/'],
      ['quiz', 'm1', true, 'Module m1: module quiz', '/modules/m1/quiz/'],
      ['capstone', 'year-1', true, 'Capstone', '/tracks/year-1/capstone/'],
      ['module', 'gone', false, undefined, undefined],
      ['quiz', 's1', false, undefined, undefined],
      ['lesson', '__proto__/x', false, undefined, undefined],
    ],
  );
});

test('each item shows the learner’s own progress, using the module completion rules', () => {
  const p = emptyProgress();
  const status = () => resolved.map((r) => itemStatus(r, p, assignment.passMark));
  assert.deepEqual(
    status().map((s) => s.state),
    ['not-started', 'not-started', 'not-started', 'not-started', 'unavailable', 'unavailable', 'unavailable'],
  );
  assert.equal(status()[0]!.text, '0 of 2 lessons done · quiz not attempted (pass mark 70 %)');
  assert.equal(status()[4]!.text, 'No longer available on this site');
  p.lessons['m1/one'] = { completed: '2026-11-18T09:00:00.000Z' };
  p.lessons['s1/one'] = { completed: '2026-11-19T09:00:00.000Z' };
  p.quizzes.m1 = quiz(60);
  assert.deepEqual(
    status()
      .slice(0, 4)
      .map((s) => s.state),
    ['started', 'done', 'started', 'not-started'],
  );
  assert.equal(status()[1]!.text, 'Completed 19 November 2026');
  assert.equal(status()[2]!.text, 'Best score 60 % · pass mark 70 %');
  p.lessons['m1/two'] = { completed: '2026-11-19T12:00:00.000Z' };
  p.quizzes.m1 = quiz(75);
  p.capstones['year-1'] = { completed: '2026-11-21T09:00:00.000Z' };
  assert.deepEqual(
    status()
      .slice(0, 4)
      .map((s) => s.state),
    ['done', 'done', 'done', 'done'],
  );
  assert.equal(status()[0]!.completed, '2026-11-20T10:00:00.000Z');
  assert.deepEqual(summarise(status()), { done: 4, total: 4, unavailable: 3 });
});

test('a required pass mark in the assignment replaces the quiz’s own', () => {
  const p = emptyProgress();
  p.lessons['m1/one'] = p.lessons['m1/two'] = { completed: '2026-11-18T09:00:00.000Z' };
  p.quizzes.m1 = quiz(75);
  assert.equal(itemStatus(resolved[0]!, p).state, 'done');
  assert.equal(itemStatus(resolved[0]!, p, 80).state, 'started');
  assert.equal(itemStatus(resolved[2]!, p, 80).text, 'Best score 75 % · pass mark 80 %');
});

test('a receipt lists the assignment, each item’s state and dates, and the export time; labelled self-reported', () => {
  const p = emptyProgress();
  p.learnerName = 'Ada';
  p.lessons['s1/one'] = { completed: '2026-11-19T09:00:00.000Z' };
  const token = encodeAssignment({ ...assignment, items: assignment.items.slice(0, 6) });
  const receipt = buildReceipt({ id: assignmentId(token), token, assignment, resolved, progress: p }, new Date('2026-11-23T12:00:00Z'));
  assert.equal(receipt.exported, '2026-11-23T12:00:00.000Z');
  assert.equal(receipt.selfReported, true);
  assert.match(receipt.notice, /^Self-reported/);
  assert.equal(receipt.learner, 'Ada');
  assert.deepEqual(receipt.assignment, { id: assignmentId(token), title: 'Week 1', due: '2026-12-01', token });
  assert.deepEqual(receipt.items[1], {
    kind: 'lesson',
    id: 's1/one',
    title: 'Lesson one',
    state: 'done',
    completed: '2026-11-19T09:00:00.000Z',
  });
  assert.deepEqual(receipt.items[4], { kind: 'module', id: 'gone', state: 'unavailable' });
  assert.deepEqual(receipt.summary, { done: 1, total: 4, unavailable: 3 });
});

test('the fingerprint is SHA-256 of the canonical content: stable under key order, changed by any edit', async () => {
  const token = encodeAssignment({ ...assignment, items: assignment.items.slice(0, 6) });
  const receipt = buildReceipt(
    { id: assignmentId(token), token, assignment, resolved, progress: emptyProgress() },
    new Date('2026-11-23T12:00:00Z'),
  );
  const fp = await fingerprint(receipt);
  assert.match(fp, /^[0-9a-f]{4}(-[0-9a-f]{4}){4}$/);
  assert.equal(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] }), '{"a":[{"c":3,"d":2}],"b":1}');
  const file = await receiptFile(receipt);
  const ok = await checkReceipt(file);
  assert.ok(ok.ok && ok.matches);
  // Reordering keys or reformatting does not change it.
  const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(file)).reverse()));
  assert.ok((await checkReceipt(reordered)).ok && ((await checkReceipt(reordered)) as { matches: boolean }).matches);
  // Editing a score or a state does.
  const edited = JSON.parse(file);
  edited.items[0].state = 'done';
  const bad = await checkReceipt(JSON.stringify(edited));
  assert.ok(bad.ok && !bad.matches);
  assert.equal((bad as { expected: string }).expected === edited.fingerprint, false);
  for (const [text, message] of [
    ['not json', /not valid JSON/],
    ['{"app":"converge","kind":"progress"}', /not a receipt/],
    ['null', /not a receipt/],
  ] as const) {
    const r = await checkReceipt(text);
    assert.ok(!r.ok);
    assert.match(r.error, message);
  }
});

test('the weekly plan fills weeks in order and carries large items over', () => {
  const plan = weeklyPlan(
    [
      { title: 'A', hours: 10 },
      { title: 'B', hours: 0.5 },
      { title: 'C', hours: 3 },
    ],
    '2027-01-18',
    6,
    '2027-01-24',
  );
  assert.equal(plan.totalHours, 13.5);
  assert.deepEqual(
    plan.weeks.map((w) => [
      w.n,
      w.starts,
      w.hours,
      w.entries.map((e) => `${e.title}:${e.hours}${e.part ? ` (${e.part.n}/${e.part.of})` : ''}`),
    ]),
    [
      [1, '2027-01-18', 6, ['A:6 (1/2)']],
      [2, '2027-01-25', 6, ['A:4 (2/2)', 'B:0.5', 'C:1.5 (1/2)']],
      [3, '2027-02-01', 1.5, ['C:1.5 (2/2)']],
    ],
  );
  assert.equal(plan.ends, '2027-02-07');
  assert.equal(plan.lateBy, 14);
  assert.equal(weeklyPlan([{ title: 'A', hours: 6 }], '2027-01-18', 6, '2027-01-30').lateBy, undefined);
  assert.deepEqual(weeklyPlan([], '2027-01-18', 6).weeks.length, 1);
});

test('item hours come from the content: module hours, lesson minutes, quiz questions, capstone hours', () => {
  assert.deepEqual(
    resolved.map((r) => itemHours(r, details)),
    [10, 10 / 60, (2 * 3) / 60, 20, 0, 0, 0],
  );
  assert.deepEqual(details.modules.m1, {
    summary: 'A summary.',
    outcomes: ['Do a', 'Do b', 'Do c'],
    partner: 's1',
    pair: 'Pair 1',
    track: 'Year 1',
  });
  assert.equal(formatHours(0.1), '6 min');
  assert.equal(formatHours(12.25), '12.3 h');
});
