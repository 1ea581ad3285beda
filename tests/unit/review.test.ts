import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Question } from '../../src/schemas/quiz.ts';
import {
  AGAIN,
  EASY,
  GOOD,
  HARD,
  contentHash,
  dueCount,
  endOfDay,
  nextDue,
  ratingFor,
  reconcile,
  retention,
  reviewSettings,
  schedule,
  todaysQueue,
  type AnswerEvidence,
} from '../../src/lib/review.ts';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { DEFAULT_DECAY, forgettingCurve } from '../../src/lib/review-due.ts';
import { ProgressStore, emptyProgress, exportProgress, mergeProgress, parseImport, type Progress } from '../../src/lib/progress.ts';
import { quizRecord } from './fixtures.ts';

const DAY = 86_400_000;
/** A fixed local clock: 10:00 on Monday 4 January 2027, in the machine's time zone. */
const day = (n: number, hour = 10) => new Date(2027, 0, 4 + n, hour);

const single = (options: [string, boolean][], stem = 'Which status code means “not found”?'): Question => ({
  id: 'q-404',
  type: 'single',
  stem,
  explanation: 'Because.',
  teaches: 'urls#status',
  options: options.map(([text, correct]) => ({ text, correct })),
});

const evidence = (e: Partial<AnswerEvidence>): AnswerEvidence => ({
  type: 'single',
  correct: true,
  revealedAnswer: false,
  usedHint: false,
  seconds: null,
  ...e,
});

test('the rating rule: wrong or revealed is Again, hinted is Hard, quick and alone is Easy, otherwise Good', () => {
  assert.equal(ratingFor(evidence({ correct: false })), AGAIN);
  assert.equal(ratingFor(evidence({ correct: false, seconds: 2 })), AGAIN, 'speed never rescues a wrong answer');
  assert.equal(ratingFor(evidence({ revealedAnswer: true, seconds: 3 })), AGAIN, 'reading the answer is not recalling it');
  assert.equal(ratingFor(evidence({ usedHint: true, seconds: 3 })), HARD);
  assert.equal(ratingFor(evidence({ seconds: 5 })), EASY);
  assert.equal(ratingFor(evidence({ seconds: 12 })), EASY, 'the limit is inclusive');
  assert.equal(ratingFor(evidence({ seconds: 13 })), GOOD);
  assert.equal(ratingFor(evidence({ seconds: null })), GOOD, 'a module quiz gives no time per question, so never Easy');
  assert.equal(ratingFor(evidence({ type: 'exercise', seconds: 5 })), GOOD, 'an exercise is never Easy');
  assert.equal(ratingFor(evidence({ type: 'matching', seconds: 25 })), EASY, 'each type has its own quick time');
});

test('scheduling over simulated days: right three times is due later each time; wrong comes back within a day', () => {
  let card = schedule(undefined, GOOD, day(0), 'h1');
  const gaps: number[] = [];
  let at = day(0);
  for (let i = 0; i < 3; i++) {
    const due = new Date(card.due);
    gaps.push((due.getTime() - at.getTime()) / DAY);
    at = due;
    card = schedule(card, GOOD, at, 'h1');
  }
  assert.deepEqual(gaps, [2, 11, 46], 'days to the next review after each right answer (FSRS defaults, 90 % retention)');
  assert.ok(gaps[0]! < gaps[1]! && gaps[1]! < gaps[2]!);
  assert.equal(card.reps, 4);

  const wrongFirst = schedule(undefined, AGAIN, day(0), 'h1');
  assert.ok(Date.parse(wrongFirst.due) - day(0).getTime() <= DAY, 'a first wrong answer is due again within a day');
  const lapse = schedule(card, AGAIN, at, 'h1');
  assert.ok(Date.parse(lapse.due) - at.getTime() <= DAY, 'forgetting a well-known question brings it back within a day');
  assert.equal(lapse.lapses, 1);
  assert.ok(lapse.stability < card.stability);

  // A higher desired retention asks sooner.
  const strict = schedule(schedule(undefined, GOOD, day(0), 'h1', 0.95), GOOD, day(2), 'h1', 0.95);
  const loose = schedule(schedule(undefined, GOOD, day(0), 'h1', 0.8), GOOD, day(2), 'h1', 0.8);
  assert.ok(Date.parse(strict.due) < Date.parse(loose.due));
});

