import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCurriculum, CurriculumError, fenceLanguages, internalLinks, routeOf } from '../../src/lib/graph/curriculum.ts';
import { entry, fixture, problemsOf } from './fixtures.ts';
import { staticRoutes } from '../../src/lib/graph/build-inputs.ts';

test('builds track → pairs → modules → lessons from valid content', () => {
  const c = buildCurriculum(fixture());
  assert.equal(c.tracks.length, 1);
  const [track] = c.tracks;
  assert.deepEqual(
    track!.pairs.map((p) => [p.order, p.marketing.id, p.systems.id]),
    [
      [1, 'm1', 's1'],
      [2, 'm2', 's2'],
      [3, 'm3', 's3'],
    ],
  );
  assert.deepEqual(
    track!.modules.map((m) => m.id),
    ['m1', 's1', 'm2', 's2', 'm3', 's3'],
  );
  assert.equal(track!.capstone.url, '/tracks/year-1/capstone/');
  assert.equal(track!.hours, 6 * 10 + 20);
  const m1 = c.modules.get('m1')!;
  assert.equal(m1.partner.id, 's1');
  assert.equal(m1.partner.partner, m1);
  assert.equal(m1.url, '/modules/m1/');
  assert.deepEqual(
    m1.lessons.map((l) => [l.slug, l.position, l.url]),
    [
      ['one', 1, '/modules/m1/one/'],
      ['two', 2, '/modules/m1/two/'],
    ],
  );
});

test('previous and next run across module boundaries, and partner lessons match by order', () => {
  const c = buildCurriculum(fixture());
  assert.deepEqual(c.sequence.map((l) => l.id).slice(0, 5), ['m1/one', 'm1/two', 's1/one', 's1/two', 'm2/one']);
  const last = c.lessons.get('m1/two')!;
  assert.equal(last.next?.id, 's1/one');
  assert.equal(c.lessons.get('s1/one')!.previous?.id, 'm1/two');
  assert.equal(c.sequence[0]!.previous, undefined);
  assert.equal(c.sequence.at(-1)!.next, undefined);
  assert.equal(c.lessons.get('m2/two')!.partnerLesson?.id, 's2/two');
});

test('lessons are ordered by their order field, not by file name', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').data.order = 3;
  const c = buildCurriculum(input);
  assert.deepEqual(
    c.modules.get('m1')!.lessons.map((l) => [l.slug, l.position]),
    [
      ['two', 1],
      ['one', 2],
    ],
  );
});

test('a field that fails its schema names the file and the field', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.kind = 'sales';
  entry(input, 'content/lessons/s2/one.mdx').data.minutes = 0;
  const problems = problemsOf(input);
  assert.ok(
    problems.some((p) => p.startsWith('content/modules/m1.yaml: field "kind" ')),
    problems.join('\n'),
  );
  assert.ok(
    problems.some((p) => p.startsWith('content/lessons/s2/one.mdx: field "minutes" ')),
    problems.join('\n'),
  );
});

test('a nested field is named with its path', () => {
  const input = fixture();
  (entry(input, 'content/modules/m1.yaml').data.instructorNotes as Record<string, unknown>).discussion = ['only one'];
  assert.ok(
    problemsOf(input).includes('content/modules/m1.yaml: field "instructorNotes.discussion" needs at least two discussion prompts'),
  );
});

test('an id that is not lower-case words joined by hyphens is refused', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.partner = 'S1';
  assert.ok(
    problemsOf(input).includes(
      'content/modules/m1.yaml: field "partner" must be lower-case words joined by hyphens, e.g. "how-systems-talk"',
    ),
  );
});

test('a missing partner is named', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.partner = 'nowhere';
  assert.ok(problemsOf(input).includes('content/modules/m1.yaml: field "partner" names "nowhere", but no module has that id'));
});

test('a partner of the same kind is refused', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.partner = 'm2';
  assert.ok(
    problemsOf(input).includes(
      'content/modules/m1.yaml: field "partner" names "m2", which is also a marketing module; a partner must be of the other kind',
    ),
  );
});

