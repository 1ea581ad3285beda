// Charts of a runnable block's result: the declaration an author writes on the fence
// (```sql run chart=bar x=channel y=visits), the rows a chart can draw, and the text alternative that
// says what the chart shows. Pure, so the build, the Node tests and the browser share one reading;
// drawing (Observable Plot, loaded on the first chart) is src/lib/runner/chart-element.ts.
import type { Cell, ResultSet } from './sql-run.ts';
import { plural } from './run-outcome.ts';

/** The chart types an author can declare, in the order the messages list them. */
export const CHART_TYPES = ['bar', 'line', 'stacked-bar', 'scatter'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** The options a fence can carry after `run`. */
export const CHART_OPTIONS = ['chart', 'x', 'y', 'series', 'title'] as const;
type ChartOption = (typeof CHART_OPTIONS)[number];

/** A chart declaration, as parsed from a fence. */
export interface ChartSpec {
  /** The kind of chart. */
  type: ChartType;
  /** The result column along the x axis (the bars' categories). */
  x: string;
  /** The result column of the values (numbers). */
  y: string;
  /** The column that splits the values into series (a line each, stacked parts, point shapes). */
  series?: string;
  /** A heading for the chart; without it, "<y> by <x>". */
  title?: string;
}

/** Rows a chart draws at most; a bigger result asks the learner to group or filter first. */
export const CHART_ROW_LIMIT = 2000;
/** Series a chart tells apart at most (colours and patterns that stay distinct). */
export const CHART_SERIES_LIMIT = 8;

/** One drawable point: x as the result has it, y a number, the series name when split. */
export interface ChartPoint {
  x: string | number;
  y: number;
  series: string | null;
}

/** What a chart draws: points in result order, whether x is numeric, the series in first-seen order. */
export interface ChartData {
  points: ChartPoint[];
  numericX: boolean;
  /** The distinct x values in the order the result lists them. */
  xs: (string | number)[];
  series: string[];
  /** Rows left out because y (or, for a scatter plot, x) was NULL. */
  skipped: number;
}

const list = (words: readonly string[], last = 'or') =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
const TYPE_LIST = list(CHART_TYPES);
const OPTION_LIST = list(CHART_OPTIONS);

const num = (n: number) => n.toLocaleString('en', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 });
const val = (v: string | number) => (typeof v === 'number' ? num(v) : v);

/** The title a chart shows: the author's, or "<y> by <x>". */
export const chartTitle = (spec: ChartSpec) =>
  spec.title ?? (spec.type === 'scatter' ? `${spec.y} against ${spec.x}` : `${spec.y} by ${spec.x}`);

interface ChartKind {
  /** Its name in a sentence ("Bar chart"). */
  name: string;
  /** Whether series= is refused, allowed or required. */
  series: 'none' | 'optional' | 'required';
  /** Whether x must hold numbers. */
  numericX: boolean;
  /** The text alternative's sentences after the name: what the data shows, computed from it. */
  describe(spec: ChartSpec, data: ChartData): string;
}

const byX = (data: ChartData) => {
  const totals = new Map<string | number, number>();
  for (const p of data.points) totals.set(p.x, (totals.get(p.x) ?? 0) + p.y);
  return [...totals].map(([x, y]) => ({ x, y }));
};
const extremes = <T extends { y: number }>(items: T[]) => {
  let hi = items[0]!;
  let lo = items[0]!;
  for (const i of items) {
    if (i.y > hi.y) hi = i;
    if (i.y < lo.y) lo = i;
  }
  return { hi, lo };
};
const range = (values: number[]) => `${num(Math.min(...values))} to ${num(Math.max(...values))}`;

