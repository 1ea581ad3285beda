// Charts of runnable blocks: the declaration on the fence (every message pinned), the curriculum check
// that reports it with file and line, the rows a chart can draw, and the text alternative.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHART_TYPES, chartAlt, chartData, parseRunMeta, type ChartSpec } from '../../src/lib/runner/chart.ts';
import { runnableFences } from '../../src/lib/graph/fences.ts';
import { tableOf } from '../../src/lib/runner/ts-run.ts';
import type { ResultSet } from '../../src/lib/runner/sql-run.ts';
import { entry, fixture, problemsOf } from './fixtures.ts';

test('chart declarations: every type, with series and a quoted title', () => {
  assert.deepEqual(CHART_TYPES, ['bar', 'line', 'stacked-bar', 'scatter']);
  assert.deepEqual(parseRunMeta('run'), { chart: null, problems: [] });
  assert.deepEqual(parseRunMeta('run chart=bar x=channel y=visits'), {
    chart: { type: 'bar', x: 'channel', y: 'visits' },
    problems: [],
  });
  assert.deepEqual(parseRunMeta('run chart=stacked-bar x=month y=visits series=device').chart, {
    type: 'stacked-bar',
    x: 'month',
    y: 'visits',
    series: 'device',
  });
  assert.deepEqual(parseRunMeta('run chart=line x=week y=revenue series=channel title="Revenue by week, 2025"').chart, {
    type: 'line',
    x: 'week',
    y: 'revenue',
    series: 'channel',
    title: 'Revenue by week, 2025',
  });
  assert.deepEqual(parseRunMeta('run chart=scatter x=spend y=revenue').chart, { type: 'scatter', x: 'spend', y: 'revenue' });
  // The order of options is free.
  assert.deepEqual(parseRunMeta('y=visits run x=channel chart=bar').chart, { type: 'bar', x: 'channel', y: 'visits' });
});

test('chart declarations: every mistake has its own message', () => {
  const problems = (meta: string) => parseRunMeta(meta).problems;
  assert.deepEqual(problems('run chart=pie x=channel y=visits'), [
    'chart "pie" is not a chart type; use bar, line, stacked-bar or scatter',
  ]);
  assert.deepEqual(problems('run chart=bar x=channel'), ['chart=bar needs y=<column>']);
  assert.deepEqual(problems('run chart=line y=revenue'), ['chart=line needs x=<column>']);
  assert.deepEqual(problems('run chart=bar x=a y=b colour=red'), ['"colour" is not a chart option; use chart, x, y, series or title']);
  assert.deepEqual(problems('run chart=stacked-bar x=month y=visits'), ['chart=stacked-bar needs series=<column>']);
  assert.deepEqual(problems('run chart=bar x=channel y=visits series=device'), [
    'chart=bar takes no series; use chart=stacked-bar to split the bars by device',
  ]);
  assert.deepEqual(problems('run x=channel y=visits'), [
    'x= needs chart=<type> too; use chart=bar, chart=line, chart=stacked-bar, chart=scatter',
  ]);
  assert.deepEqual(problems('run chart=bar x=a x=b y=c'), ['"x" is given twice']);
  assert.deepEqual(problems('run chart=bar x= y=c'), ['x= has no value; write x=<column>', 'chart=bar needs x=<column>']);
  assert.deepEqual(problems('run chart=bar x=a y=b title="Visits by'), ['title="Visits by has no closing quote']);
  assert.deepEqual(problems('run chart=bar x=a y=b horizontal'), [
    '"horizontal" is not key=value; write options as key=value, e.g. chart=bar',
  ]);
  // A bad declaration declares no chart.
  assert.equal(parseRunMeta('run chart=bar x=channel').chart, null);
});

test('the curriculum check names the file and the line of a bad chart declaration', () => {
  const input = fixture();
  entry(input, 'content/lessons/s1/one.mdx').body =
    'Intro.\n\n```sql run chart=bar x=channel y=visits\nSELECT 1;\n```\n\n```sql run chart=pie x=a y=b\nSELECT 1;\n```\n\n```ts run chart=line x=week colour=red\nconsole.table([]);\n```';
  assert.deepEqual(problemsOf(input), [
    'content/lessons/s1/one.mdx: line 7: chart "pie" is not a chart type; use bar, line, stacked-bar or scatter',
    'content/lessons/s1/one.mdx: line 11: "colour" is not a chart option; use chart, x, y, series or title',
    'content/lessons/s1/one.mdx: line 11: chart=line needs y=<column>',
  ]);
  assert.deepEqual(
    runnableFences('```sql run chart=bar x=channel y=visits\nSELECT 1;\n```').map((f) => f.chart),
    [{ type: 'bar', x: 'channel', y: 'visits' }],
  );
});

const result = (columns: string[], rows: (string | number | null)[][]): ResultSet => ({ columns, rows });
const bar: ChartSpec = { type: 'bar', x: 'channel', y: 'visits' };
const visits = result(
  ['channel', 'visits'],
  [
    ['email', 1200],
    ['tiktok', 310],
    ['search', 2450.5],
  ],
);

