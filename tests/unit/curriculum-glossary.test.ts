import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCurriculum, CurriculumError, type CurriculumInput } from '../../src/lib/graph/curriculum.ts';
import { byLetter, termIds, termLessons, termNamed } from '../../src/lib/graph/glossary.ts';
import { fixture, problemsOf } from './fixtures.ts';
import { glossaryFixture } from './glossary-fixtures.ts';

function input(): CurriculumInput {
  return { ...fixture(), glossary: glossaryFixture() };
}
const term = (i: CurriculumInput, id: string) => i.glossary!.find((e) => e.id === id)!.data as Record<string, unknown>;
const lesson = (i: CurriculumInput, id: string) => i.lessons.find((e) => e.id === id)!;

test('builds the glossary: sorted A–Z, see-also and lessons linked, <Term> uses recorded, pages routed', () => {
  const i = input();
  lesson(i, 's1/two').body = 'Events flow through an <Term id="event-pipeline">event pipeline</Term>, and <Term id="funnel" /> again.';
  const c = buildCurriculum(i);
  assert.deepEqual([...c.glossary.keys()], ['event-pipeline', 'funnel', 'segment']);
  const funnel = c.glossary.get('funnel')!;
  assert.equal(funnel.url, '/glossary/funnel/');
  assert.equal(funnel.anchorUrl, '/glossary/#funnel');
  assert.deepEqual(
    funnel.seeAlso.map((t) => t.id),
    ['event-pipeline'],
  );
  assert.deepEqual(
    termLessons(funnel).map((l) => l.id),
    ['m1/one', 's1/two'],
  );
  assert.deepEqual(
    c.glossary.get('event-pipeline')!.usedIn.map((l) => l.id),
    ['s1/two'],
  );
  assert.ok(c.routes.has('/glossary/') && c.routes.has('/glossary/segment/'));
});

test('an unknown <Term> id fails the build naming the lesson file', () => {
  const i = input();
  lesson(i, 'm2/one').body = 'Read about <Term id="funel">funnels</Term>.\n\n```mdx\n<Term id="in-code-is-fine" />\n```';
  assert.deepEqual(problemsOf(i), [
    'content/lessons/m2/one.mdx: <Term id="funel"> names no glossary term; add content/glossary/funel.yaml or fix the id',
  ]);
});

test('a <Term> without an id, and one in a capstone, are checked too', () => {
  const i = input();
  i.capstones[0]!.body = 'Use <Term>funnels</Term> and <Term id="nope" />.';
  assert.deepEqual(problemsOf(i), [
    'content/capstones/year-1.mdx: a <Term> has no id; write <Term id="term-id">text</Term> with a file in content/glossary/',
    'content/capstones/year-1.mdx: <Term id="nope"> names no glossary term; add content/glossary/nope.yaml or fix the id',
  ]);
});

test('unknown see-also ids and lesson ids fail naming the term file and field', () => {
  const i = input();
  term(i, 'funnel').seeAlso = ['event-pipeline', 'query-filter', 'funnel'];
  term(i, 'segment').lessons = ['m1/three', 'nope/one'];
  assert.deepEqual(problemsOf(i), [
    'content/glossary/funnel.yaml: field "seeAlso" names "query-filter", but no glossary term has that id (content/glossary/query-filter.yaml)',
    'content/glossary/funnel.yaml: field "seeAlso" names the term itself',
    'content/glossary/segment.yaml: field "lessons" names "m1/three", but no lesson has that id (module-id/lesson-slug)',
    'content/glossary/segment.yaml: field "lessons" names "nope/one", but no lesson has that id (module-id/lesson-slug)',
  ]);
});

test('a name or synonym claimed by two terms fails naming both files', () => {
  const i = input();
  term(i, 'segment').synonyms = ['Event  Stream'];
  term(i, 'funnel').term = 'segment';
  assert.deepEqual(problemsOf(i), [
    'content/glossary/segment.yaml: field "term" has "Segment", which is already the name or a synonym of content/glossary/funnel.yaml',
    'content/glossary/segment.yaml: field "synonyms" has "Event  Stream", which is already the name or a synonym of content/glossary/event-pipeline.yaml',
  ]);
});

test('schema errors name the field; a bare YAML null in seeAlso says to quote it', () => {
  const i = input();
  term(i, 'funnel').kind = 'sales';
  term(i, 'funnel').seeAlso = [null];
  delete term(i, 'segment').years;
  term(i, 'event-pipeline').lessons = ['just-a-slug'];
  const problems = problemsOf(i);
  assert.equal(problems.length, 4);
  assert.match(problems[0]!, /^content\/glossary\/funnel\.yaml: field "kind" /);
  assert.equal(problems[1], 'content/glossary/funnel.yaml: field "seeAlso[0]" is null, not an id; put it in quotes, e.g. "null"');
  assert.match(problems[2]!, /^content\/glossary\/event-pipeline\.yaml: field "lessons\[0\]" must be "module-id\/lesson-slug"/);
  assert.match(problems[3]!, /^content\/glossary\/segment\.yaml: field "years" /);
});

test('termIds finds <Term> tags outside code, with or without ids', () => {
  assert.deepEqual(termIds('A <Term id="a">x</Term>, `<Term id="b" />`, <Term id=\'c\' /> and <Term>d</Term>.'), ['a', 'c', null]);
});

test('byLetter groups terms A–Z with digits and symbols last', () => {
  const t = (term: string) => ({ data: { term } });
  assert.deepEqual(
    byLetter([t('API'), t('attribution'), t('.env file'), t('404'), t('Élan')]).map(([l, g]) => [l, g.length]),
    [
      ['A', 2],
      ['E', 2],
      ['#', 1],
    ],
  );
});

test('termNamed finds a term by its name or a synonym, in any case', () => {
  const c = buildCurriculum(input());
  assert.equal(termNamed(c.glossary, 'event STREAM')?.id, 'event-pipeline');
  assert.equal(termNamed(c.glossary, 'Funnel')?.id, 'funnel');
  assert.equal(termNamed(c.glossary, 'conversion  funnel')?.id, 'funnel');
  assert.equal(termNamed(c.glossary, 'pipeline'), undefined);
});