test('a partner that does not name the module back is refused', () => {
  const input = fixture();
  entry(input, 'content/modules/s1.yaml').data.partner = 'm2';
  const problems = problemsOf(input);
  assert.ok(
    problems.includes('content/modules/m1.yaml: field "partner" names "s1", but content/modules/s1.yaml names "m2" as its partner'),
    problems.join('\n'),
  );
});

test('partners in different pair orders are refused', () => {
  const input = fixture();
  entry(input, 'content/modules/s1.yaml').data.order = 4;
  assert.ok(problemsOf(input).includes('content/modules/m1.yaml: field "order" is 1, but its partner content/modules/s1.yaml has order 4'));
});

test('a module in a track that does not exist is named', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.track = 'year-9';
  assert.ok(problemsOf(input).includes('content/modules/m1.yaml: field "track" names "year-9", but no track has that id'));
});

test('a lesson whose module does not exist is named', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').data.module = 'm9';
  assert.ok(problemsOf(input).includes('content/lessons/m1/one.mdx: field "module" names "m9", but no module has that id'));
});

test('a lesson filed in another module’s folder is named', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').data.module = 's1';
  assert.ok(
    problemsOf(input).includes(
      'content/lessons/m1/one.mdx: field "module" is "s1", but the file is in the folder "m1"; put it in content/lessons/s1/',
    ),
  );
});

test('a track whose capstone does not exist is named', () => {
  const input = fixture();
  entry(input, 'content/tracks/year-1.yaml').data.capstone = 'year-9';
  assert.ok(problemsOf(input).includes('content/tracks/year-1.yaml: field "capstone" names "year-9", but no capstone has that id'));
});

test('a capstone in a track that does not exist is named', () => {
  const input = fixture();
  entry(input, 'content/capstones/year-1.mdx').data.track = 'year-9';
  const problems = problemsOf(input);
  assert.ok(problems.includes('content/capstones/year-1.mdx: field "track" names "year-9", but no track has that id'), problems.join('\n'));
});

test('two lessons with the same order in a module are refused', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/two.mdx').data.order = 1;
  assert.ok(
    problemsOf(input).includes('content/lessons/m1/two.mdx: field "order" is 1, the same as content/lessons/m1/one.mdx in module "m1"'),
  );
});

test('two pairs with the same order in a track are refused', () => {
  const input = fixture();
  entry(input, 'content/modules/m2.yaml').data.order = 1;
  entry(input, 'content/modules/s2.yaml').data.order = 1;
  const problems = problemsOf(input);
  assert.ok(
    problems.includes(
      'content/modules/m2.yaml: field "order" is 1, the same as content/modules/m1.yaml; two pairs in track "year-1" share that order',
    ),
    problems.join('\n'),
  );
});

test('a track without three complete pairs is refused', () => {
  const input = fixture();
  input.modules = input.modules.filter((m) => m.id !== 's3');
  input.lessons = input.lessons.filter((l) => !l.id.startsWith('s3/'));
  const problems = problemsOf(input);
  assert.ok(problems.includes('content/modules/m3.yaml: field "partner" names "s3", but no module has that id'));
  assert.ok(
    problems.includes(
      'content/tracks/year-1.yaml: track has 2 complete pairs; it needs 3, each a marketing and a systems module that name each other as partners',
    ),
  );
});

test('a pair the track does not name is refused', () => {
  const input = fixture();
  (entry(input, 'content/tracks/year-1.yaml').data.pairs as unknown[]).pop();
  assert.ok(problemsOf(input).includes('content/tracks/year-1.yaml: field "pairs" has no entry with order 3, which its modules use'));
});

test('a module without lessons is refused', () => {
  const input = fixture();
  input.lessons = input.lessons.filter((l) => !l.id.startsWith('s3/'));
  assert.ok(problemsOf(input).includes('content/modules/s3.yaml: module has no lessons; add them in content/lessons/s3/'));
});