test('chart data: a result that cannot be charted says why, in words a learner can act on', () => {
  const reason = (spec: ChartSpec, r: ResultSet | null, total?: number) => {
    const out = chartData(spec, r, total);
    return out.ok ? 'ok' : out.reason;
  };
  assert.equal(reason(bar, null), 'This result cannot be drawn as a bar chart: there are no rows to draw.');
  assert.equal(reason(bar, result(['channel', 'visits'], [])), 'This result cannot be drawn as a bar chart: there are no rows to draw.');
  assert.equal(
    reason(bar, result(['channel', 'n'], [['email', 1]])),
    'This result cannot be drawn as a bar chart: the result has no column "visits" for y (its columns: channel, n).',
  );
  assert.equal(
    reason({ type: 'bar', x: 'visits', y: 'channel' }, visits),
    'This result cannot be drawn as a bar chart: column "channel" holds "email", but y needs numbers.',
  );
  assert.equal(
    reason({ type: 'scatter', x: 'channel', y: 'visits' }, visits),
    'This result cannot be drawn as a scatter plot: column "channel" holds "email", but x needs numbers.',
  );
  assert.equal(
    reason(bar, visits, 2500),
    'This result cannot be drawn as a bar chart: 2,500 rows are more than a chart can show (2,000); group or filter them first.',
  );
  assert.equal(
    reason(bar, result(['channel', 'visits'], [['email', null]])),
    'This result cannot be drawn as a bar chart: every row has NULL in channel or visits.',
  );
  assert.equal(
    reason(
      { type: 'line', x: 'w', y: 'v', series: 's' },
      result(
        ['w', 'v', 's'],
        Array.from({ length: 9 }, (_, i) => [1, i, `s${i}`]),
      ),
    ),
    'This result cannot be drawn as a line chart: s has 9 values, more than a chart can tell apart (8).',
  );
  // NULL values are left out and counted; a line over numbers runs in x order.
  const line = chartData(
    { type: 'line', x: 'week', y: 'revenue' },
    result(
      ['week', 'revenue'],
      [
        [3, 30],
        [1, 10],
        [2, null],
      ],
    ),
  );
  assert.ok(line.ok);
  assert.deepEqual(
    line.data.points.map((p) => p.x),
    [1, 3],
  );
  assert.equal(line.data.skipped, 1);
});

const altOf = (spec: ChartSpec, r: ResultSet) => {
  const out = chartData(spec, r);
  assert.ok(out.ok, out.ok ? '' : out.reason);
  return chartAlt(spec, out.data);
};

test('text alternative: a short bar chart is read out in full, a long one by its extremes', () => {
  assert.equal(altOf(bar, visits), 'Bar chart of visits by channel: 3 bars: email 1,200; tiktok 310; search 2,451.');
  const many = result(
    ['week', 'orders'],
    Array.from({ length: 10 }, (_, i) => [`w${i + 1}`, (i * 7) % 10]),
  );
  assert.equal(
    altOf({ type: 'bar', x: 'week', y: 'orders', title: 'Orders per week' }, many),
    'Bar chart of Orders per week: 10 bars. Highest: w8 at 9; lowest: w1 at 0.',
  );
});

test('text alternative: stacked bars, lines and scatter plots say what the data shows', () => {
  const devices = result(
    ['quarter', 'visits', 'device'],
    [
      ['Q1', 100, 'mobile'],
      ['Q1', 50, 'desktop'],
      ['Q2', 300, 'mobile'],
      ['Q2', 50, 'desktop'],
    ],
  );
  assert.equal(
    altOf({ type: 'stacked-bar', x: 'quarter', y: 'visits', series: 'device' }, devices),
    'Stacked bar chart of visits by quarter: 2 bars, each split by device into mobile and desktop. Largest total: Q2 at 350; smallest: Q1 at 150. mobile is the largest part overall (80% of all visits).',
  );
  const revenue = result(
    ['week', 'revenue', 'channel'],
    [
      [1, 10, 'email'],
      [2, 40, 'email'],
      [3, 20, 'email'],
      [1, 5, 'social'],
      [2, 6, 'social'],
      [3, 9, 'social'],
    ],
  );
  assert.equal(
    altOf({ type: 'line', x: 'week', y: 'revenue', series: 'channel' }, revenue),
    'Line chart of revenue by week: 3 points along week from 1 to 3, one line for each channel (email and social). email goes from 10 to 20, highest 40 at 2; social goes from 5 to 9, highest 9 at 3.',
  );
  const spend = result(
    ['spend', 'revenue'],
    [
      [100, 210],
      [200, 390],
      [300, 640],
      [400, 800],
    ],
  );
  assert.equal(
    altOf({ type: 'scatter', x: 'spend', y: 'revenue' }, spend),
    'Scatter plot of revenue against spend: 4 points: spend from 100 to 400, revenue from 210 to 800. revenue strongly tends to rise as spend rises (correlation 1.00).',
  );
  // The alternative is computed: other rows, other words.
  assert.notEqual(altOf(bar, visits), altOf(bar, result(['channel', 'visits'], [['email', 5]])));
});

test('console.table rows become a result a chart reads', () => {
  assert.deepEqual(
    tableOf([
      { week: 1, revenue: 10 },
      { week: 2, revenue: null, note: 'x' },
    ]),
    {
      columns: ['week', 'revenue', 'note'],
      rows: [
        [1, 10, null],
        [2, null, 'x'],
      ],
    },
  );
  assert.deepEqual(tableOf([3, 'a']), { columns: ['value'], rows: [[3], ['a']] });
  assert.equal(tableOf('rows'), null);
  assert.equal(tableOf([]), null);
  assert.equal(tableOf([[1, 2]]), null);
});
