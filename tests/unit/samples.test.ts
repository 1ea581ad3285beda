// "Every sample is true": every runnable block and every code exercise in content/ runs in Node with the
// engines the browser uses (sql.js on the same generated dataset; Sucrase, then a VM context), and
// must succeed. A reference solution must also pass its own check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runnableFences } from '../../src/lib/fences.ts';
import { RUNNABLE_LANGS } from '../../src/lib/runnable.ts';
import { runSql } from '../../src/lib/sql-run.ts';
import { compareResults } from '../../src/lib/results.ts';
import { QuizFileSchema } from '../../src/schemas/quiz.ts';
import { runTs, sqlDatabase } from './samples-engine.ts';

const files = (dir: string, ext: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );

const blocks = files('content', '.mdx').flatMap((file) => runnableFences(readFileSync(file, 'utf8')).map((b) => ({ file, ...b })));

test('the content has runnable blocks to check', () => {
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'sql'));
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'ts'));
});

for (const block of blocks) {
  test(`runs: ${block.file}:${block.line} (${block.lang})`, async () => {
    if (RUNNABLE_LANGS[block.lang] === 'sql') {
      const out = runSql(await sqlDatabase(), block.code, 1);
      assert.ok(out.ok, `${block.file}:${block.line}: the SQL fails: ${!out.ok && out.error}`);
      assert.ok(out.result && out.total > 0, `${block.file}:${block.line}: the SQL returns no rows`);
    } else {
      const out = runTs(block.code, block.lang);
      assert.ok(out.ok, `${block.file}:${block.line}: the code fails: ${!out.ok && out.error}`);
      assert.ok(out.output.length > 0, `${block.file}:${block.line}: the code prints nothing`);
    }
  });
}

const exercises = files('content/quizzes', '.yaml').flatMap((file) => {
  const data = QuizFileSchema.parse(parse(readFileSync(file, 'utf8')));
  return [...data.questions, ...data.checks].flatMap((q) => (q.type === 'exercise' ? [{ file, q }] : []));
});

test('the content has code exercises to check', () => assert.ok(exercises.length > 0));

for (const { file, q } of exercises) {
  test(`exercise passes its own check: ${file}: ${q.id}`, async () => {
    const a = runSql(await sqlDatabase(), q.solution, null);
    const b = runSql(await sqlDatabase(), q.solution, null);
    assert.ok(a.ok && b.ok, `${file}: question "${q.id}": the solution fails: ${!a.ok && a.error}`);
    assert.ok(a.result && a.result.rows.length > 0, `${file}: question "${q.id}": the solution returns no rows`);
    assert.ok(compareResults(a.result, b.result, q.ordered).same, `${file}: question "${q.id}": the solution does not match itself`);
    if (q.starter.trim()) {
      const starter = runSql(await sqlDatabase(), q.starter, null);
      const passes = starter.ok && compareResults(a.result, starter.result, q.ordered).same;
      assert.ok(!passes, `${file}: question "${q.id}": the starter code already passes`);
    }
  });
}
