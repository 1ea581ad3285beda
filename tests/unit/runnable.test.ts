import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { isRunMeta, runnableFences, scanFences } from '../../src/lib/graph/fences.ts';
import { compareResults } from '../../src/lib/runner/results.ts';
import { runControl } from '../../src/lib/runner/time-limit.ts';
import { transpile } from '../../src/lib/runner/ts-transpile.ts';
import { runSql } from '../../src/lib/runner/sql-run.ts';
import { describe } from '../../src/lib/runner/run-outcome.ts';
import { formatArgs, learnerLine, PRELUDE_LINES, sandboxScript } from '../../src/lib/runner/ts-run.ts';
import { sqlDatabase } from './samples-engine.ts';

test('fences: the meta after the language marks a block runnable', () => {
  assert.equal(isRunMeta('run'), true);
  assert.equal(isRunMeta('title="x" run'), true);
  assert.equal(isRunMeta('running'), false);
  assert.equal(isRunMeta(undefined), false);
  const source = 'Text\n\n```sql run\nSELECT 1;\n```\n\n```ts\nconst a = 1;\n```\n\n- item\n\n  ```ts run\n  console.log(2);\n  ```\n';
  assert.deepEqual(
    [...scanFences(source)].flatMap((l) => (l.opensLang === undefined ? [] : [[l.opensLang, l.opensMeta]])),
    [
      ['sql', 'run'],
      ['ts', ''],
      ['ts', 'run'],
    ],
  );
  assert.deepEqual(runnableFences(source), [
    { lang: 'sql', code: 'SELECT 1;', line: 3, chart: null, metaProblems: [] },
    { lang: 'ts', code: '  console.log(2);', line: 13, chart: null, metaProblems: [] },
  ]);
});

const set = (columns: string[], rows: (string | number | null)[][]) => ({ columns, rows });

test('results: column names do not matter, column count and values do', () => {
  const answer = set(
    ['channel', 'signups'],
    [
      ['email', 12],
      ['tiktok', 3],
    ],
  );
  assert.deepEqual(
    compareResults(
      answer,
      set(
        ['c', 'n'],
        [
          ['tiktok', 3],
          ['email', 12],
        ],
      ),
    ),
    { same: true, reason: '' },
  );
  assert.equal(
    compareResults(answer, set(['c'], [['tiktok'], ['email']])).reason,
    'Your query returns 1 column; the answer has 2 columns.',
  );
  assert.equal(compareResults(answer, set(['c', 'n'], [['email', 12]])).reason, 'Your query returns 1 row; the answer has 2 rows.');
  assert.equal(
    compareResults(
      answer,
      set(
        ['c', 'n'],
        [
          ['Email', 12],
          ['tiktok', 3],
        ],
      ),
    ).reason,
    '1 row of yours is not in the answer: check the values.',
  );
  assert.equal(compareResults(answer, null).same, false);
});

test('results: numbers match to 6 decimal places, NULL only matches NULL, duplicates count', () => {
  assert.equal(compareResults(set(['x'], [[12]]), set(['x'], [[12.0000000001]])).same, true);
  assert.equal(compareResults(set(['x'], [[12]]), set(['x'], [[12.01]])).same, false);
  assert.equal(compareResults(set(['x'], [[null]]), set(['x'], [['']])).same, false);
  assert.equal(compareResults(set(['x'], [[null]]), set(['x'], [[null]])).same, true);
  assert.equal(compareResults(set(['x'], [['a'], ['a'], ['b']]), set(['x'], [['a'], ['b'], ['b']])).same, false);
});

test('results: order counts only when the exercise says so', () => {
  const answer = set(['x'], [[1], [2], [3]]);
  const shuffled = set(['x'], [[3], [1], [2]]);
  assert.equal(compareResults(answer, shuffled).same, true);
  assert.deepEqual(compareResults(answer, shuffled, true), {
    same: false,
    reason: 'The rows are right but in another order: check ORDER BY.',
  });
  assert.equal(compareResults(answer, set(['x'], [[1], [2], [4]]), true).reason, "Row 3 differs from the answer's row 3.");
});

test('time limit: a worker stuck in an endless loop is terminated and the run ends as stopped', async () => {
  const worker = new Worker('while (true) {}', { eval: true });
  let exited = false;
  const exit = new Promise<void>((resolve) => worker.once('exit', () => ((exited = true), resolve())));
  const control = runControl<string>(() => void worker.terminate(), 200);
  const started = Date.now();
  control.arm();
  assert.deepEqual(await control.done, { kind: 'stopped', reason: 'time' });
  await exit;
  assert.ok(exited);
  assert.ok(Date.now() - started >= 190, 'not before the limit');
});

test('time limit: finishing in time clears the clock; stop after finish changes nothing', async () => {
  let terminated = 0;
  const timers: (() => void)[] = [];
  const clock = { setTimeout: (fn: () => void) => timers.push(fn), clearTimeout: () => (timers.length = 0) };
  const control = runControl<string>(() => terminated++, 5000, clock);
  control.arm();
  control.finish('rows');
  control.stop('user');
  assert.equal(await control.done, 'rows');
  assert.equal(terminated, 0);
  assert.equal(timers.length, 0);
});

