import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCurriculum } from '../../src/lib/graph/curriculum.ts';
import {
  cssString,
  lessonAnchor,
  moduleQuestions,
  printedQuestion,
  printPageRules,
  questionLabel,
  scopeLessonHtml,
  trackLessons,
} from '../../src/lib/print.ts';
import { formatBytes, reloadIsSafe, webManifest } from '../../src/lib/offline.ts';
import { ON_DEMAND, workerConfig } from '../../scripts/sw.mjs';
import { anchors, withQuiz } from './fixtures.ts';

const curriculum = () => buildCurriculum(withQuiz(), { anchors });

test('a printed track lists its lessons module by module and labels each question the same in the key', () => {
  const { tracks, questions } = curriculum();
  const track = tracks[0]!;
  assert.deepEqual(
    trackLessons(track).map((l) => l.id),
    ['m1/one', 'm1/two', 's1/one', 's1/two', 'm2/one', 'm2/two', 's2/one', 's2/two', 'm3/one', 'm3/two', 's3/one', 's3/two'],
  );
  assert.equal(lessonAnchor(trackLessons(track)[2]!), 'print-s1--one');
  assert.equal(questionLabel(track, questions.get('m1-check')!), 'Check 1.1');
  assert.equal(questionLabel(track, questions.get('m1-b')!), 'Quiz 1, question 2');
  assert.deepEqual(
    moduleQuestions(track.modules[0]!).map((q) => q.question.id),
    ['m1-check', 'm1-a', 'm1-b'],
  );
});

test('a lesson body moves its headings down and scopes its ids and #links, leaving the page’s own ids alone', () => {
  const html =
    '<h2 id="summary">Summary</h2><h3 id="a">A</h3><h6>Deep</h6><p><a href="#summary">up</a> <a href="#print-key-x">key</a>' +
    ' <a href="/modules/x/">x</a></p><label for="in">In</label><div aria-labelledby="summary a"></div><header>h</header>';
  assert.equal(
    scopeLessonHtml(html, 'print-m1--one', 2),
    '<h4 id="print-m1--one-summary">Summary</h4><h5 id="print-m1--one-a">A</h5><h6>Deep</h6><p><a href="#print-m1--one-summary">up</a>' +
      ' <a href="#print-key-x">key</a> <a href="/modules/x/">x</a></p><label for="print-m1--one-in">In</label>' +
      '<div aria-labelledby="print-m1--one-summary print-m1--one-a"></div><header>h</header>',
  );
});

test('printed questions: options lettered, items to order never in their right order, lines to write on', () => {
  const { questions } = curriculum();
  assert.deepEqual(printedQuestion(questions.get('m1-a')!.question), { choices: ['True', 'False'], matches: [], lines: 0 });
  assert.deepEqual(printedQuestion(questions.get('m1-check')!.question).lines, 1);
  const ordering = printedQuestion({
    id: 'o',
    type: 'ordering',
    stem: 'Order',
    items: ['1', '2', '3'],
    explanation: 'E.',
    teaches: 'one#status-codes',
  } as never);
  assert.notDeepEqual(ordering.choices, ['1', '2', '3']);
  assert.deepEqual([...ordering.choices].sort(), ['1', '2', '3']);
});

test('running headers name each track in a safe CSS string', () => {
  assert.equal(cssString('Say "hi" \\ now'), '"Say \\"hi\\" \\\\ now"');
  const css = printPageRules([{ id: 'year-1', label: 'Year 1', data: { title: 'Foundations' } } as never]);
  assert.match(css, /@page track-year-1 \{\n {2}@top-left \{ content: "Converge · Year 1: Foundations"; \}/);
  assert.match(css, /\.print-doc\[data-track="year-1"\] \{ page: track-year-1; \}/);
});

test('the manifest keeps start URL, scope and icons inside the base path', () => {
  const m = webManifest('/converge/');
  assert.equal(m.start_url, '/converge/');
  assert.equal(m.scope, '/converge/');
  assert.deepEqual(
    m.icons.map((i) => i.src),
    ['/converge/icons/icon-192.png', '/converge/icons/icon-512.png', '/converge/icons/maskable-512.png'],
  );
  assert.equal(webManifest('/').start_url, '/');
});

test('a reload is offered only when no module quiz has unchecked answers', () => {
  assert.equal(reloadIsSafe([]), true);
  assert.equal(reloadIsSafe([{ answered: false, checked: false }]), true);
  assert.equal(reloadIsSafe([{ answered: true, checked: true }]), true);
  assert.equal(reloadIsSafe([{ answered: true, checked: false }]), false);
  assert.equal(formatBytes(2048), '2 KB');
  assert.equal(formatBytes(25.3 * 1024 * 1024), '25.3 MB');
});

test('the worker precaches the site but not the runner, the dataset, PDFs or other builds, and caches those by base path', () => {
  const config = workerConfig('dist', '/converge/');
  for (const pattern of [...ON_DEMAND, 'pdf/**', 'dist*/**']) assert.ok(config.globIgnores.includes(pattern), pattern);
  assert.deepEqual(config.ignoreURLParametersMatching, [/.*/]);
  const [runner, dataset, print] = config.runtimeCaching.map((r) => r.urlPattern);
  assert.ok(runner!.test('https://x.edu/converge/_astro/sql-worker-AB12_c.js'));
  assert.ok(runner!.test('https://x.edu/converge/_astro/sql-wasm-browser-CXIAVl5-.wasm'));
  assert.ok(!runner!.test('https://x.edu/converge/_astro/quiz-element-DZcbOXn_.js'));
  assert.ok(dataset!.test('https://x.edu/converge/data/harbour-coffee.sqlite.gz'));
  assert.ok(print!.test('https://x.edu/converge/tracks/year-1/print/'));
  assert.ok(print!.test('https://x.edu/converge/electives/found/print/'));
});
