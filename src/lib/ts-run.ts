// Running learner JavaScript (types already stripped) in a Worker with no DOM and no network.
// The code runs as the worker's own script (a Blob URL), not through eval, so the page's CSP needs no
// 'unsafe-eval' (only worker-src blob:, see astro.config.mjs). The prelude below sits on line 1, so an
// error's line number minus one is the learner's line.
import { CONSOLE_LIMIT } from './runnable.ts';

export type ConsoleLine = { level: 'log' | 'warn' | 'error'; text: string };

/** Messages the sandbox posts to the page. */
export type SandboxMessage =
  { type: 'console'; line: ConsoleLine } | { type: 'error'; text: string; line: number | null } | { type: 'done' };

/**
 * One line of JavaScript that replaces console with one that posts to the page, removes network access
 * (fetch, XHR, WebSocket, EventSource, importScripts), and reports uncaught errors with their line.
 */
export const SANDBOX_PRELUDE = [
  '(() => {',
  'let n = 0; const post = (m) => postMessage(m);',
  `const fmt = (v) => { if (typeof v === 'string') return v; if (v instanceof Error) return v.name + ': ' + v.message; if (typeof v === 'function') return '[function ' + (v.name || 'anonymous') + ']'; if (v === undefined || typeof v === 'bigint' || typeof v === 'symbol' || Number.isNaN(v)) return String(v); try { return JSON.stringify(v, (k, x) => x === undefined ? '[undefined]' : x instanceof Map ? Object.fromEntries(x) : x instanceof Set ? [...x] : x, 2) ?? String(v); } catch { return String(v); } };`,
  `const out = (level) => (...args) => { if (++n > ${CONSOLE_LIMIT}) return; post({ type: 'console', line: { level, text: args.map(fmt).join(' ') } }); };`,
  `self.console = { log: out('log'), info: out('log'), debug: out('log'), table: out('log'), warn: out('warn'), error: out('error') };`,
  `const blocked = () => { throw new Error('Lesson code runs without network access'); };`,
  `for (const k of ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'importScripts']) Object.defineProperty(self, k, { value: blocked });`,
  `const lineOf = (e) => { const m = /:(\\d+):\\d+\\)?\\s*$/m.exec(String(e && e.stack || '').split('\\n').find((l) => l.includes('blob:')) || ''); return m ? Number(m[1]) - 1 : null; };`,
  `self.addEventListener('error', (e) => { e.preventDefault(); post({ type: 'error', text: e.message.replace(/^Uncaught /, ''), line: e.lineno ? e.lineno - 1 : null }); post({ type: 'done' }); });`,
  `self.addEventListener('unhandledrejection', (e) => { e.preventDefault(); post({ type: 'error', text: fmt(e.reason), line: lineOf(e.reason) }); post({ type: 'done' }); });`,
  `setTimeout(() => post({ type: 'done' }), 0);`,
  '})();',
].join(' ');

/** The whole worker script: the prelude on line 1, the learner's code from line 2. */
export const sandboxScript = (js: string) => `${SANDBOX_PRELUDE}\n${js}\n`;