test('a lesson that links to a page that does not exist is refused', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').body = 'See [the other lesson](/modules/m1/three/) and [map](/curriculum/).';
  const problems = problemsOf(input, { staticRoutes: ['/', '/curriculum/'] });
  assert.deepEqual(problems, ['content/lessons/m1/one.mdx: links to "/modules/m1/three/", which is not a page of the site']);
});

test('links to existing pages, with fragments, pass; a missing trailing slash is named', () => {
  const input = fixture();
  entry(input, 'content/lessons/m1/one.mdx').body =
    'See [two](/modules/m1/two/#worked-example) and <a href="/tracks/year-1/capstone/">the capstone</a>.';
  assert.doesNotThrow(() => buildCurriculum(input));
  entry(input, 'content/lessons/m1/one.mdx').body = 'See [two](/modules/m1/two).';
  assert.deepEqual(problemsOf(input), [
    'content/lessons/m1/one.mdx: links to "/modules/m1/two"; write it with a trailing slash, "/modules/m1/two/"',
  ]);
});

test('a code block in a language the highlighter does not know is refused', () => {
  const input = fixture();
  entry(input, 'content/lessons/s1/one.mdx').body = '```ts\nconst a = 1;\n```\n\n```typescriptx\nx\n```\n\n```\nplain\n```';
  const problems = problemsOf(input, { codeLanguages: new Set(['ts', 'text']) });
  assert.deepEqual(problems, [
    'content/lessons/s1/one.mdx: a fenced code block is in "typescriptx", a language the highlighter does not know',
    'content/lessons/s1/one.mdx: a fenced code block has no language; name one (e.g. ```ts, or ```text for plain text)',
  ]);
});

test('every problem is reported at once, not only the first', () => {
  const input = fixture();
  entry(input, 'content/modules/m1.yaml').data.hours = -1;
  entry(input, 'content/lessons/s2/two.mdx').data.module = 'nowhere';
  const problems = problemsOf(input);
  assert.ok(problems.length >= 2);
  assert.match(new CurriculumError(problems).message, /^The curriculum has \d+ problems:\n- /);
});

test('helpers: internal links, routes and fence languages', () => {
  assert.deepEqual(internalLinks('[a](/x/) [b](https://e.org/) [c](/y/#h "t") <a href="/z/">z</a> [d](//cdn.example/x)'), [
    '/x/',
    '/y/#h',
    '/z/',
  ]);
  assert.deepEqual(
    internalLinks(
      'Code: `<a href="/inline/">` and\n\n```html\n<a href="/in-code/">x</a>\n```\n\n  ```html\n  <a href="/indented/">y</a>\n  ```\n[real](/real/)',
    ),
    ['/real/'],
  );
  assert.equal(routeOf('/x/?a=1#h'), '/x/');
  assert.equal(routeOf('/x'), '/x/');
  assert.equal(routeOf('/favicon.svg'), '/favicon.svg');
  assert.deepEqual(fenceLanguages('```ts\na\n```\n\n````md\n```js\n```\n````\n~~~\nz\n~~~'), ['ts', 'md', '']);
});

test('a runnable block in a language that cannot run is refused, naming the file and line', () => {
  const input = fixture();
  entry(input, 'content/lessons/s1/one.mdx').body = 'Intro.\n\n```sql run\nSELECT 1;\n```\n\n```html run\n<p>x</p>\n```';
  assert.deepEqual(problemsOf(input, { codeLanguages: new Set(['sql', 'html']) }), [
    'content/lessons/s1/one.mdx: line 7: a runnable block (```html run) must be in sql, ts, typescript, js, javascript; "html" cannot run',
  ]);
});

test('page files become the same routes whether the build (leading slash) or a script (none) lists them', () => {
  const files = [
    'src/pages/index.astro',
    'src/pages/curriculum.astro',
    'src/pages/teach/assign.astro',
    'src/pages/modules/[module]/index.astro',
  ];
  const expected = ['/', '/curriculum/', '/teach/assign/'];
  assert.deepEqual(staticRoutes(files), expected);
  assert.deepEqual(staticRoutes(files.map((f) => `/${f}`)), expected);
});
