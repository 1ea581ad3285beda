import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BACKUP_KEY,
  LEGACY_QUIZ_KEY,
  PROGRESS_KEY,
  ProgressStore,
  SET_ASIDE_KEY,
  emptyProgress,
  exportProgress,
  mergeProgress,
  migrate,
  parseImport,
  type Progress,
} from '../../src/lib/progress.ts';
import type { Answer, QuestionType } from '../../src/lib/quiz.ts';
import { quizRecord } from './fixtures.ts';

function memory(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
}

const quiz = (best: number, attempts: number, updated: string) => quizRecord(best, { attempts, updated });

test('marks lessons complete and undone, remembers the last lesson, and persists', () => {
  const storage = memory();
  const store = new ProgressStore(storage);
  store.setLessonComplete('how-systems-talk/urls-and-json', true, new Date('2026-11-01T10:00:00Z'));
  store.setLessonComplete('how-systems-talk/urls-and-json', true, new Date('2026-11-05T10:00:00Z'));
  store.visit('how-systems-talk/urls-and-json', new Date('2026-11-05T10:00:00Z'));
  const again = new ProgressStore(storage);
  assert.equal(again.progress.lessons['how-systems-talk/urls-and-json']?.completed, '2026-11-01T10:00:00.000Z');
  assert.equal(again.progress.lastVisited?.lessonId, 'how-systems-talk/urls-and-json');
  again.setLessonComplete('how-systems-talk/urls-and-json', false);
  assert.deepEqual(new ProgressStore(storage).progress.lessons, {});
});

test('migrates version 1 (the quiz store) to the current version and removes the old key', () => {
  const v1 = {
    version: 1,
    quizzes: { 'how-systems-talk': quiz(80, 2, '2026-11-02T00:00:00Z') },
    drafts: { x: { a: { type: 'short', text: 'utm' } } },
  };
  const storage = memory({ [LEGACY_QUIZ_KEY]: JSON.stringify(v1) });
  const store = new ProgressStore(storage);
  assert.equal(store.progress.version, 4);
  assert.equal(store.progress.quizzes['how-systems-talk']?.best, 80);
  assert.deepEqual(store.progress.drafts.x, { a: { type: 'short', text: 'utm' } });
  assert.equal(storage.map.has(LEGACY_QUIZ_KEY), false);
  assert.equal(JSON.parse(storage.map.get(PROGRESS_KEY)!).version, 4);
  assert.deepEqual(migrate({ version: 1, quizzes: {} }), emptyProgress());
});

test('migrates version 2 to the current version: everything kept, capstones, assignments and reviews added empty', () => {
  const v2 = {
    version: 2,
    lessons: { 'a/1': { completed: '2026-11-01T00:00:00.000Z' } },
    quizzes: { a: quiz(75, 1, '2026-11-02T00:00:00Z') },
    drafts: {},
    lastVisited: { lessonId: 'a/1', at: '2026-11-02T00:00:00Z', title: 'One', url: '/modules/a/1/' },
    learnerName: 'Ana',
  };
  const storage = memory({ [PROGRESS_KEY]: JSON.stringify(v2) });
  const store = new ProgressStore(storage);
  assert.equal(store.notice, undefined);
  assert.deepEqual(store.progress, { ...v2, version: 4, capstones: {}, assignments: {}, reviews: {} });
  store.setCapstoneComplete('year-1', true, new Date('2026-11-20T00:00:00Z'));
  const saved = JSON.parse(storage.map.get(PROGRESS_KEY)!);
  assert.equal(saved.version, 4);
  assert.deepEqual(saved.capstones, { 'year-1': { completed: '2026-11-20T00:00:00.000Z' } });
  // A v2 export file imports too.
  const parsed = parseImport(JSON.stringify({ app: 'converge', kind: 'progress', exported: '2026-11-02T00:00:00Z', progress: v2 }));
  assert.ok(parsed.ok && parsed.progress.version === 4 && parsed.progress.learnerName === 'Ana');
});

