// Comparing a learner's result with the reference solution's, for code exercises.
//
// The rule, as the exercises promise it:
// - column names do not matter (COUNT(*) and COUNT(*) AS signups are both fine), but the number of
//   columns and their order do;
// - row order does not matter unless the exercise says `ordered: true`;
// - numbers are equal when they agree to 6 decimal places, so 12 and 12.0 and a rounding difference far
//   past the point all match; text must match exactly (case and spaces count); NULL only equals NULL.
import type { Cell, ResultSet } from './sql-run.ts';

export interface Comparison {
  same: boolean;
  /** Why not, in words a learner can act on; empty when the same. */
  reason: string;
}

const key = (v: Cell) => (v === null ? 'null' : typeof v === 'number' ? `n:${Number(v.toFixed(6))}` : `s:${v}`);
const rowKey = (row: Cell[]) => JSON.stringify(row.map(key));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function compareResults(expected: ResultSet | null, actual: ResultSet | null, ordered = false): Comparison {
  if (!actual) return { same: false, reason: 'Your code returned no rows at all: end with a SELECT.' };
  if (!expected) return { same: false, reason: 'The exercise has no expected rows.' };
  if (actual.columns.length !== expected.columns.length)
    return {
      same: false,
      reason: `Your query returns ${plural(actual.columns.length, 'column')}; the answer has ${plural(expected.columns.length, 'column')}.`,
    };
  if (actual.rows.length !== expected.rows.length)
    return {
      same: false,
      reason: `Your query returns ${plural(actual.rows.length, 'row')}; the answer has ${plural(expected.rows.length, 'row')}.`,
    };
  const a = actual.rows.map(rowKey);
  const e = expected.rows.map(rowKey);
  if (ordered) {
    const i = a.findIndex((k, n) => k !== e[n]);
    if (i === -1) return { same: true, reason: '' };
    const sameSet = [...a].sort().join('\n') === [...e].sort().join('\n');
    return {
      same: false,
      reason: sameSet ? 'The rows are right but in another order: check ORDER BY.' : `Row ${i + 1} differs from the answer's row ${i + 1}.`,
    };
  }
  const counts = new Map<string, number>();
  for (const k of e) counts.set(k, (counts.get(k) ?? 0) + 1);
  let wrong = 0;
  for (const k of a) {
    const n = counts.get(k) ?? 0;
    if (n > 0) counts.set(k, n - 1);
    else wrong++;
  }
  return wrong === 0
    ? { same: true, reason: '' }
    : { same: false, reason: `${plural(wrong, 'row')} of yours ${wrong === 1 ? 'is' : 'are'} not in the answer: check the values.` };
}
