// Shared test fixtures: a small, valid curriculum to break one piece at a time, the problems building it
// throws, a learner's quiz record, and the real Year 1 module ids.
import assert from 'node:assert/strict';
import {
  buildCurriculum,
  CurriculumError,
  type BuildOptions,
  type CurriculumInput,
  type RawEntry,
} from '../../src/lib/graph/curriculum.ts';

/** The problem lines that building this input throws (fails the test if it builds). */
export function problemsOf(input: CurriculumInput = fixture(), options: BuildOptions = {}): string[] {
  try {
    buildCurriculum(input, options);
  } catch (error) {
    assert.ok(error instanceof CurriculumError, `expected a CurriculumError, got ${String(error)}`);
    return error.problems;
  }
  assert.fail('expected the build to throw');
}

/** A learner's record of one quiz, as the store keeps it. */
export const quizRecord = (best: number, { attempts = 1, missed = [] as string[], updated = '2026-11-20T10:00:00.000Z' } = {}) => ({
  attempts,
  best,
  last: best,
  lastAnswers: {},
  missed,
  updated,
});

/** The real Year 1 modules, in study order. */
export const YEAR_1_MODULES = [
  'marketing-communications',
  'how-systems-talk',
  'market-research',
  'typescript-fundamentals',
  'consumer-psychology',
  'html-css-accessible-ux',
];

const notes = {
  overview: 'What the module is for.',
  assignment: 'Write something.',
  discussion: ['First prompt?', 'Second prompt?'],
  pairing: 'Teach it beside its partner.',
};

export function module(id: string, kind: 'marketing' | 'systems', partner: string, order: number, track = 'year-1'): RawEntry {
  return {
    id,
    filePath: `content/modules/${id}.yaml`,
    data: {
      title: `Module ${id}`,
      kind,
      track,
      order,
      partner,
      summary: 'A summary.',
      outcomes: ['Do a', 'Do b', 'Do c'],
      hours: 10,
      level: 'foundation',
      bonds: ['sales'],
      instructorNotes: structuredClone(notes),
    },
  };
}

export function lesson(moduleId: string, slug: string, order: number, body = 'Some text.'): RawEntry {
  return {
    id: `${moduleId}/${slug}`,
    filePath: `content/lessons/${moduleId}/${slug}.mdx`,
    data: {
      title: `Lesson ${slug}`,
      description: 'A lesson.',
      module: moduleId,
      order,
      minutes: 10,
      objectives: ['Learn'],
      keyTerms: [],
      bridge: 'Across the bridge.',
    },
    body,
  };
}

/** Year 1 with three pairs (m1/s1, m2/s2, m3/s3), two lessons per module, and its capstone. */
export function fixture(): CurriculumInput {
  const pairs = [1, 2, 3];
  return {
    tracks: [
      {
        id: 'year-1',
        filePath: 'content/tracks/year-1.yaml',
        data: {
          year: 1,
          title: 'Year one',
          summary: 'The first year.',
          capstone: 'year-1',
          pairs: pairs.map((order) => ({ order, title: `Pair ${order}`, summary: 'Both sides.' })),
        },
      },
    ],
    modules: pairs.flatMap((n) => [module(`m${n}`, 'marketing', `s${n}`, n), module(`s${n}`, 'systems', `m${n}`, n)]),
    lessons: pairs.flatMap((n) => [
      lesson(`m${n}`, 'one', 1),
      lesson(`m${n}`, 'two', 2),
      lesson(`s${n}`, 'one', 1),
      lesson(`s${n}`, 'two', 2),
    ]),
    capstones: [
      {
        id: 'year-1',
        filePath: 'content/capstones/year-1.mdx',
        data: {
          title: 'Capstone',
          track: 'year-1',
          summary: 'Build it.',
          hours: 20,
          bonds: ['sales'],
          deliverables: ['A page'],
          rubric: [{ criterion: 'All of it', weight: 100, excellent: 'Great.', proficient: 'Good.', developing: 'Not yet.' }],
        },
        body: '## The brief',
      },
    ],
  };
}

/** The entry with this file path, to change in a test. */
export function entry(input: CurriculumInput, filePath: string): RawEntry & { data: Record<string, unknown> } {
  const found = [
    ...input.tracks,
    ...input.modules,
    ...input.lessons,
    ...input.capstones,
    ...(input.electives ?? []),
    ...(input.projects ?? []),
  ].find((e) => e.filePath === filePath);
  if (!found) throw new Error(`no fixture entry ${filePath}`);
  return found as RawEntry & { data: Record<string, unknown> };
}

/** Heading anchors of the fixture's lessons, as site.ts computes them. */
export const anchors = new Map([
  ['content/lessons/m1/one.mdx', new Map([['status-codes', 'Status codes']])],
  ['content/lessons/m1/two.mdx', new Map([['worked-example', 'Worked example']])],
]);

/** The fixture with a quiz file for m1: two quiz questions and one quick check embedded in m1/one. */
export function withQuiz(): CurriculumInput {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').body = '## Status codes\n\nText.\n\n<QuickCheck id="m1-check" />\n';
  input.quizzes = [
    {
      id: 'm1',
      filePath: 'content/quizzes/m1.yaml',
      data: {
        questions: [
          { id: 'm1-a', type: 'truefalse', stem: 'True?', answer: true, explanation: 'Yes.', teaches: 'one#status-codes' },
          {
            id: 'm1-b',
            type: 'single',
            stem: 'Which?',
            options: [{ text: 'a', correct: true }, { text: 'b' }],
            explanation: 'A.',
            teaches: 'm1/two#worked-example',
          },
        ],
        checks: [
          {
            id: 'm1-check',
            lesson: 'one',
            type: 'short',
            stem: 'Name it',
            accepted: ['x'],
            explanation: 'X.',
            teaches: 'one#status-codes',
          },
        ],
      },
    },
  ];
  return input;
}

/** The fixture with an elective pair after Year 1: "ai" (E1), modules em/es of two lessons each, and its project. */
export function withElective(): CurriculumInput {
  const input = fixture();
  const electiveModule = (id: string, kind: 'marketing' | 'systems', partner: string): RawEntry => {
    const m = module(id, kind, partner, 1);
    const data = m.data as Record<string, unknown>;
    delete data.track;
    data.elective = 'ai';
    return m;
  };
  input.modules.push(electiveModule('em', 'marketing', 'es'), electiveModule('es', 'systems', 'em'));
  input.lessons.push(lesson('em', 'one', 1), lesson('em', 'two', 2), lesson('es', 'one', 1), lesson('es', 'two', 2));
  input.electives = [
    {
      id: 'ai',
      filePath: 'content/electives/ai.yaml',
      data: { code: 'E1', title: 'AI at Work', summary: 'Both sides of AI.', prerequisite: 'year-1' },
    },
  ];
  const project = structuredClone(input.capstones[0]!);
  project.id = 'ai';
  project.filePath = 'content/projects/ai.mdx';
  const data = project.data as Record<string, unknown>;
  delete data.track;
  data.elective = 'ai';
  data.title = 'Pair project';
  input.projects = [project];
  return input;
}