test('capstones and saved assignments: mark, undo, save, remove, reset', () => {
  const store = new ProgressStore(memory());
  store.setCapstoneComplete('year-1', true, new Date('2026-11-01T00:00:00Z'));
  store.setCapstoneComplete('year-1', true, new Date('2026-11-09T00:00:00Z'));
  assert.equal(store.progress.capstones['year-1']?.completed, '2026-11-01T00:00:00.000Z', 'the first completion date stays');
  store.saveAssignment('a1b2', { token: 'v1.abc_-', title: 'Week 3', due: '2026-12-01' }, new Date('2026-11-02T00:00:00Z'));
  assert.deepEqual(store.progress.assignments.a1b2, {
    token: 'v1.abc_-',
    title: 'Week 3',
    due: '2026-12-01',
    saved: '2026-11-02T00:00:00.000Z',
  });
  store.reset({ lessons: [], quizzes: [], capstones: ['year-1'] });
  assert.deepEqual(store.progress.capstones, {});
  assert.ok(store.progress.assignments.a1b2, 'resetting a track keeps saved assignments');
  store.removeAssignment('a1b2');
  assert.deepEqual(store.progress.assignments, {});
  store.setCapstoneComplete('year-1', true);
  store.setCapstoneComplete('year-1', false);
  assert.deepEqual(store.progress.capstones, {});
});

test('corrupt JSON is kept as a backup, the store starts clean and says so once', () => {
  const storage = memory({ [PROGRESS_KEY]: '{"version": 2, "lessons": {' });
  const store = new ProgressStore(storage);
  assert.equal(store.notice, 'restored-from-corrupt');
  assert.deepEqual(store.progress, emptyProgress());
  assert.equal(store.backup(), '{"version": 2, "lessons": {');
  assert.equal(storage.map.has(PROGRESS_KEY), false);
  store.setLessonComplete('a/b', true);
  assert.equal(new ProgressStore(storage).notice, undefined, 'told once: the next load is clean');
});

test('a record of an unknown shape or a newer version is set aside too', () => {
  for (const raw of [
    '{"version": 99, "lessons": {}}',
    '"just a string"',
    '{"version":2,"lessons":{"a/b":{"completed":"not a date"}},"quizzes":{}}',
  ]) {
    const storage = memory({ [PROGRESS_KEY]: raw });
    assert.equal(new ProgressStore(storage).notice, 'restored-from-corrupt', raw);
    assert.equal(storage.map.get(BACKUP_KEY), raw);
  }
});

test('full or blocked storage keeps working in memory', () => {
  const full = {
    ...memory(),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
  const store = new ProgressStore(full);
  store.setLessonComplete('a/b', true);
  assert.equal(store.memoryOnly, true);
  assert.ok(store.progress.lessons['a/b']);
  const blocked = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('SecurityError');
    },
    removeItem: () => {},
  };
  const b = new ProgressStore(blocked);
  assert.equal(b.notice, 'memory-only');
  assert.doesNotThrow(() => b.setLessonComplete('a/b', true));
  assert.doesNotThrow(() => new ProgressStore(undefined).visit('a/b'));
});