test('time limit: the learner can stop a run before the clock starts', async () => {
  let terminated = 0;
  const control = runControl<string>(() => terminated++, 5000);
  control.stop('user');
  control.arm();
  assert.deepEqual(await control.done, { kind: 'stopped', reason: 'user' });
  assert.equal(terminated, 1);
});

test('SQL: runs on the dataset, keeps the last result, cuts rows and reports the total', async () => {
  const db = await sqlDatabase();
  const out = runSql(db, "SELECT 1; SELECT channel FROM channels WHERE channel_group = 'social' ORDER BY channel", 2);
  assert.ok(out.ok);
  assert.deepEqual(out.result, { columns: ['channel'], rows: [['facebook'], ['instagram']] });
  assert.equal(out.total, 6);
  const bad = runSql(db, 'SELECT chanel FROM sessions', 10);
  assert.deepEqual({ ok: bad.ok, error: !bad.ok && bad.error }, { ok: false, error: 'no such column: chanel' });
  const none = runSql(db, 'CREATE TABLE t (x INTEGER)', 10);
  assert.ok(none.ok && none.result === null);
});

test('TypeScript: types are stripped with lines kept; a syntax error names its line', () => {
  const t = transpile('const a: number = 1;\ninterface P { x: string }\nconsole.log(a as number);', 'ts');
  assert.ok(t.ok);
  assert.equal(t.js.split('\n').length, 3);
  assert.match(t.js.split('\n')[2]!, /console\.log\(a\s*\)/);
  assert.deepEqual(transpile('const a = 1;\nconst b = ;', 'ts'), { ok: false, error: 'SyntaxError: Unexpected token', line: 2 });
});

test('TypeScript output: console.log prints values as Node does', async () => {
  const { inspect } = await import('node:util');
  const values: unknown[] = [
    { ok: true, signUp: { email: 'ana@example.com', consent: true, plan: 'half', source: 'instagram', campaign: 'decaf_launch_2026' } },
    { ok: false, problem: 'consent must be true or false' },
    [1, 2, 3],
    { 'a-b': "it's", n: null, u: undefined },
    new Map([['a', 1]]),
    new Set(['x']),
    { a: { b: { c: { d: 1 } } } },
  ];
  for (const v of values) assert.equal(formatArgs([v]), inspect(v));
  assert.equal(formatArgs(['Total:', 3, 'rows']), 'Total: 3 rows');
});

test('TypeScript errors: the line is the learner’s, found past the sandbox prelude in the stack', () => {
  assert.equal(learnerLine(PRELUDE_LINES + 3), 3);
  assert.equal(learnerLine(PRELUDE_LINES, [PRELUDE_LINES, PRELUDE_LINES + 2]), 2);
  assert.equal(learnerLine(null), null);
  assert.ok(sandboxScript('console.log(1);').endsWith('\nconsole.log(1);\n'));
});

test('the Shiki transformer wraps a fence marked run, and only that, with its hidden controls', async () => {
  const { codeToHtml } = await import('shiki');
  const { runnableTransformer } = await import('../../src/lib/runner/runnable-shiki.ts');
  const render = (lang: string, meta: string) =>
    codeToHtml('SELECT 1;', { lang, theme: 'github-light', meta: { __raw: meta }, transformers: [runnableTransformer()] });
  const html = await render('sql', 'run');
  assert.match(html, /^<div class="runnable" data-lang="sql"><pre/);
  assert.match(
    html,
    /<div class="run-bar" hidden data-pagefind-ignore(="")?><button type="button" class="cv-action primary" data-act="run">Run<\/button>/,
  );
  assert.match(html, /<p class="run-status" role="status"><\/p>/);
  assert.match(await render('sql', ''), /^<pre/);
  assert.match(await render('html', 'run'), /^<pre/);
});

test('status lines say plainly how a run ended', () => {
  const rows = { columns: ['n'], rows: [[1]] };
  assert.equal(describe({ kind: 'table', result: rows, total: 1234, ms: 3 }), 'Done: 1,234 rows.');
  assert.equal(describe({ kind: 'table', result: null, total: 0, ms: 3 }), 'Done. The statements ran; none returned rows.');
  assert.equal(describe({ kind: 'console', lines: [{ level: 'log', text: 'x' }], ms: 1 }), 'Done: 1 line of output.');
  assert.equal(describe({ kind: 'error', message: 'no such column: chanel', line: null }), 'Error: no such column: chanel');
  assert.equal(describe({ kind: 'error', message: 'x is not defined', line: 4 }), 'Error on line 4: x is not defined');
  assert.match(describe({ kind: 'stopped', reason: 'time' }), /^Stopped after 5 seconds: the code was still running\./);
  assert.equal(describe({ kind: 'stopped', reason: 'user' }), 'Stopped.');
});