/** Pearson's correlation of two equally long lists (NaN when either does not vary). */
export function correlation(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Per chart type: its rules and how it is put into words. Every layer reads this one table. */
export const CHART_KINDS: Record<ChartType, ChartKind> = {
  bar: {
    name: 'Bar chart',
    series: 'none',
    numericX: false,
    describe(spec, data) {
      const bars = byX(data);
      const { hi, lo } = extremes(bars);
      // A short chart is read out in full; a long one by its extremes.
      if (bars.length <= 8) return `${plural(bars.length, 'bar')}: ${bars.map((b) => `${val(b.x)} ${num(b.y)}`).join('; ')}.`;
      return `${plural(bars.length, 'bar')}. Highest: ${val(hi.x)} at ${num(hi.y)}; lowest: ${val(lo.x)} at ${num(lo.y)}.`;
    },
  },
  'stacked-bar': {
    name: 'Stacked bar chart',
    series: 'required',
    numericX: false,
    describe(spec, data) {
      const bars = byX(data);
      const { hi, lo } = extremes(bars);
      const parts = data.series.map((s) => ({ x: s, y: data.points.filter((p) => p.series === s).reduce((a, p) => a + p.y, 0) }));
      const all = parts.reduce((a, p) => a + p.y, 0);
      const biggest = extremes(parts).hi;
      const share = all ? ` (${Math.round((100 * biggest.y) / all)}% of all ${spec.y})` : '';
      return (
        `${plural(bars.length, 'bar')}, each split by ${spec.series} into ${list(data.series, 'and')}. ` +
        `Largest total: ${val(hi.x)} at ${num(hi.y)}; smallest: ${val(lo.x)} at ${num(lo.y)}. ` +
        `${biggest.x} is the largest part overall${share}.`
      );
    },
  },
  line: {
    name: 'Line chart',
    series: 'optional',
    numericX: false,
    describe(spec, data) {
      const first = data.xs[0]!;
      const last = data.xs.at(-1)!;
      const lines = (data.series.length ? data.series : [null]).slice(0, 5).map((s) => {
        const pts = data.points.filter((p) => p.series === s);
        const { hi } = extremes(pts);
        const name = s === null ? spec.y : `${s}`;
        return `${name} goes from ${num(pts[0]!.y)} to ${num(pts.at(-1)!.y)}, highest ${num(hi.y)} at ${val(hi.x)}`;
      });
      const more = data.series.length > 5 ? `; ${plural(data.series.length - 5, 'more line')}` : '';
      const split = data.series.length ? `, one line for each ${spec.series} (${list(data.series, 'and')})` : '';
      return `${plural(data.xs.length, 'point')} along ${spec.x} from ${val(first)} to ${val(last)}${split}. ${lines.join('; ')}${more}.`;
    },
  },
  scatter: {
    name: 'Scatter plot',
    series: 'optional',
    numericX: true,
    describe(spec, data) {
      const xs = data.points.map((p) => p.x as number);
      const ys = data.points.map((p) => p.y);
      const r = correlation(xs, ys);
      const strength = Math.abs(r) >= 0.7 ? 'strongly' : Math.abs(r) >= 0.4 ? 'moderately' : 'weakly';
      const trend =
        Number.isNaN(r) || Math.abs(r) < 0.1
          ? `No clear trend links ${spec.y} to ${spec.x}.`
          : `${spec.y} ${strength} tends to ${r > 0 ? 'rise' : 'fall'} as ${spec.x} rises (correlation ${r.toFixed(2)}).`;
      const split = data.series.length ? `, shaped by ${spec.series} (${list(data.series, 'and')})` : '';
      return `${plural(data.points.length, 'point')}${split}: ${spec.x} from ${range(xs)}, ${spec.y} from ${range(ys)}. ${trend}`;
    },
  },
};

// ---- the declaration on the fence ----

/** The options after `run`, parsed: the chart, or null when none is declared, and every problem found. */
export interface RunMeta {
  chart: ChartSpec | null;
  /** Author-facing problems, each a sentence without the file and line (the caller adds them). */
  problems: string[];
}

const isType = (s: string): s is ChartType => (CHART_TYPES as readonly string[]).includes(s);
const isOption = (s: string): s is ChartOption => (CHART_OPTIONS as readonly string[]).includes(s);

/** Reads the fence's info string after the language ("run chart=bar x=channel y=visits title=\"Visits\""). */
export function parseRunMeta(meta: string): RunMeta {
  const problems: string[] = [];
  const given: Partial<Record<ChartOption, string>> = {};
  // A word, or key=value, or key="value with spaces"; an unclosed quote runs to the end.
  for (const m of meta.matchAll(/([^\s=]+)(?:=("[^"]*"?|\S*))?|=\S*/g)) {
    const [token, key, raw] = m;
    if (!key) {
      problems.push(`"${token}" has no option name; write options as key=value, e.g. chart=bar`);
      continue;
    }
    if (raw === undefined) {
      if (key !== 'run') problems.push(`"${key}" is not key=value; write options as key=value, e.g. chart=bar`);
      continue;
    }
    if (!isOption(key)) {
      problems.push(`"${key}" is not a chart option; use ${OPTION_LIST}`);
      continue;
    }
    if (raw.startsWith('"') && (raw.length === 1 || !raw.endsWith('"'))) {
      problems.push(`${key}=${raw} has no closing quote`);
      continue;
    }
    const value = raw.startsWith('"') ? raw.slice(1, -1).trim() : raw;
    if (given[key] !== undefined) problems.push(`"${key}" is given twice`);
    else if (!value)
      problems.push(`${key}= has no value; write ${key}=${key === 'chart' ? '<type>' : key === 'title' ? '"<title>"' : '<column>'}`);
    else given[key] = value;
  }
  const { chart, x, y, series, title } = given;
  if (chart === undefined) {
    const stray = Object.keys(given);
    if (stray.length && !problems.length) problems.push(`${stray[0]}= needs chart=<type> too; use chart=${CHART_TYPES.join(', chart=')}`);
    return { chart: null, problems };
  }
  if (!isType(chart)) return { chart: null, problems: [...problems, `chart "${chart}" is not a chart type; use ${TYPE_LIST}`] };
  const kind = CHART_KINDS[chart];
  if (!x) problems.push(`chart=${chart} needs x=<column>`);
  if (!y) problems.push(`chart=${chart} needs y=<column>`);
  if (kind.series === 'required' && !series) problems.push(`chart=${chart} needs series=<column>`);
  if (kind.series === 'none' && series)
    problems.push(`chart=${chart} takes no series; use chart=stacked-bar to split the bars by ${series}`);
  if (problems.length || !x || !y) return { chart: null, problems };
  return { chart: { type: chart, x, y, ...(series ? { series } : {}), ...(title ? { title } : {}) }, problems };
}

// ---- the result, as chart data ----

const columnOf = (result: ResultSet, name: string, role: string) => {
  const i = result.columns.indexOf(name);
  if (i === -1) throw new Error(`the result has no column "${name}" for ${role} (its columns: ${result.columns.join(', ')})`);
  return i;
};
const sample = (v: Cell) => (typeof v === 'string' ? `"${v.length > 24 ? `${v.slice(0, 24)}…` : v}"` : String(v));
const numeric = (v: Cell) => typeof v === 'number' && Number.isFinite(v);

/**
 * The points of a result under a chart declaration, or why it cannot be drawn, in words a learner can
 * act on ("the result has no column "visits" for y (its columns: channel, n)").
 */
export function chartData(
  spec: ChartSpec,
  result: ResultSet | null,
  total = result?.rows.length ?? 0,
): { ok: true; data: ChartData } | { ok: false; reason: string } {
  try {
    if (!result || result.rows.length === 0) throw new Error('there are no rows to draw');
    if (total > CHART_ROW_LIMIT)
      throw new Error(`${plural(total, 'row')} are more than a chart can show (${num(CHART_ROW_LIMIT)}); group or filter them first`);
    const kind = CHART_KINDS[spec.type];
    const xi = columnOf(result, spec.x, 'x');
    const yi = columnOf(result, spec.y, 'y');
    const si = spec.series === undefined ? -1 : columnOf(result, spec.series, 'series');
    for (const [i, axis, needs] of [
      [yi, 'y', true],
      [xi, 'x', kind.numericX],
    ] as const) {
      if (!needs) continue;
      const bad = result.rows.find((r) => r[i] !== null && !numeric(r[i]!));
      if (bad) throw new Error(`column "${result.columns[i]}" holds ${sample(bad[i]!)}, but ${axis} needs numbers`);
    }
    const points: ChartPoint[] = [];
    let skipped = 0;
    for (const row of result.rows) {
      const x = row[xi]!;
      const y = row[yi]!;
      if (x === null || y === null) {
        skipped++;
        continue;
      }
      points.push({ x, y: y as number, series: si === -1 ? null : String(row[si] ?? 'NULL') });
    }
    if (points.length === 0) throw new Error(`every row has NULL in ${spec.x} or ${spec.y}`);
    const series = si === -1 ? [] : [...new Set(points.map((p) => p.series!))];
    if (series.length > CHART_SERIES_LIMIT)
      throw new Error(`${spec.series} has ${series.length} values, more than a chart can tell apart (${CHART_SERIES_LIMIT})`);
    const numericX = points.every((p) => typeof p.x === 'number');
    // A numeric x reads in order along its axis; a line follows it.
    if (numericX && spec.type === 'line') points.sort((a, b) => (a.x as number) - (b.x as number));
    const xs = [...new Set(points.map((p) => p.x))];
    return { ok: true, data: { points, numericX, xs, series, skipped } };
  } catch (e) {
    return { ok: false, reason: `This result cannot be drawn as a ${CHART_KINDS[spec.type].name.toLowerCase()}: ${(e as Error).message}.` };
  }
}

/** The chart's text alternative: what kind of chart, of what, and what the data shows, computed from the data. */
export function chartAlt(spec: ChartSpec, data: ChartData): string {
  const kind = CHART_KINDS[spec.type];
  const left = data.skipped ? ` ${plural(data.skipped, 'row')} with no value ${data.skipped === 1 ? 'is' : 'are'} left out.` : '';
  return `${kind.name} of ${chartTitle(spec)}: ${kind.describe(spec, data)}${left}`;
}
