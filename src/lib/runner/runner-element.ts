// The runner, loaded on demand (the first Run, Edit or editor focus; see src/components/Runnables.astro):
// turns a server-rendered runnable block into an editor with Run / Reset / Stop and an output area, and
// runs SQL (sql.js in a worker) or TypeScript (Sucrase in a worker, then a sandbox worker) with a time limit.
// Code exercises in quizzes use the same engines through CvRunner.evaluate().
import sqlWorkerUrl from './sql-worker.ts?worker&url';
import tsWorkerUrl from './ts-worker.ts?worker&url';
import type { SqlRequest, SqlResponse } from './sql-worker.ts';
import type { TsRequest } from './ts-worker.ts';
import type { Transpiled } from './ts-transpile.ts';
import type { ResultSet } from './sql-run.ts';
import { learnerLine, sandboxScript, type ConsoleLine, type SandboxMessage } from './ts-run.ts';
import { RUNNABLE_LANGS, ROW_LIMIT, TIME_LIMIT_MS, langLabel } from './runnable.ts';
import { describe, plural, type RunOutcome } from './run-outcome.ts';
import { runControl } from './time-limit.ts';
import chartUrl from './chart-element.ts?worker&url';
import type { CvChart } from './chart-element.ts';
import { CHART_ROW_LIMIT, CHART_KINDS, type ChartSpec } from './chart.ts';

export type { RunOutcome } from './run-outcome.ts';

interface Run {
  done: Promise<RunOutcome>;
  stop(reason: 'time' | 'user'): void;
}

class SqlEngine {
  #worker: Worker | null = null;
  #ready: Promise<void> | null = null;
  #next = 0;
  #pending = new Map<number, (o: RunOutcome) => void>();

  #start() {
    const worker = new Worker(sqlWorkerUrl, { type: 'module', name: 'sql' });
    this.#worker = worker;
    this.#ready = new Promise((resolve, reject) => {
      worker.addEventListener('message', (e: MessageEvent<SqlResponse | { type: 'ready' } | { type: 'failed'; error: string }>) => {
        if ('type' in e.data) return e.data.type === 'ready' ? resolve() : reject(new Error(e.data.error));
        const r = e.data;
        this.#pending.get(r.id)?.(
          r.ok ? { kind: 'table', result: r.result, total: r.total, ms: r.ms } : { kind: 'error', message: r.error, line: null },
        );
        this.#pending.delete(r.id);
      });
      worker.addEventListener('error', () => reject(new Error('The SQL engine could not start. Reload the page and try again.')));
    });
  }

  /** Ends every run in progress: a query that never returns can only be stopped with its worker. */
  #kill(reason: 'time' | 'user') {
    this.#worker?.terminate();
    this.#worker = null;
    for (const resolve of this.#pending.values()) resolve({ kind: 'stopped', reason });
    this.#pending.clear();
  }

  run(code: string, limit: number | null): Run {
    const control = runControl<RunOutcome>(() => this.#kill('user'), TIME_LIMIT_MS);
    void (async () => {
      if (!this.#worker) this.#start();
      try {
        await this.#ready; // loading the engine and the dataset does not count against the time limit
      } catch (e) {
        this.#worker = null;
        return control.finish({ kind: 'error', message: (e as Error).message, line: null });
      }
      const id = ++this.#next;
      this.#pending.set(id, control.finish);
      control.arm();
      this.#worker?.postMessage({ id, code, limit } satisfies SqlRequest);
    })();
    return control;
  }
}

class TsEngine {
  #transpiler: Worker | null = null;
  #next = 0;

  #transpile(code: string, lang: string): Promise<Transpiled> {
    this.#transpiler ??= new Worker(tsWorkerUrl, { type: 'module', name: 'typescript' });
    const worker = this.#transpiler;
    const id = ++this.#next;
    return new Promise((resolve) => {
      const onMessage = (e: MessageEvent<Transpiled & { id: number }>) => {
        if (e.data.id !== id) return;
        worker.removeEventListener('message', onMessage);
        resolve(e.data);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', () => resolve({ ok: false, error: 'The TypeScript engine could not start.', line: null }), {
        once: true,
      });
      worker.postMessage({ id, code, lang } satisfies TsRequest);
    });
  }

  run(code: string, lang: string): Run {
    let sandbox: Worker | null = null;
    let url = '';
    const cleanUp = () => {
      sandbox?.terminate();
      if (url) URL.revokeObjectURL(url);
    };
    const control = runControl<RunOutcome>(cleanUp, TIME_LIMIT_MS);
    const finish = (o: RunOutcome) => {
      cleanUp();
      control.finish(o);
    };
    void (async () => {
      const t = await this.#transpile(code, lang);
      if (!t.ok) return finish({ kind: 'error', message: t.error, line: t.line });
      const lines: ConsoleLine[] = [];
      let table: ResultSet | null | undefined;
      const start = performance.now();
      url = URL.createObjectURL(new Blob([sandboxScript(t.js)], { type: 'text/javascript' }));
      sandbox = new Worker(url, { name: 'lesson code' });
      sandbox.addEventListener('message', (e: MessageEvent<SandboxMessage>) => {
        const m = e.data;
        if (m.type === 'console') lines.push(m.line);
        else if (m.type === 'table') table = m.result;
        else if (m.type === 'error') finish({ kind: 'error', message: m.text, line: learnerLine(m.line, m.stack), lines });
        else finish({ kind: 'console', lines, ms: performance.now() - start, table });
      });
      sandbox.addEventListener('error', (e) => {
        e.preventDefault();
        finish({ kind: 'error', message: e.message || 'The code could not run.', line: learnerLine(e.lineno), lines });
      });
      control.arm();
    })();
    return control;
  }
}

