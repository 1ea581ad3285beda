// How a run ended, and the status line a learner reads for it. Pure, so Node tests it; src/lib/runner/runner-element.ts shows it.
import type { ResultSet } from './sql-run.ts';
import type { ConsoleLine } from './ts-run.ts';
import { TIME_LIMIT_MS } from './runnable.ts';

export type RunOutcome =
  | { kind: 'table'; result: ResultSet | null; total: number; ms: number }
  | {
      kind: 'console';
      lines: ConsoleLine[];
      ms: number;
      /** The last rows given to console.table, for a chart. */ table?: ResultSet | null;
    }
  | { kind: 'error'; message: string; line: number | null; lines?: ConsoleLine[] }
  | { kind: 'stopped'; reason: 'time' | 'user' };

export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

const seconds = TIME_LIMIT_MS / 1000;

/** The status line for an outcome, in plain words. */
export function describe(o: RunOutcome): string {
  switch (o.kind) {
    case 'table':
      return o.result ? `Done: ${plural(o.total, 'row')}.` : 'Done. The statements ran; none returned rows.';
    case 'console':
      return o.lines.length
        ? `Done: ${plural(o.lines.length, 'line')} of output.`
        : 'Done. The code printed nothing; use console.log to see values.';
    case 'error':
      return `Error${o.line ? ` on line ${o.line}` : ''}: ${o.message}`;
    case 'stopped':
      return o.reason === 'time'
        ? `Stopped after ${seconds} seconds: the code was still running. A loop or a recursive query that never ends is stopped so the page stays usable.`
        : 'Stopped.';
  }
}
