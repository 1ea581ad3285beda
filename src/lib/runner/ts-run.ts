// Running learner JavaScript (types already stripped) in a Worker with no DOM and no network.
// The code runs as the worker's own script (a Blob URL), not through eval, so the page's CSP needs no
// 'unsafe-eval' (only worker-src blob:, see astro.config.mjs). Error line numbers are shifted back by the
// prelude's lines, so they name the learner's line.
import { CONSOLE_LIMIT } from './runnable.ts';
import type { ResultSet } from './sql-run.ts';

export type ConsoleLine = { level: 'log' | 'warn' | 'error'; text: string };

/** Messages the sandbox posts to the page; 'table' carries what console.table was given, as rows a chart can draw. */
export type SandboxMessage =
  | { type: 'console'; line: ConsoleLine }
  | { type: 'table'; result: ResultSet | null }
  | { type: 'error'; text: string; line: number | null; stack?: number[] }
  | { type: 'done' };

/**
 * What console.table(rows) was given, as a result set: an array of objects (columns in the order keys
 * first appear) or of plain values (one column, "value"); anything else is null. Numbers stay numbers,
 * null and undefined become NULL, other values text. Self-contained: copied into the sandbox like formatArgs.
 */
export function tableOf(data: unknown): ResultSet | null {
  if (!Array.isArray(data) || data.length === 0) return null;
  const cell = (v: unknown): string | number | null =>
    v === null || v === undefined
      ? null
      : typeof v === 'number'
        ? Number.isFinite(v)
          ? v
          : String(v)
        : typeof v === 'string'
          ? v
          : String(v);
  const objects = data.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r));
  if (!objects)
    return data.some((r) => r !== null && typeof r === 'object') ? null : { columns: ['value'], rows: data.map((v) => [cell(v)]) };
  const columns: string[] = [];
  for (const r of data) for (const k of Object.keys(r as object)) if (!columns.includes(k)) columns.push(k);
  return { columns, rows: data.map((r) => columns.map((k) => cell((r as Record<string, unknown>)[k]))) };
}

/**
 * console.log's arguments as text, the way Node prints them (util.inspect's defaults, simplified: no
 * colours, no column grouping of long arrays), so output matches the lessons' printed examples.
 * Self-contained on purpose: its source is copied into the sandbox (see SANDBOX_PRELUDE).
 */
export function formatArgs(args: unknown[]): string {
  const quote = (s: string) =>
    s.includes("'") && !s.includes('"') ? `"${s}"` : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : quote(k));
  // Returns the text and how many levels of objects it nests.
  const fmt = (v: unknown, indent: number, seen: object[]): [string, number] => {
    if (typeof v === 'string') return [quote(v), 0];
    if (typeof v === 'number') return [Object.is(v, -0) ? '-0' : String(v), 0];
    if (typeof v === 'bigint') return [`${v}n`, 0];
    if (typeof v === 'function') return [`[Function: ${v.name || '(anonymous)'}]`, 0];
    if (v === null || typeof v !== 'object') return [String(v), 0];
    if (seen.includes(v)) return ['[Circular *1]', 0];
    if (v instanceof Error) return [`${v.name}: ${v.message}`, 0];
    if (seen.length > 2) return [Array.isArray(v) ? '[Array]' : '[Object]', 0];
    if (v instanceof Date) return [Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString(), 0];
    const inner = [...seen, v];
    let entries: [string, number][];
    let braces: [string, string];
    if (Array.isArray(v)) {
      entries = v.map((x) => fmt(x, indent + 2, inner));
      braces = ['[', ']'];
    } else if (v instanceof Map) {
      entries = [...v].map(([k, x]) => {
        const [a, da] = fmt(k, indent + 2, inner);
        const [b, db] = fmt(x, indent + 2, inner);
        return [`${a} => ${b}`, Math.max(da, db)];
      });
      braces = [`Map(${v.size}) {`, '}'];
    } else if (v instanceof Set) {
      entries = [...v].map((x) => fmt(x, indent + 2, inner));
      braces = [`Set(${v.size}) {`, '}'];
    } else {
      entries = Object.entries(v).map(([k, x]) => {
        const [text, depth] = fmt(x, indent + 2, inner);
        return [`${key(k)}: ${text}`, depth];
      });
      const name = Object.getPrototypeOf(v)?.constructor?.name;
      braces = [name && name !== 'Object' ? `${name} {` : '{', '}'];
    }
    if (entries.length === 0) return [braces[0].endsWith('{') && braces[0] !== '{' ? `${braces[0]}}` : `${braces[0]}${braces[1]}`, 1];
    const depth = 1 + Math.max(...entries.map((e) => e[1]));
    const texts = entries.map((e) => e[0]);
    const start = texts.length + indent + braces[0].length + 10;
    const total = texts.length + start + texts.reduce((n, t) => n + t.length, 0);
    if (depth <= 3 && total <= 80 && !texts.some((t) => t.includes('\n'))) return [`${braces[0]} ${texts.join(', ')} ${braces[1]}`, depth];
    const pad = `\n${' '.repeat(indent)}`;
    return [`${braces[0]}${pad}  ${texts.join(`,${pad}  `)}${pad}${braces[1]}`, depth];
  };
  return args.map((a) => (typeof a === 'string' ? a : fmt(a, 0, [])[0])).join(' ');
}