let sql: SqlEngine | undefined;
let ts: TsEngine | undefined;

/** Runs code in the block's language. limit: rows to keep of a result table (null for all). */
export function runCode(lang: string, code: string, limit: number | null = ROW_LIMIT): Run {
  if (RUNNABLE_LANGS[lang] === 'sql') return (sql ??= new SqlEngine()).run(code, limit);
  return (ts ??= new TsEngine()).run(code, lang);
}

// ---- rendering ----

const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

/** A result set as an accessible table (caption, column headers, a count of rows not shown). */
export function resultTable(result: ResultSet, total: number, caption = 'Result'): HTMLElement {
  const shown = result.rows.length;
  const table = h(
    'table',
    {},
    h('caption', {}, `${caption}: ${plural(total, 'row')}${shown < total ? `, the first ${shown} shown` : ''}`),
    h('thead', {}, h('tr', {}, ...result.columns.map((c) => h('th', { scope: 'col' }, c)))),
    h(
      'tbody',
      {},
      ...result.rows.map((row) =>
        h(
          'tr',
          {},
          ...row.map((v) =>
            v === null ? h('td', { className: 'null' }, 'NULL') : h('td', { className: typeof v === 'number' ? 'num' : '' }, String(v)),
          ),
        ),
      ),
    ),
  );
  const wrap = h('div', { className: 'run-table', tabIndex: 0 }, table);
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', `${caption} table`);
  const out = h('div', {}, wrap);
  if (shown < total) out.append(h('p', { className: 'run-more' }, `…and ${plural(total - shown, 'more row')}.`));
  return out;
}

export function consoleOutput(lines: ConsoleLine[]): HTMLElement {
  const pre = h('pre', { className: 'run-console', tabIndex: 0 });
  // It scrolls when long, so it takes focus for keyboard scrolling and has a name.
  pre.setAttribute('role', 'region');
  pre.setAttribute('aria-label', 'Console output');
  for (const l of lines)
    pre.append(h('span', { className: `console-${l.level}` }, (l.level === 'log' ? '' : `${l.level}: `) + l.text + '\n'));
  const wrap = h('div', { className: 'run-console-wrap' }, h('p', { className: 'run-console-label' }, 'Console output'), pre);
  return wrap;
}

// ---- charts ----

let chartModule: Promise<typeof CvChart> | undefined;
/** The chart code (Observable Plot), fetched on the first chart drawn on the page. */
const chartCode = () =>
  (chartModule ??= import(/* @vite-ignore */ chartUrl).then(() => customElements.whenDefined('cv-chart') as Promise<typeof CvChart>));

/**
 * A result shown as its declared chart, with the table one button away; or, when the result cannot be
 * charted, the reason and the table. Resolves to the words for the status line.
 */
