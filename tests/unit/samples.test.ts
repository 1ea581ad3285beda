// "Every sample is true": every runnable block and every code exercise in content/ runs in Node with the
// engines the browser uses (sql.js on the same generated dataset; Sucrase, then a VM context), and
// must succeed. A reference solution must also pass its own check. A block that declares a chart must give
// rows that chart: the declared columns, numbers where the chart needs them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fencedBlocks, isRunMeta } from '../../src/lib/graph/fences.ts';
import { RUNNABLE_LANGS } from '../../src/lib/runner/runnable.ts';
import { runSql } from '../../src/lib/runner/sql-run.ts';
import { compareResults } from '../../src/lib/runner/results.ts';
import { QuizFileSchema } from '../../src/schemas/quiz.ts';
import { runTs, sqlDatabase } from './samples-engine.ts';
import { chartData, parseRunMeta } from '../../src/lib/runner/chart.ts';

const files = (dir: string, ext: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name), ext) : d.name.endsWith(ext) ? [join(dir, d.name)] : [],
  );

// Each runnable block, with the \`\`\`text block that follows it directly (its printed output), if any.
const blocks = files('content', '.mdx').flatMap((file) => {
  const source = readFileSync(file, 'utf8');
  const lines = source.split('\n');
  const all = fencedBlocks(source);
  return all.flatMap((b, i) => {
    if (!isRunMeta(b.meta)) return [];
    const next = all[i + 1];
    const between = next ? lines.slice(b.endLine, next.line - 1) : [];
    const printed = next?.lang === 'text' && between.every((l) => !l.trim()) ? next.code : undefined;
    return [{ file, lang: b.lang, code: b.code, line: b.line, printed, chart: parseRunMeta(b.meta).chart }];
  });
});

test('the content has runnable blocks to check', () => {
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'sql'));
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'ts'));
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'sql' && b.chart));
  assert.ok(blocks.some((b) => RUNNABLE_LANGS[b.lang] === 'ts' && b.chart));
});

for (const block of blocks) {
  test(`runs: ${block.file}:${block.line} (${block.lang})`, async () => {
    if (RUNNABLE_LANGS[block.lang] === 'sql') {
      const out = runSql(await sqlDatabase(), block.code, 1);
      assert.ok(out.ok, `${block.file}:${block.line}: the SQL fails: ${!out.ok && out.error}`);
      assert.ok(out.result && out.total > 0, `${block.file}:${block.line}: the SQL returns no rows`);
      if (block.chart) {
        const all = runSql(await sqlDatabase(), block.code, null);
        const drawn = all.ok ? chartData(block.chart, all.result, all.total) : null;
        assert.ok(drawn?.ok, `${block.file}:${block.line}: ${drawn && !drawn.ok ? drawn.reason : 'the SQL fails'}`);
      }
    } else {
      const out = runTs(block.code, block.lang);
      assert.ok(out.ok, `${block.file}:${block.line}: the code fails: ${!out.ok && out.error}`);
      assert.ok(out.output.length > 0, `${block.file}:${block.line}: the code prints nothing`);
      if (block.chart) {
        assert.ok(out.table, `${block.file}:${block.line}: a charted block must pass its rows to console.table(rows)`);
        const drawn = chartData(block.chart, out.table);
        assert.ok(drawn.ok, `${block.file}:${block.line}: ${!drawn.ok && drawn.reason}`);
      }
      // The output the lesson shows under the block is what the block prints.
      if (block.printed !== undefined)
        assert.equal(
          out.output.join('\n').trim(),
          block.printed.trim(),
          `${block.file}:${block.line}: the printed output below the block differs`,
        );
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