/**
 * One line of JavaScript that replaces console with one that posts to the page, removes network access
 * (fetch, XHR, WebSocket, EventSource, importScripts), and reports uncaught errors with their line.
 */
export const SANDBOX_PRELUDE = [
  '(() => {',
  'let n = 0; const post = (m) => postMessage(m);',
  `const formatArgs = ${formatArgs.toString()};`,
  `const out = (level) => (...args) => { if (++n > ${CONSOLE_LIMIT}) return; post({ type: 'console', line: { level, text: formatArgs(args) } }); };`,
  `const tableOf = ${tableOf.toString()};`,
  `self.console = { log: out('log'), info: out('log'), debug: out('log'), warn: out('warn'), error: out('error'), table: (...args) => { out('log')(...args); post({ type: 'table', result: tableOf(args[0]) }); } };`,
  `const blocked = () => { throw new Error('Lesson code runs without network access'); };`,
  `for (const k of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts']) Object.defineProperty(self, k, { value: blocked });`,
  `const linesOf = (err) => [...String((err && err.stack) || '').matchAll(/blob:[^\\s)]*:(\\d+):\\d+/g)].map((m) => Number(m[1]));`,
  `self.addEventListener('error', (e) => { e.preventDefault(); post({ type: 'error', text: e.message.replace(/^Uncaught /, '').replace(/^Error: /, ''), line: e.lineno || null, stack: linesOf(e.error) }); post({ type: 'done' }); });`,
  `self.addEventListener('unhandledrejection', (e) => { e.preventDefault(); post({ type: 'error', text: formatArgs([e.reason]).replace(/^Error: /, ''), line: null, stack: linesOf(e.reason) }); post({ type: 'done' }); });`,
  `setTimeout(() => post({ type: 'done' }), 0);`,
  '})();',
].join(' ');

/** Lines the prelude takes (its formatter's source may span several): error lines are shifted by this. */
export const PRELUDE_LINES = SANDBOX_PRELUDE.split('\n').length;

/** The whole worker script: the prelude, then the learner's code. */
export const sandboxScript = (js: string) => `${SANDBOX_PRELUDE}\n${js}\n`;

/** The learner's line for an error: the first of its script lines past the prelude (null when none is). */
export function learnerLine(line: number | null, stack: number[] = []): number | null {
  const found = [line, ...stack].find((l) => l && l > PRELUDE_LINES);
  return found ? found - PRELUDE_LINES : null;
}