async function chartedResult(out: HTMLElement, spec: ChartSpec, table: ResultSet | null, total: number, id: string): Promise<string> {
  const name = CHART_KINDS[spec.type].name.toLowerCase();
  const slot = h('p', { className: 'run-chart-loading' }, `Drawing the ${name}…`);
  const shown = table ? { columns: table.columns, rows: table.rows.slice(0, ROW_LIMIT) } : null;
  const data = shown ? resultTable(shown, total) : h('div');
  data.id = id;
  data.classList.add('run-data');
  out.append(slot, data);
  let drawn: ReturnType<typeof CvChart.draw>;
  try {
    const width = Math.max(280, Math.min(720, out.clientWidth || 640));
    drawn = (await chartCode()).draw(spec, table, total, width);
  } catch {
    drawn = { ok: false, reason: 'The chart could not be drawn: its code did not load. Reload the page and try again.' };
  }
  if (!drawn.ok) {
    slot.replaceWith(h('p', { className: 'run-chart-problem' }, drawn.reason));
    return ` It cannot be drawn as a ${name}; the note below says why.`;
  }
  // The table stays one button away, and the choice holds across runs.
  const open = out.closest<HTMLElement>('.runnable')?.dataset.tableOpen === 'true';
  data.hidden = !open;
  const toggle = h('button', { type: 'button', className: 'cv-action run-table-toggle' }, 'Data table');
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-controls', id);
  toggle.addEventListener('click', () => {
    const opening = data.hidden;
    data.hidden = !opening;
    toggle.setAttribute('aria-expanded', String(opening));
    const block = out.closest<HTMLElement>('.runnable');
    if (block) block.dataset.tableOpen = String(opening);
  });
  slot.replaceWith(drawn.figure, toggle);
  return ` Drawn as a ${name}.`;
}

// ---- the block controller ----

let blockCount = 0;

class RunnableBlock {
  readonly block: HTMLElement;
  readonly lang: string;
  readonly original: string;
  readonly editor: HTMLTextAreaElement;
  /** The chart the author declared on the fence (data-chart, written by src/lib/runner/runnable-shiki.ts), if any. */
  readonly chart: ChartSpec | null;
  readonly id: number;
  #run: Run | null = null;

  constructor(block: HTMLElement) {
    this.block = block;
    this.lang = block.dataset.lang ?? 'sql';
    this.id = ++blockCount;
    this.chart = block.dataset.chart ? (JSON.parse(block.dataset.chart) as ChartSpec) : null;
    const existing = block.querySelector<HTMLTextAreaElement>('textarea');
    this.original = existing?.defaultValue ?? block.querySelector('pre')?.textContent?.replace(/\n$/, '') ?? '';
    if (existing) this.editor = existing;
    else {
      const id = `run-editor-${this.id}`;
      this.editor = document.createElement('textarea');
      Object.assign(this.editor, { id, className: 'run-editor', value: this.original, spellcheck: false });
      this.editor.rows = Math.min(20, this.original.split('\n').length + 1);
      this.editor.setAttribute('autocapitalize', 'off');
      this.editor.setAttribute('autocomplete', 'off');
      const wrap = h(
        'p',
        { className: 'run-edit', hidden: true },
        h('label', { htmlFor: id }, `Edit the ${langLabel(this.lang)}`),
        this.editor,
      );
      block.querySelector('.run-bar')!.before(wrap);
    }
    block.querySelector('.run-bar')!.addEventListener('click', (e) => {
      const act = (e.target as Element).closest<HTMLButtonElement>('button[data-act]')?.dataset.act;
      if (act) this.act(act);
    });
    this.editor.setAttribute('aria-keyshortcuts', 'Control+Enter Meta+Enter');
    if (!block.querySelector('.run-keys'))
      this.editor.after(h('span', { className: 'run-keys' }, 'Ctrl+Enter (⌘+Enter on a Mac) runs it; Tab leaves the editor.'));
    this.editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    block.dataset.ready = 'true';
  }