test('merge keeps the best of both', () => {
  const ours: Progress = {
    ...emptyProgress(),
    lessons: { 'a/1': { completed: '2026-11-03T00:00:00Z' } },
    quizzes: { a: quiz(60, 3, '2026-11-04T00:00:00Z') },
    lastVisited: { lessonId: 'a/1', at: '2026-11-04T00:00:00Z' },
    learnerName: 'Ana',
    capstones: { 'year-1': { completed: '2026-11-06T00:00:00Z' } },
    assignments: { w1: { token: 'v1.old', title: 'Week 1', saved: '2026-11-01T00:00:00Z' } },
  };
  const theirs: Progress = {
    ...emptyProgress(),
    lessons: { 'a/1': { completed: '2026-11-01T00:00:00Z' }, 'a/2': { completed: '2026-11-02T00:00:00Z' } },
    quizzes: { a: quiz(90, 1, '2026-11-02T00:00:00Z'), b: quiz(70, 1, '2026-11-02T00:00:00Z') },
    lastVisited: { lessonId: 'a/2', at: '2026-11-05T00:00:00Z' },
    learnerName: 'Other',
    capstones: { 'year-1': { completed: '2026-11-05T00:00:00Z' }, 'year-3': { completed: '2026-11-07T00:00:00Z' } },
    assignments: {
      w1: { token: 'v1.new', title: 'Week 1', saved: '2026-11-03T00:00:00Z' },
      w2: { token: 'v1.two', title: 'Week 2', saved: '2026-11-03T00:00:00Z' },
    },
  };
  const merged = mergeProgress(ours, theirs);
  assert.deepEqual(merged.capstones, {
    'year-1': { completed: '2026-11-05T00:00:00Z' },
    'year-3': { completed: '2026-11-07T00:00:00Z' },
  });
  assert.equal(merged.assignments.w1?.token, 'v1.new', 'the later save of the same assignment wins');
  assert.ok(merged.assignments.w2);
  assert.equal(merged.lessons['a/1']?.completed, '2026-11-01T00:00:00Z');
  assert.ok(merged.lessons['a/2']);
  assert.equal(merged.quizzes.a?.best, 90);
  assert.equal(merged.quizzes.a?.attempts, 3);
  assert.equal(merged.quizzes.a?.last, 60, 'the last attempt of the more recently updated side');
  assert.ok(merged.quizzes.b);
  assert.equal(merged.lastVisited?.lessonId, 'a/2');
  assert.equal(merged.learnerName, 'Ana');
});

test('export, reset, import (replace) restores exactly the same progress', () => {
  const storage = memory();
  const store = new ProgressStore(storage);
  store.setLessonComplete('a/1', true, new Date('2026-11-01T00:00:00Z'));
  store.setLearnerName('  Ana Lima  ');
  const before = structuredClone(store.progress);
  const file = store.export(new Date('2026-11-23T00:00:00Z'));
  store.reset();
  assert.deepEqual(store.progress.lessons, {});
  assert.equal(store.progress.learnerName, 'Ana Lima', 'resetting progress keeps the name');
  const parsed = parseImport(file);
  assert.ok(parsed.ok);
  store.import(parsed.progress, 'replace');
  assert.deepEqual(new ProgressStore(storage).progress, before);
});

test('reset of a module forgets only its lessons and quiz', () => {
  const store = new ProgressStore(memory());
  store.setLessonComplete('a/1', true);
  store.setLessonComplete('b/1', true);
  store.reset({ lessons: ['a/1'], quizzes: ['a'] });
  assert.deepEqual(Object.keys(store.progress.lessons), ['b/1']);
});

test('import refuses malformed, foreign and hostile files, changing nothing', () => {
  const good = exportProgress(emptyProgress());
  assert.equal(parseImport(good).ok, true);
  const cases: [string, RegExp][] = [
    ['not json', /not valid JSON/],
    ['{"app":"other","kind":"progress","progress":{}}', /not exported from Converge/],
    ['[]', /not exported from Converge/],
    [JSON.stringify({ app: 'converge', kind: 'progress', progress: { version: 3, lessons: {}, quizzes: {} } }), /newer version/],
    [
      JSON.stringify({
        app: 'converge',
        kind: 'progress',
        progress: { version: 2, lessons: { '<img src=x onerror=alert(1)>': { completed: '2026-11-01' } }, quizzes: {} },
      }),
      /damaged/,
    ],
    [
      JSON.stringify({
        app: 'converge',
        kind: 'progress',
        progress: { version: 2, lessons: {}, quizzes: { a: { ...quiz(101, 1, '2026-11-01'), best: 101 } } },
      }),
      /damaged/,
    ],
    [
      `{"app":"converge","kind":"progress","progress":{"version":2,"lessons":{"__proto__":{"completed":"2026-11-01"}},"quizzes":{}}}`,
      /damaged/,
    ],
    ['x'.repeat(5_000_001), /too large/],
  ];
  for (const [text, message] of cases) {
    const result = parseImport(text);
    assert.equal(result.ok, false, text.slice(0, 80));
    if (!result.ok) assert.match(result.error, message);
  }
});