test('the content hash follows the answer, not the wording', () => {
  const q = single([
    ['404', true],
    ['500', false],
    ['301', false],
  ]);
  const hash = contentHash(q);
  assert.match(hash, /^[0-9a-f]{8}$/);
  assert.equal(contentHash(structuredClone(q)), hash, 'the same question, the same hash (build time and browser agree)');
  assert.equal(contentHash({ ...q, stem: 'Reworded stem', explanation: 'A better explanation.' }), hash);
  const newAnswer = single([
    ['404', false],
    ['500', true],
    ['301', false],
  ]);
  assert.notEqual(contentHash(newAnswer), hash, 'a new correct answer changes it');
  assert.notEqual(
    contentHash(
      single([
        ['404', true],
        ['500', false],
      ]),
    ),
    hash,
    'a removed option changes it',
  );
});

test('stale content: a question changed since it was answered is reset, not scheduled on the old answer', () => {
  const old = schedule(schedule(undefined, GOOD, day(0), 'aaaa0000'), GOOD, day(2), 'aaaa0000');
  assert.ok(Date.parse(old.due) > day(10).getTime());
  const reviews = { 'q-404': old, 'q-same': old, 'q-removed': old };
  const { reset, gone } = reconcile(reviews, { 'q-404': 'bbbb1111', 'q-same': 'aaaa0000' }, day(5));
  assert.deepEqual(Object.keys(reset), ['q-404']);
  assert.equal(reset['q-404']!.state, 0);
  assert.equal(reset['q-404']!.hash, 'bbbb1111');
  assert.equal(reset['q-404']!.due, day(5).toISOString(), 'asked again today, as a new question');
  assert.deepEqual(gone, ['q-removed']);
  // Answering with the new hash starts a fresh schedule: the old stability is not carried over.
  const fresh = schedule(old, GOOD, day(5), 'bbbb1111');
  assert.equal(fresh.reps, 1);
  assert.equal(fresh.lapses, 0);
});

test("today's queue: due questions oldest first, mixed, within the daily limit and what was done today", () => {
  const p = emptyProgress();
  // Five questions of module a answered on day 0, five of module b on day 1, all right.
  for (let i = 0; i < 5; i++) p.reviews[`a-${i}`] = schedule(undefined, GOOD, day(0), 'h');
  for (let i = 0; i < 5; i++) p.reviews[`b-${i}`] = schedule(undefined, AGAIN, day(1), 'h');
  assert.deepEqual(todaysQueue(p, day(0)), [], 'nothing due on the day of answering');
  assert.equal(dueCount(p.reviews, day(0)), 0);
  assert.equal(nextDue(p.reviews, day(0))?.toISOString(), day(2).toISOString());
  // Day 2: the b questions (wrong on day 1, due 10:00 day 2) and the a questions (due day 2 at 10:00 too).
  const early = day(2, 7);
  assert.equal(dueCount(p.reviews, early), 10, 'due later today counts as due today');
  const queue = todaysQueue(p, early);
  assert.equal(queue.length, 10);
  assert.notDeepEqual(
    queue.map((id) => id[0]),
    ['a', 'a', 'a', 'a', 'a', 'b', 'b', 'b', 'b', 'b'],
    'ties are interleaved, not in id order',
  );
  assert.deepEqual(todaysQueue(p, early), queue, 'the same day gives the same order');
  // Oldest due first: a question due yesterday comes before today's.
  p.reviews['c-0'] = { ...schedule(undefined, AGAIN, day(0), 'h') };
  assert.equal(todaysQueue(p, early)[0], 'c-0');
  // The daily limit, less what was done today.
  p.reviewSettings = { retention: 0.9, dailyLimit: 4 };
  assert.equal(todaysQueue(p, early).length, 4);
  p.reviewDay = { date: '2027-01-06', done: 3 };
  assert.equal(todaysQueue(p, early).length, 1);
  p.reviewDay = { date: '2027-01-05', done: 3 };
  assert.equal(todaysQueue(p, early).length, 4, "yesterday's count does not apply");
  assert.ok(endOfDay(early).getTime() - early.getTime() <= DAY);
});

test('settings: defaults 90 % and 20 a day, brought into range', () => {
  assert.deepEqual(reviewSettings({}), { retention: 0.9, dailyLimit: 20 });
  assert.deepEqual(reviewSettings({ reviewSettings: { retention: 0.99, dailyLimit: 0 } }), { retention: 0.95, dailyLimit: 1 });
  assert.deepEqual(reviewSettings({ reviewSettings: { retention: 0.5, dailyLimit: 20.4 } }), { retention: 0.8, dailyLimit: 20 });
});