  #button(act: string) {
    return this.block.querySelector<HTMLButtonElement>(`.run-bar button[data-act="${act}"]`);
  }

  get editing() {
    return !this.editor.closest<HTMLElement>('.run-edit')?.hidden;
  }

  act(act: string) {
    if (act === 'run') void this.run();
    if (act === 'edit') this.edit();
    if (act === 'reset') this.reset();
    if (act === 'stop') this.#run?.stop('user');
  }

  edit() {
    const wrap = this.editor.closest<HTMLElement>('.run-edit')!;
    wrap.hidden = false;
    const pre = this.block.querySelector<HTMLElement>(':scope > pre, :scope > .code-block, :scope > .snippet');
    if (pre) pre.hidden = true;
    this.#button('edit')!.hidden = true;
    this.#button('reset')!.hidden = false;
    this.editor.focus();
  }

  reset() {
    this.editor.value = this.original;
    if (!this.block.hasAttribute('data-exercise')) {
      this.editor.closest<HTMLElement>('.run-edit')!.hidden = true;
      const pre = this.block.querySelector<HTMLElement>(':scope > pre, :scope > .code-block, :scope > .snippet');
      if (pre) pre.hidden = false;
      this.#button('edit')!.hidden = false;
      this.#button('reset')!.hidden = true;
      this.#button('edit')!.focus();
    } else this.editor.focus();
    this.block.querySelector('.run-result')?.remove();
    this.#status('The code is back to the original.');
  }

  #status(text: string, error = false) {
    const status = this.block.querySelector<HTMLElement>('.run-status')!;
    status.textContent = text;
    status.classList.toggle('error', error);
  }

  async run(): Promise<RunOutcome> {
    this.#run?.stop('user');
    const code = this.editing ? this.editor.value : this.original;
    const runButton = this.#button('run')!;
    const stopButton = this.#button('stop')!;
    runButton.disabled = true;
    stopButton.hidden = false;
    this.#status('Running…');
    // A chart draws every row (up to its limit); the table still shows the first ROW_LIMIT.
    const run = runCode(this.lang, code, this.chart ? CHART_ROW_LIMIT : ROW_LIMIT);
    this.#run = run;
    const outcome = await run.done;
    if (this.#run !== run) return outcome;
    this.#run = null;
    runButton.disabled = false;
    // Keep focus on a control that still exists.
    if (document.activeElement === stopButton) runButton.focus();
    stopButton.hidden = true;
    this.show(outcome);
    return outcome;
  }

  show(outcome: RunOutcome, extra?: HTMLElement) {
    this.block.querySelector('.run-result')?.remove();
    const result = h('div', { className: 'run-result' });
    const chart = this.chart;
    const charted = chart && (outcome.kind === 'table' || outcome.kind === 'console');
    if (outcome.kind === 'table' && outcome.result && !charted) result.append(resultTable(outcome.result, outcome.total));
    if (outcome.kind === 'console' && outcome.lines.length) result.append(consoleOutput(outcome.lines));
    if (outcome.kind === 'error' && outcome.lines?.length) result.append(consoleOutput(outcome.lines));
    if (extra) result.append(extra);
    this.block.querySelector('.run-output')!.append(result);
    const status = describe(outcome);
    this.#status(status, outcome.kind === 'error' || outcome.kind === 'stopped');
    if (!charted) return;
    // SQL charts its result; TypeScript the last rows it gave console.table.
    const table = outcome.kind === 'table' ? outcome.result : (outcome.table ?? null);
    const total = outcome.kind === 'table' ? outcome.total : (table?.rows.length ?? 0);
    const missing =
      outcome.kind === 'console' && !table ? 'This code gives no rows to chart: pass an array of objects to console.table(rows).' : null;
    if (missing) {
      result.append(h('p', { className: 'run-chart-problem' }, missing));
      this.#status(`${status} It cannot be drawn as a ${CHART_KINDS[chart.type].name.toLowerCase()}; the note below says why.`);
      return;
    }
    void chartedResult(result, chart, table, total, `run-data-${this.id}`).then((words) => {
      if (result.isConnected) this.#status(status + words);
    });
  }
}

const controllers = new WeakMap<HTMLElement, RunnableBlock>();

/** Registered so the small start script can reach the runner once loaded: customElements.whenDefined('cv-runner'). */
export class CvRunner extends HTMLElement {
  /** Takes over a runnable block and performs the action that loaded the runner ("run", "edit", …). */
  static upgrade(block: HTMLElement, action?: string): RunnableBlock {
    let c = controllers.get(block);
    if (!c) {
      c = new RunnableBlock(block);
      controllers.set(block, c);
    }
    if (action) c.act(action);
    return c;
  }

  static runCode = runCode;
  static resultTable = resultTable;
}

if (!customElements.get('cv-runner')) customElements.define('cv-runner', CvRunner);

declare global {
  interface HTMLElementTagNameMap {
    'cv-runner': CvRunner;
  }
}