test('quiz results: attempts, best score, last answers and misses; drafts kept until checked', () => {
  const storage = memory();
  const store = new ProgressStore(storage);
  assert.equal(store.quiz('q'), undefined);
  store.saveDraft('q', { a: { type: 'short', text: 'utm' } });
  assert.deepEqual(new ProgressStore(storage).draft('q'), { a: { type: 'short', text: 'utm' } });
  store.recordQuiz('q', 50, { a: { type: 'truefalse', value: true } }, ['b'], new Date('2026-11-23T10:00:00Z'));
  const second = store.recordQuiz('q', 40, {}, ['a', 'b']);
  assert.equal(second.attempts, 2);
  assert.equal(second.best, 50);
  assert.equal(second.last, 40);
  assert.deepEqual(second.missed, ['a', 'b']);
  const again = new ProgressStore(storage);
  assert.equal(again.quiz('q')?.attempts, 2, 'another tab (a new store on the same storage) sees it');
  assert.equal(again.draft('q'), undefined, 'checking clears the draft');
  store.saveDraft('q', { a: { type: 'short', text: 'x' } });
  store.saveDraft('q', {});
  assert.equal(new ProgressStore(storage).draft('q'), undefined);
});

test('a module is complete when its lessons are done and its quiz passed', () => {
  const store = new ProgressStore(memory());
  store.setLessonComplete('m/1', true);
  assert.equal(store.moduleComplete(['m/1', 'm/2'], { id: 'm', passMark: 70 }), false);
  store.setLessonComplete('m/2', true);
  assert.equal(store.moduleComplete(['m/1', 'm/2'], { id: 'm', passMark: 70 }), false);
  store.recordQuiz('m', 60, {}, ['x']);
  assert.equal(store.moduleComplete(['m/1', 'm/2'], { id: 'm', passMark: 70 }), false);
  store.recordQuiz('m', 80, {}, []);
  assert.equal(store.moduleComplete(['m/1', 'm/2'], { id: 'm', passMark: 70 }), true);
  assert.equal(store.moduleComplete(['m/1', 'm/2']), true);
});

test('the last visited lesson keeps its title and URL for "Continue"', () => {
  const storage = memory();
  new ProgressStore(storage).visit('a/1', new Date('2026-11-23T00:00:00Z'), 'Audience, message, channel', '/modules/a/1/');
  assert.deepEqual(new ProgressStore(storage).progress.lastVisited, {
    lessonId: 'a/1',
    at: '2026-11-23T00:00:00.000Z',
    title: 'Audience, message, channel',
    url: '/modules/a/1/',
  });
  const hostile = { ...emptyProgress(), lastVisited: { lessonId: 'a/1', at: '2026-11-23T00:00:00Z', url: 'javascript:alert(1)' } };
  assert.equal(migrate(hostile), null);
});

test('exercise answers are stored and read back; a malformed one makes the record unreadable', () => {
  const answer = { type: 'exercise', code: 'SELECT 1;', passed: true };
  const record = { ...emptyProgress(), drafts: { 'crm-lifecycle': { 'crm-signups-by-channel': answer } } };
  assert.deepEqual(migrate(record)?.drafts['crm-lifecycle'], { 'crm-signups-by-channel': answer });
  assert.equal(migrate({ ...record, drafts: { q: { a: { type: 'exercise', code: 42, passed: true } } } }), null);
  assert.equal(migrate({ ...record, drafts: { q: { a: { type: 'exercise', code: 'x'.repeat(5001), passed: null } } } }), null);
});

