// Elective pairs: the graph places them beside the core years, keeps their lessons' previous/next
// inside the pair, and fails with the file and the field when an elective is malformed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allTracks, buildCurriculum, CurriculumError, type CurriculumInput } from '../../src/lib/graph/curriculum.ts';
import { catalogueOf } from '../../src/lib/catalogue.ts';
import { capstoneFacets, facetLabel, lessonFacets, moduleFacets } from '../../src/lib/facets.ts';
import { buildCourses } from '../../src/lib/assignment/courses.ts';
import { entry, problemsOf, withElective } from './fixtures.ts';

test('an elective is one pair after its core track, with its project, apart from the years', () => {
  const c = buildCurriculum(withElective());
  assert.deepEqual(
    c.tracks.map((t) => t.id),
    ['year-1'],
  );
  const [e1] = c.electives;
  assert.ok(e1 && e1.kind === 'elective');
  assert.equal(e1.label, 'Elective E1');
  assert.equal(e1.url, '/electives/ai/');
  assert.equal(e1.prerequisite, c.tracks[0]);
  assert.equal(e1.pairs.length, 1);
  assert.equal(e1.pairs[0]!.info.title, 'AI at Work');
  assert.deepEqual(
    e1.modules.map((m) => m.id),
    ['em', 'es'],
  );
  assert.equal(e1.capstone.kind, 'project');
  assert.equal(e1.capstone.label, 'Pair project');
  assert.equal(e1.capstone.url, '/electives/ai/project/');
  assert.equal(c.capstones.get('ai'), e1.capstone);
  assert.equal(e1.hours, 10 + 10 + 20);
  assert.deepEqual(
    allTracks(c).map((t) => t.label),
    ['Year 1', 'Elective E1'],
  );
  assert.ok(c.routes.has('/electives/ai/') && c.routes.has('/electives/ai/project/'));
});

test('previous and next stay inside the pair: no lesson links from an elective into the core, or back', () => {
  const c = buildCurriculum(withElective());
  const first = c.lessons.get('em/one')!;
  const last = c.lessons.get('es/two')!;
  assert.equal(first.previous, undefined);
  assert.equal(first.next?.id, 'em/two');
  assert.equal(c.lessons.get('em/two')!.next?.id, 'es/one');
  assert.equal(last.next, undefined);
  assert.equal(c.lessons.get('s3/two')!.next, undefined, 'the core ends at the last core lesson');
  assert.equal(first.partnerLesson?.id, 'es/one');
  assert.deepEqual(
    c.sequence.slice(-4).map((l) => l.id),
    ['em/one', 'em/two', 'es/one', 'es/two'],
  );
});

test('search files electives under "Electives", never under a year', () => {
  const c = buildCurriculum(withElective());
  const e1 = c.electives[0]!;
  assert.deepEqual(moduleFacets(e1.modules[0]!, 'module').year, ['elective']);
  assert.deepEqual(lessonFacets(c.lessons.get('es/one')!).year, ['elective']);
  assert.deepEqual(capstoneFacets(e1.capstone).type, ['project']);
  assert.deepEqual(capstoneFacets(e1.capstone).year, ['elective']);
  assert.equal(facetLabel('year', 'elective'), 'Electives');
  assert.equal(facetLabel('year', '2'), 'Year 2');
});

test('the catalogue carries electives after the years, with their labels and projects', () => {
  const c = buildCurriculum(withElective());
  const catalogue = catalogueOf(c, (p) => p);
  assert.deepEqual(
    catalogue.tracks.map((t) => [t.id, t.kind, t.label]),
    [
      ['year-1', 'core', 'Year 1'],
      ['ai', 'elective', 'Elective E1'],
    ],
  );
  assert.deepEqual(catalogue.tracks[1]!.capstone, {
    id: 'ai',
    title: 'Pair project',
    url: '/electives/ai/project/',
    label: 'Pair project',
  });
});

test('a course can schedule an elective: its modules and its project', () => {
  const c = buildCurriculum(withElective());
  const [course] = buildCourses(
    [
      {
        id: 'ai-term',
        filePath: 'content/courses/ai-term.yaml',
        data: {
          title: 'AI at Work',
          term: 'Autumn 2027',
          instructor: 'Dr. A',
          summary: 'The elective.',
          start: '2027-09-06',
          hoursPerWeek: 10,
          weeks: [
            { week: 1, modules: ['em', 'es'], due: '2027-09-12' },
            { week: 2, capstones: ['ai'], due: '2027-09-19' },
          ],
        },
      },
    ],
    c,
  );
  assert.equal(course!.weeks[1]!.capstones[0]!.id, 'ai');
});

