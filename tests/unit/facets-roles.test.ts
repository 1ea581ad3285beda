import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  capstoneFacets,
  facetLabel,
  lessonFacets,
  pagefindFilters,
  parseSearchState,
  searchStateQuery,
  termFacets,
} from '../../src/lib/facets.ts';
import { bondRoute, selfStudyRoute, studentRoute, teachingPlan, toHours } from '../../src/lib/audience-routes.ts';
import { rankByWords, searchTerms } from '../../src/lib/search.ts';
import { BOND_LABELS as SCHEMA_BOND_LABELS } from '../../src/schemas/index.ts';
import { BOND_LABELS } from '../../src/schemas/bonds.ts';
import { buildCurriculum } from '../../src/lib/graph/curriculum.ts';
import { entry, fixture } from './fixtures.ts';
import { glossaryFixture } from './glossary-fixtures.ts';

test('search state: read from the URL, written back in one stable order', () => {
  const state = parseSearchState('?kind=systems&q=+funnel+&type=term&type=lesson&bogus=1&year=&bond=grc');
  assert.deepEqual(state, { q: 'funnel', filters: { kind: ['systems'], type: ['lesson', 'term'], bond: ['grc'] } });
  assert.equal(searchStateQuery(state), '?q=funnel&type=lesson&type=term&kind=systems&bond=grc');
  assert.equal(searchStateQuery(parseSearchState(searchStateQuery(state))), searchStateQuery(state));
  assert.deepEqual(pagefindFilters(state), { type: { any: ['lesson', 'term'] }, kind: { any: ['systems'] }, bond: { any: ['grc'] } });
  assert.equal(searchStateQuery({ q: ' ', filters: {} }), '');
});

test('facet labels are what a learner reads', () => {
  assert.equal(facetLabel('year', '3'), 'Year 3');
  assert.equal(facetLabel('type', 'term'), 'Glossary term');
  assert.equal(facetLabel('bond', 'grc'), 'Governance, risk and compliance');
  assert.equal(facetLabel('level', 'foundation'), 'Foundation');
  assert.equal(BOND_LABELS, SCHEMA_BOND_LABELS);
});

test('page facets come from the graph: lesson bonds override the module’s, terms of both kinds count as either', () => {
  const input = { ...fixture(), glossary: glossaryFixture() };
  entry(input, 'content/lessons/m1/one.mdx').data.bonds = ['analytics'];
  const c = buildCurriculum(input);
  assert.deepEqual(lessonFacets(c.lessons.get('m1/one')!), {
    type: ['lesson'],
    year: ['1'],
    kind: ['marketing'],
    bond: ['analytics'],
    level: ['foundation'],
  });
  assert.deepEqual(capstoneFacets(c.capstones.get('year-1')!), {
    type: ['capstone'],
    year: ['1'],
    kind: ['marketing', 'systems'],
    bond: ['sales'],
    level: ['foundation'],
  });
  const segment = termFacets(c.glossary.get('segment')!);
  assert.deepEqual(segment.kind, ['marketing', 'systems']);
  assert.deepEqual(segment.year, ['1', '2']);
  assert.deepEqual(termFacets(c.glossary.get('funnel')!).bond, ['analytics']);
});

test('role routes: the student’s year by year, the teacher’s plan, the self-taught marketer’s systems modules and hours', () => {
  const input = fixture();
  entry(input, 'content/modules/s1.yaml').data.bonds = ['sales', 'grc'];
  entry(input, 'content/modules/s2.yaml').data.bonds = ['analytics', 'market-research', 'grc'];
  const c = buildCurriculum(input);
  const [year] = studentRoute(c);
  assert.deepEqual(
    year!.pairs.map((p) => [p.title, p.modules.map((m) => m.id), p.hours]),
    [
      ['Pair 1', ['m1', 's1'], 20],
      ['Pair 2', ['m2', 's2'], 20],
      ['Pair 3', ['m3', 's3'], 20],
    ],
  );
  assert.equal(year!.hours, 80);
  const self = selfStudyRoute(c);
  assert.deepEqual(
    self.modules.map((m) => [m.module.id, m.bonds, m.lessonMinutes]),
    [
      ['s1', ['sales', 'grc'], 20],
      ['s2', ['analytics', 'grc'], 20],
    ],
  );
  assert.deepEqual(
    self.skipped.map((m) => m.id),
    ['s3'],
  );
  assert.equal(self.minutes, 40);
  assert.equal(self.hours, 0.5);
  assert.equal(self.longestLesson, 10);
  const [plan] = teachingPlan(c);
  assert.deepEqual(plan!.rows[0], { module: c.modules.get('m1'), lessons: 2, quizQuestions: 0, quickChecks: 0, discussionPrompts: 2 });
  assert.equal(plan!.rubricCriteria, 1);
});

test('a bond route follows lessons across modules and capstones, and leaves out years without it', () => {
  const input = fixture();
  entry(input, 'content/lessons/s2/two.mdx').data.bonds = ['analytics'];
  const c = buildCurriculum(input);
  const analytics = bondRoute(c, 'analytics');
  assert.deepEqual(
    analytics.years[0]!.modules.map((m) => [m.module.id, m.lessons.map((l) => l.slug)]),
    [['s2', ['two']]],
  );
  assert.equal(analytics.years[0]!.capstone, false);
  assert.deepEqual([analytics.lessons, analytics.minutes, analytics.marketing, analytics.systems], [1, 10, 0, 1]);
  const sales = bondRoute(c, 'sales');
  assert.equal(sales.lessons, 11);
  assert.equal(sales.years[0]!.capstone, true);
  assert.deepEqual(bondRoute(c, 'market-research').years, []);
});

test('hours are rounded to the nearest half hour', () => {
  assert.deepEqual([0, 5, 40, 45, 100].map(toHours), [0, 0.5, 0.5, 1, 1.5]);
});

test('a learner’s question is searched by its topic words', () => {
  assert.equal(searchTerms('How do I count sign-ups by channel?'), 'count sign-ups channel');
  assert.equal(searchTerms('What is middleware'), 'middleware');
  assert.equal(searchTerms('what’s the difference between paid, owned and earned media'), 'paid owned earned media');
  // Nothing but question words: search them rather than nothing.
  assert.equal(searchTerms('What is it?'), 'what is it');
});

test('pages holding more of the question’s words rank first when no page holds them all', () => {
  const r = (id: string, score: number) => ({ id, score, item: id });
  const ranked = rankByWords(
    [
      [r('a', 1), r('b', 5)],
      [r('b', 1), r('c', 9)],
      [r('a', 2), r('d', 1)],
    ],
    new Set(['d']),
  );
  assert.deepEqual(ranked, ['b', 'a', 'c']);
});
