import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCurriculum } from '../../src/lib/graph/curriculum.ts';
import { catalogueJson, catalogueOf } from '../../src/lib/catalogue.ts';
import { certificate, formatDate, formatMinutes, moduleStatus, resetIds, reviewQueue, trackStatus } from '../../src/lib/learning.ts';
import { ProgressStore, emptyProgress, type Progress } from '../../src/lib/progress.ts';
import { anchors, quizRecord, withQuiz } from './fixtures.ts';

const catalogue = catalogueOf(buildCurriculum(withQuiz(), { anchors }), (p) => `/base${p}`, { questions: true });
const track = catalogue.tracks[0]!;
const m1 = track.modules.find((m) => m.id === 'm1')!;

/** Progress where every module of the fixture's track is complete, m1's quiz passed at 85 %. */
function allDone(): Progress {
  const p = emptyProgress();
  for (const m of track.modules) for (const l of m.lessons) p.lessons[l.id] = { completed: '2026-11-02T00:00:00.000Z' };
  p.quizzes.m1 = quizRecord(85, { missed: [], updated: '2026-11-03T00:00:00.000Z' });
  p.capstones['year-1'] = { completed: '2026-11-10T00:00:00.000Z' };
  return p;
}

test('the catalogue carries links with the base, lesson minutes, quiz pass marks, quick checks and questions', () => {
  assert.equal(m1.url, '/base/modules/m1/');
  assert.deepEqual(m1.lessons[0], { id: 'm1/one', title: 'Lesson one', url: '/base/modules/m1/one/', minutes: 10 });
  assert.deepEqual(m1.quiz, { id: 'm1', url: '/base/modules/m1/quiz/', passMark: 70, questions: 2 });
  assert.deepEqual(m1.checks, ['m1-check']);
  assert.equal(track.capstone.url, '/base/tracks/year-1/capstone/');
  assert.deepEqual(catalogue.questions!['m1-check'], {
    prompt: 'Name it',
    url: '/base/modules/m1/one/#question-m1-check',
    where: 'Lesson one',
    moduleTitle: 'Module m1',
    teaches: { url: '/base/modules/m1/one/#status-codes', label: 'Lesson one › Status codes' },
  });
  assert.equal(catalogue.questions!['m1-a']!.url, '/base/modules/m1/quiz/#question-m1-a');
  assert.equal(catalogueOf(buildCurriculum(withQuiz(), { anchors }), (p) => p).questions, undefined, 'questions only on request');
});

test('catalogue JSON cannot close the script element it is embedded in', () => {
  const json = catalogueJson({ tracks: [{ ...track, title: '</script><script>alert(1)</script>' }] });
  assert.ok(!json.includes('</script'));
  assert.equal(JSON.parse(json).tracks[0].title, '</script><script>alert(1)</script>');
});

test('a module is complete when its lessons are done and its quiz passed', () => {
  const p = emptyProgress();
  assert.deepEqual(moduleStatus(m1, p), { lessonsDone: 0, lessonsTotal: 2, quizPassed: false, complete: false, minutesDone: 0 });
  p.lessons['m1/one'] = { completed: '2026-11-01T00:00:00.000Z' };
  p.lessons['m1/two'] = { completed: '2026-11-04T00:00:00.000Z' };
  p.quizzes.m1 = quizRecord(60, { missed: ['m1-a'], updated: '2026-11-02T00:00:00.000Z' });
  assert.equal(moduleStatus(m1, p).complete, false, 'quiz below the pass mark');
  assert.equal(moduleStatus(m1, p).quizBest, 60);
  p.quizzes.m1 = quizRecord(70, { missed: [], updated: '2026-11-03T00:00:00.000Z' });
  assert.deepEqual(moduleStatus(m1, p), {
    lessonsDone: 2,
    lessonsTotal: 2,
    quizBest: 70,
    quizPassed: true,
    complete: true,
    minutesDone: 20,
    completedOn: '2026-11-04T00:00:00.000Z',
  });
  const noQuiz = track.modules.find((m) => m.id === 's1')!;
  p.lessons['s1/one'] = { completed: '2026-11-01T00:00:00.000Z' };
  p.lessons['s1/two'] = { completed: '2026-11-01T00:00:00.000Z' };
  assert.equal(moduleStatus(noQuiz, p).complete, true, 'a module without a quiz is complete with its lessons');
  assert.equal(moduleStatus(noQuiz, p).quizPassed, false, 'and shows no quiz result');
});

