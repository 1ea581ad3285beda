// The engines the browser uses, run in Node for tests: sql.js on the generated dataset, Sucrase + vm for TypeScript.
import { createRequire } from 'node:module';
import vm from 'node:vm';
import type { SqlJsStatic } from 'sql.js';
import { buildDatabase, generateDataset } from '../../scripts/dataset/dataset.ts';
import { transpile } from '../../src/lib/runner/ts-transpile.ts';
import { formatArgs, tableOf } from '../../src/lib/runner/ts-run.ts';
import type { ResultSet } from '../../src/lib/runner/sql-run.ts';
import { TIME_LIMIT_MS } from '../../src/lib/runner/runnable.ts';

const require = createRequire(import.meta.url);
let sqlJs: Promise<SqlJsStatic> | undefined;
export const loadSqlJs = () => (sqlJs ??= (require('sql.js') as (o?: object) => Promise<SqlJsStatic>)());

let bytes: Uint8Array | undefined;
/** A fresh database with the default dataset (the bytes the site ships), as the browser worker opens it for each run. */
export async function sqlDatabase() {
  const SQL = await loadSqlJs();
  bytes ??= buildDatabase(SQL, generateDataset());
  return new SQL.Database(bytes);
}

/** Runs TypeScript or JavaScript as a runnable block does: types stripped, console captured (with the last console.table rows, for charts), a time limit. */
export function runTs(code: string, lang: string): { ok: true; output: string[]; table: ResultSet | null } | { ok: false; error: string } {
  const t = transpile(code, lang);
  if (!t.ok) return { ok: false, error: `line ${t.line}: ${t.error}` };
  const output: string[] = [];
  const log = (...args: unknown[]) => output.push(formatArgs(args));
  let table: ResultSet | null = null;
  const logTable = (...args: unknown[]) => {
    log(...args);
    table = tableOf(args[0]);
  };
  try {
    // The globals a worker has that a bare VM context lacks and lessons use.
    const globals = { URL, URLSearchParams, TextEncoder, TextDecoder, structuredClone };
    // A vm context looks up built-ins such as Math through the sandbox on every access, which made
    // simulation lessons 20 times slower than in a browser worker and trip the time limit; binding
    // Math once (on the first line, so error line numbers stay right) restores worker speed.
    const fast = 'const Math = globalThis.Math; ';
    vm.runInNewContext(
      fast + t.js,
      { ...globals, console: { log, info: log, warn: log, error: log, table: logTable } },
      { timeout: TIME_LIMIT_MS },
    );
    return { ok: true, output, table };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