/** One saved answer of every question type (a Record, so a new type must add one here). */
const ANSWER_OF: Record<QuestionType, Answer> = {
  single: { type: 'single', choice: 2 },
  code: { type: 'code', choice: null },
  multiple: { type: 'multiple', choices: [0, 3] },
  truefalse: { type: 'truefalse', value: false },
  numeric: { type: 'numeric', text: '12.5 %' },
  short: { type: 'short', text: 'query string' },
  ordering: { type: 'ordering', order: [2, 0, 1] },
  matching: { type: 'matching', matches: [1, null, 0] },
  exercise: { type: 'exercise', code: 'SELECT 1;', passed: false },
};

test('a saved draft and last answer of every question type round-trip through the store, export and import', () => {
  const storage = memory();
  const store = new ProgressStore(storage);
  const answers = Object.fromEntries(Object.entries(ANSWER_OF).map(([type, answer]) => [`q-${type}`, answer]));
  store.saveDraft('m1', answers);
  store.recordQuiz('m2', 50, answers, ['q-single'], new Date('2026-12-01T10:00:00Z'));
  const again = new ProgressStore(storage);
  assert.deepEqual(again.draft('m1'), answers);
  assert.deepEqual(again.quiz('m2')?.lastAnswers, answers);
  assert.equal(again.notice, undefined);

  const file = again.export(new Date('2026-12-02T10:00:00Z'));
  again.reset();
  const parsed = parseImport(file);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.setAside, {});
  again.import(parsed.progress, 'replace');
  assert.deepEqual(new ProgressStore(storage).draft('m1'), answers);
  assert.deepEqual(new ProgressStore(storage).quiz('m2')?.lastAnswers, answers);
});

test('an answer of an unknown question type sets aside only that answer; the rest of the record loads', () => {
  const essay = { type: 'essay', text: 'A newer Converge wrote this.' };
  const record = {
    ...emptyProgress(),
    lessons: { 'm1/one': { completed: '2026-12-01T10:00:00.000Z' } },
    drafts: { m1: { 'q-short': ANSWER_OF.short, 'q-essay': essay } },
    quizzes: { m2: { ...quiz(80, 2, '2026-12-01T10:00:00.000Z'), lastAnswers: { 'q-essay': essay, 'q-single': ANSWER_OF.single } } },
  };
  const storage = memory({ [PROGRESS_KEY]: JSON.stringify(record) });
  const store = new ProgressStore(storage);
  assert.equal(store.notice, undefined, 'not treated as a corrupt record');
  assert.equal(storage.map.has(BACKUP_KEY), false);
  assert.ok(store.progress.lessons['m1/one']);
  assert.deepEqual(store.draft('m1'), { 'q-short': ANSWER_OF.short });
  assert.deepEqual(store.quiz('m2')?.lastAnswers, { 'q-single': ANSWER_OF.single });
  assert.equal(store.quiz('m2')?.best, 80);
  assert.deepEqual(store.setAside(), { 'drafts/m1/q-essay': essay, 'quizzes/m2/q-essay': essay });
  assert.deepEqual(JSON.parse(storage.map.get(SET_ASIDE_KEY)!), store.setAside());

  // The same in an imported file: the rest imports, the unknown answer is kept aside.
  const file = JSON.stringify({ app: 'converge', kind: 'progress', exported: '2026-12-02T10:00:00.000Z', progress: record });
  const parsed = parseImport(file);
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.setAside, { 'drafts/m1/q-essay': essay, 'quizzes/m2/q-essay': essay });
  const fresh = memory();
  new ProgressStore(fresh).import(parsed.progress, 'replace', parsed.setAside);
  assert.deepEqual(JSON.parse(fresh.map.get(SET_ASIDE_KEY)!), parsed.setAside);

  // A malformed answer of a known type is still a damaged record.
  assert.equal(migrate({ ...record, drafts: { m1: { a: { type: 'short', text: 42 } } } }), null);
});