test('a prerequisite that names no track fails, naming the file and field', () => {
  const input = withElective();
  entry(input, 'content/electives/ai.yaml').data.prerequisite = 'year-9';
  assert.deepEqual(problemsOf(input), ['content/electives/ai.yaml: field "prerequisite" names "year-9", but no track has that id']);
});

test('an elective module whose partner is not in the same elective fails', () => {
  const input = withElective();
  entry(input, 'content/modules/es.yaml').data.partner = 'm1';
  const problems = problemsOf(input);
  assert.ok(
    problems.includes('content/modules/em.yaml: field "partner" names "es", but content/modules/es.yaml names "em" as its partner') ||
      problems.includes('content/modules/es.yaml: field "partner" names "m1", but content/modules/m1.yaml names "s1" as its partner'),
    problems.join('\n'),
  );

  // Both name each other, but one is in the core.
  const crossed = withElective();
  entry(crossed, 'content/modules/es.yaml').data.partner = 'm1';
  entry(crossed, 'content/modules/m1.yaml').data.partner = 'es';
  entry(crossed, 'content/modules/s1.yaml').data.partner = 'em';
  entry(crossed, 'content/modules/em.yaml').data.partner = 's1';
  assert.ok(
    problemsOf(crossed).includes(
      'content/modules/es.yaml: field "elective" is "ai", but its partner content/modules/m1.yaml is in "year-1"',
    ),
    problemsOf(crossed).join('\n'),
  );
});

test('an elective with other than one marketing and one systems module fails', () => {
  const input = withElective();
  entry(input, 'content/modules/es.yaml').data.kind = 'marketing';
  assert.ok(
    problemsOf(input).includes(
      'content/electives/ai.yaml: elective has 2 marketing and 0 systems modules; it needs exactly one of each, partners of each other (modules name it in field "elective")',
    ),
    problemsOf(input).join('\n'),
  );
});

test('a project rubric that does not add up to 100 fails, naming the file and field', () => {
  const input = withElective();
  (entry(input, 'content/projects/ai.mdx').data.rubric as { weight: number }[])[0]!.weight = 90;
  assert.deepEqual(problemsOf(input), [
    'content/projects/ai.mdx: field "rubric" weights must add up to 100',
    'content/electives/ai.yaml: elective has no pair project; add content/projects/ai.mdx with field "elective: ai"',
  ]);
});

test('core tracks keep their rule of three pairs and a capstone', () => {
  const input = withElective();
  entry(input, 'content/modules/m3.yaml').data.partner = 'es';
  assert.ok(problemsOf(input).some((p) => p.startsWith('content/tracks/year-1.yaml: track has 2 complete pairs; it needs 3')));
});

test('other elective mistakes name the file and the field', () => {
  const input = withElective();
  entry(input, 'content/modules/em.yaml').data.elective = 'ml';
  entry(input, 'content/modules/s1.yaml').data.elective = 'ai';
  entry(input, 'content/projects/ai.mdx').data.elective = 'ml';
  const problems = problemsOf(input);
  for (const line of [
    'content/modules/em.yaml: field "elective" names "ml", but no elective has that id',
    'content/modules/s1.yaml: field "elective" names "ai", but the module also names track "year-1"; a module belongs to a track or to an elective, not both',
    'content/projects/ai.mdx: field "elective" names "ml", but no elective has that id',
    'content/electives/ai.yaml: elective has no pair project; add content/projects/ai.mdx with field "elective: ai"',
  ])
    assert.ok(problems.includes(line), `missing: ${line}\n${problems.join('\n')}`);

  const missing = withElective();
  delete entry(missing, 'content/modules/em.yaml').data.elective;
  assert.ok(
    problemsOf(missing).includes(
      'content/modules/em.yaml: field "track" is missing; name the module\'s track (or, in an elective pair, its elective in field "elective")',
    ),
  );

  const clash = withElective();
  clash.electives![0]!.id = 'year-1';
  clash.electives![0]!.filePath = 'content/electives/year-1.yaml';
  assert.ok(
    problemsOf(clash).includes('content/electives/year-1.yaml: the id "year-1" is already a track\'s (content/tracks/year-1.yaml)'),
  );
});