test('retention of a module: reviewed, due, changed, and the average chance of recall', () => {
  const reviews: Progress['reviews'] = {
    a: schedule(undefined, GOOD, day(0), 'h1'),
    b: schedule(undefined, AGAIN, day(0), 'h2'),
    c: schedule(undefined, GOOD, day(0), 'old'),
  };
  const r = retention(reviews, { a: 'h1', b: 'h2', c: 'new', d: 'h4' }, day(1));
  assert.equal(r.reviewed, 2);
  assert.equal(r.changed, 1);
  assert.equal(r.due, 1, 'b, wrong yesterday, is due today');
  assert.ok(r.recall! > 0.5 && r.recall! < 1);
  assert.deepEqual(retention(reviews, { d: 'h4' }, day(1)), { reviewed: 0, due: 0, changed: 0 });
});

// ---- the store: version 4, migration, export and import both ways, merge ----
const v3 = {
  version: 3,
  lessons: { 'a/1': { completed: '2026-11-01T00:00:00.000Z' } },
  quizzes: { a: quizRecord(75, { missed: ['q1'] }) },
  drafts: {},
  capstones: {},
  assignments: {},
  learnerName: 'Ana',
};
const exportFile = (progress: unknown) => JSON.stringify({ app: 'converge', kind: 'progress', exported: '2026-11-02T00:00:00Z', progress });

test('store v3 → v4: a v3 export imports with empty reviews; a v4 export with reviews and settings round-trips', () => {
  const fromV3 = parseImport(exportFile(v3));
  assert.ok(fromV3.ok);
  assert.deepEqual(fromV3.progress, { ...v3, version: 4, reviews: {} });

  const store = new ProgressStore(undefined);
  store.import(fromV3.progress, 'replace');
  store.recordReviews({ q1: schedule(undefined, AGAIN, day(0), 'abcd1234') }, { day: '2027-01-04', count: 1 });
  store.setReviewSettings({ retention: 0.85, dailyLimit: 10 });
  const text = store.export(day(0));
  const back = parseImport(text);
  assert.ok(back.ok);
  assert.deepEqual(back.progress, store.progress);
  assert.equal(back.progress.reviewDay?.done, 1);

  // A damaged review (a state FSRS does not have) makes the file unreadable, changing nothing.
  const bad = JSON.parse(text) as { progress: Progress };
  bad.progress.reviews.q1!.state = 7 as 0;
  assert.equal(parseImport(JSON.stringify(bad)).ok, false);
  const hostileSettings = JSON.parse(text) as { progress: Progress };
  hostileSettings.progress.reviewSettings!.retention = 0.5;
  assert.equal(parseImport(JSON.stringify(hostileSettings)).ok, false, 'a retention outside 0.80–0.95 is refused');
});

test('merge keeps the later review of each question; a full reset forgets reviews but keeps the settings', () => {
  const ours = emptyProgress();
  const theirs = emptyProgress();
  ours.reviews.x = schedule(undefined, GOOD, day(0), 'h'); // older
  theirs.reviews.x = schedule(undefined, AGAIN, day(3), 'h'); // later
  ours.reviews.y = schedule(undefined, EASY, day(5), 'h'); // later
  theirs.reviews.y = schedule(undefined, AGAIN, day(1), 'h');
  theirs.reviews.z = schedule(undefined, GOOD, day(1), 'h');
  ours.reviewSettings = { retention: 0.85, dailyLimit: 30 };
  const merged = mergeProgress(ours, theirs);
  assert.equal(merged.reviews.x!.rating, AGAIN);
  assert.equal(merged.reviews.y!.rating, EASY);
  assert.ok(merged.reviews.z);
  assert.deepEqual(merged.reviewSettings, { retention: 0.85, dailyLimit: 30 });
  assert.deepEqual(mergeProgress(theirs, ours).reviews, merged.reviews, 'the same either way round');

  const store = new ProgressStore(undefined);
  store.import(merged, 'replace');
  store.reset({ lessons: [], quizzes: [], questions: ['x'] });
  assert.deepEqual(Object.keys(store.progress.reviews).sort(), ['y', 'z']);
  store.reset();
  assert.deepEqual(store.progress.reviews, {});
  assert.deepEqual(store.progress.reviewSettings, { retention: 0.85, dailyLimit: 30 });
  assert.equal(exportProgress(store.progress).includes('"version": 4'), true);
});

test("the forgetting curve shown on module pages is ts-fsrs's own, without bundling it", () => {
  assert.equal(DEFAULT_DECAY, default_w[20]);
  for (const [days, stability] of [
    [0, 1],
    [1, 1],
    [3, 5],
    [10, 2.5],
    [30, 40],
    [365, 12],
  ] as const)
    assert.ok(
      Math.abs(forgettingCurve(days, stability) - forgetting_curve(default_w, days, stability)) < 1e-7,
      `${days} days, S ${stability}`,
    );
});
