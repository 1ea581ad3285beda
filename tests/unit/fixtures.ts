// A small, valid curriculum to break one piece at a time in tests.
import type { CurriculumInput, RawEntry } from '../../src/lib/curriculum.ts';

const notes = {
  overview: 'What the module is for.',
  assignment: 'Write something.',
  discussion: ['First prompt?', 'Second prompt?'],
  pairing: 'Teach it beside its partner.',
};

function module(id: string, kind: 'marketing' | 'systems', partner: string, order: number, track = 'year-1'): RawEntry {
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

function lesson(moduleId: string, slug: string, order: number, body = 'Some text.'): RawEntry {
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
  const found = [...input.tracks, ...input.modules, ...input.lessons, ...input.capstones].find((e) => e.filePath === filePath);
  if (!found) throw new Error(`no fixture entry ${filePath}`);
  return found as RawEntry & { data: Record<string, unknown> };
}