test('a track is complete when its modules and its capstone are; the certificate waits for it', () => {
  const p = allDone();
  delete p.capstones['year-1'];
  const before = trackStatus(track, p);
  assert.equal(before.modulesDone, 6);
  assert.deepEqual(before.steps, { done: 6, total: 7 });
  assert.equal(before.complete, false);
  assert.equal(certificate(track, p), null);
  const done = allDone();
  done.learnerName = 'Ana Lima';
  const status = trackStatus(track, done);
  assert.equal(status.complete, true);
  assert.equal(status.completedOn, '2026-11-10T00:00:00.000Z');
  assert.equal(status.minutesDone, 120);
  const cert = certificate(track, done)!;
  assert.equal(cert.name, 'Ana Lima');
  assert.equal(cert.status.modules.find((m) => m.module.id === 'm1')!.status.quizBest, 85);
});

test('the review queue lists missed questions across quizzes and quick checks, newest first, once each', () => {
  const p = emptyProgress();
  p.quizzes.m1 = quizRecord(50, { missed: ['m1-a', 'gone-from-content'], updated: '2026-11-02T00:00:00.000Z' });
  p.quizzes['check:m1-check'] = quizRecord(0, { missed: ['m1-check'], updated: '2026-11-05T00:00:00.000Z' });
  const queue = reviewQueue(catalogue, p);
  assert.deepEqual(
    queue.map((i) => [i.id, i.missedOn]),
    [
      ['m1-check', '2026-11-05T00:00:00.000Z'],
      ['m1-a', '2026-11-02T00:00:00.000Z'],
    ],
  );
  assert.equal(queue[1]!.question.url, '/base/modules/m1/quiz/#question-m1-a');
  assert.deepEqual(reviewQueue(catalogue, emptyProgress()), []);
});

test('resetting a module or a track forgets exactly its lessons, quiz, quick checks and capstone', () => {
  assert.deepEqual(resetIds(catalogue, { module: 'm1' }), {
    lessons: ['m1/one', 'm1/two'],
    quizzes: ['m1', 'check:m1-check'],
    capstones: [],
  });
  const trackIds = resetIds(catalogue, { track: 'year-1' });
  assert.equal(trackIds.lessons.length, 12);
  assert.deepEqual(trackIds.capstones, ['year-1']);
  const storage = new Map<string, string>();
  const store = new ProgressStore({
    getItem: (k) => storage.get(k) ?? null,
    setItem: (k, v) => void storage.set(k, v),
    removeItem: (k) => void storage.delete(k),
  });
  store.import(allDone(), 'replace');
  store.recordQuiz('check:m1-check', 0, {}, ['m1-check']);
  store.reset(resetIds(catalogue, { module: 'm1' }));
  assert.equal(store.progress.quizzes.m1, undefined);
  assert.equal(store.progress.quizzes['check:m1-check'], undefined);
  assert.ok(store.progress.lessons['s1/one'], 'other modules are kept');
  assert.ok(store.progress.capstones['year-1'], 'a module reset keeps the capstone');
});

test('time and dates read as a person writes them', () => {
  assert.equal(formatMinutes(0), 'nothing yet');
  assert.equal(formatMinutes(45), '45 min');
  assert.equal(formatMinutes(120), '2 h');
  assert.equal(formatMinutes(135), '2 h 15 min');
  assert.equal(formatDate('2026-11-23T23:30:00.000Z'), '23 November 2026');
});
