import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildCurriculum, CurriculumError } from '../../src/lib/graph/curriculum.ts';
import { buildCourses } from '../../src/lib/assignment/courses.ts';
import { decodeAssignment } from '../../src/lib/assignment/assignment.ts';
import { anchors, withQuiz } from './fixtures.ts';

const curriculum = buildCurriculum(withQuiz(), { anchors });
const FILE = 'content/courses/term.yaml';

function course(change: (data: Record<string, any>) => void = () => {}) {
  const data: Record<string, any> = {
    title: 'Foundations',
    term: 'Spring 2027',
    instructor: 'A. Teacher',
    summary: 'Year one in a term.',
    start: new Date('2027-01-18T00:00:00Z'), // as YAML gives an unquoted date
    hoursPerWeek: 10,
    weeks: [
      { week: 1, topic: 'First pair', modules: ['m1', 's1'], due: '2027-01-24', notes: 'Lesson one of both.' },
      { week: 2, modules: ['m2', 's2'], due: '2027-01-31' },
      { week: 3, capstones: ['year-1'], due: '2027-02-07' },
    ],
  };
  change(data);
  return [{ id: 'term', filePath: FILE, data }];
}

function problems(change: (data: Record<string, any>) => void): string[] {
  try {
    buildCourses(course(change), curriculum);
  } catch (e) {
    assert.ok(e instanceof CurriculumError);
    return e.problems;
  }
  return [];
}

test('a course file becomes weeks with dates, modules, and an assignment link per week and for the whole course', () => {
  const [c] = buildCourses(course(), curriculum);
  assert.equal(c!.url, '/courses/term/');
  assert.equal(c!.data.start, '2027-01-18');
  assert.deepEqual(
    c!.weeks.map((w) => [w.data.week, w.starts, w.modules.map((m) => m.id), w.capstones.map((t) => t.capstone.id)]),
    [
      [1, '2027-01-18', ['m1', 's1'], []],
      [2, '2027-01-25', ['m2', 's2'], []],
      [3, '2027-02-01', [], ['year-1']],
    ],
  );
  assert.equal(c!.hours, 4 * 10 + 20);
  const week1 = decodeAssignment(c!.weeks[0]!.token);
  assert.deepEqual(week1, {
    ok: true,
    assignment: {
      title: 'Foundations, week 1: First pair',
      instructions: 'Lesson one of both.',
      start: '2027-01-18',
      due: '2027-01-24',
      hoursPerWeek: 10,
      items: [
        { kind: 'module', id: 'm1' },
        { kind: 'module', id: 's1' },
      ],
    },
  });
  const whole = decodeAssignment(c!.token);
  assert.ok(whole.ok);
  assert.equal(whole.assignment.due, '2027-02-07');
  assert.deepEqual(
    whole.assignment.items.map((i) => i.id),
    ['m1', 's1', 'm2', 's2', 'year-1'],
  );
});

test('an unknown module or capstone fails, naming the file and the field', () => {
  assert.deepEqual(
    problems((d) => {
      d.weeks[1].modules = ['m2', 'market-reserch'];
      d.weeks[2].capstones = ['year-9'];
    }),
    [
      `${FILE}: field "weeks[1].modules[1]" names "market-reserch", but no module has that id`,
      `${FILE}: field "weeks[2].capstones[0]" names "year-9", but no capstone has that id`,
    ],
  );
});

test('weeks out of order, repeated, or due dates going backwards fail, naming the week', () => {
  assert.deepEqual(
    problems((d) => {
      d.weeks[1].week = 1;
    }),
    [`${FILE}: field "weeks[1].week" is 1, but it comes after week 1; list weeks in order, each once`],
  );
  assert.deepEqual(
    problems((d) => {
      d.weeks.reverse();
      d.weeks.forEach((w: Record<string, unknown>, i: number) => (w.week = i + 1));
    }),
    [
      `${FILE}: field "weeks[1].due" is 2027-01-31, before week 1's due date 2027-02-07; due dates must not go backwards`,
      `${FILE}: field "weeks[2].due" is 2027-01-24, before week 2's due date 2027-01-31; due dates must not go backwards`,
    ],
  );
  assert.deepEqual(
    problems((d) => {
      d.weeks[0].due = '2027-01-10';
    }),
    [`${FILE}: field "weeks[0].due" is 2027-01-10, before the course starts (field "start" is 2027-01-18)`],
  );
  assert.deepEqual(
    problems((d) => {
      d.weeks[2].capstones = [];
    }),
    [`${FILE}: field "weeks[2]" names no module or capstone; a week needs at least one`],
  );
});

test('schema errors name the field: bad dates, missing fields, wrong types', () => {
  assert.deepEqual(
    problems((d) => {
      d.weeks[0].due = '2027-02-30';
      delete d.instructor;
      d.hoursPerWeek = 0;
      d.weeks[1].modules = ['Not An Id'];
    }),
    [
      `${FILE}: field "instructor" Invalid input: expected string, received undefined`,
      `${FILE}: field "hoursPerWeek" Too small: expected number to be >=1`,
      `${FILE}: field "weeks[0].due" must be a date written YYYY-MM-DD, e.g. 2027-01-18`,
      `${FILE}: field "weeks[1].modules[0]" must be lower-case words joined by hyphens, e.g. "how-systems-talk"`,
    ],
  );
});

test('the example course file is a valid 15-week Year 1 semester whose links decode', () => {
  // The real modules and capstones, as much of the graph as course checks read.
  const modules = new Map(
    readdirSync('content/modules').map((f) => {
      const id = f.replace(/\.yaml$/, '');
      return [id, { id, data: parse(readFileSync(join('content/modules', f), 'utf8')) }] as const;
    }),
  );
  const tracks = readdirSync('content/capstones').map((f) => {
    const id = f.replace(/\.mdx$/, '');
    const hours = Number(/^hours: (\d+)$/m.exec(readFileSync(join('content/capstones', f), 'utf8'))![1]);
    return { capstone: { id, data: { hours } } };
  });
  const file = 'content/courses/year-1-spring-2027.yaml';
  const [c] = buildCourses([{ id: 'year-1-spring-2027', filePath: file, data: parse(readFileSync(file, 'utf8')) }], {
    modules,
    tracks,
    electives: [],
  } as unknown as Parameters<typeof buildCourses>[1]);
  assert.equal(c!.weeks.length, 15);
  const ids = new Set(c!.weeks.flatMap((w) => w.modules.map((m) => m.id)));
  assert.deepEqual(
    [...ids].map((id) => modules.get(id)!.data.track),
    Array(6).fill('year-1'),
  );
  for (const w of c!.weeks) assert.ok(decodeAssignment(w.token).ok);
  assert.equal(c!.hours, 194);
});
