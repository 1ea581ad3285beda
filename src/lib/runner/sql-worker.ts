// The SQL worker: SQLite (sql.js, WebAssembly) with the sample dataset, off the page's main thread so
// that a query that never ends can be stopped by terminating the worker. Each run starts from a fresh
// copy of the dataset, so a learner's DELETE or DROP never changes what the next run sees.
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { DATABASE_FILE } from '../dataset-schema.ts';
import { runSql, type SqlOutcome } from './sql-run.ts';

export interface SqlRequest {
  id: number;
  code: string;
  /** Rows to return; null for all (exercise checks). */
  limit: number | null;
}
export type SqlResponse = SqlOutcome & { id: number };

const ready = (async () => {
  const [SQL, bytes] = await Promise.all([
    initSqlJs({ locateFile: () => wasmUrl }),
    fetch(`${import.meta.env.BASE_URL}data/${DATABASE_FILE}.gz`).then(async (r) => {
      if (!r.ok) throw new Error(`The sample dataset did not load (HTTP ${r.status}).`);
      const raw = new Uint8Array(await r.arrayBuffer());
      // A server that sends .gz with Content-Encoding: gzip has unzipped it already.
      if (raw[0] !== 0x1f || raw[1] !== 0x8b) return raw.buffer;
      return new Response(new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    }),
  ]);
  return { SQL, bytes: new Uint8Array(bytes) };
})();

self.addEventListener('message', async (event: MessageEvent<SqlRequest>) => {
  const { id, code, limit } = event.data;
  try {
    const { SQL, bytes } = await ready;
    const db = new SQL.Database(bytes);
    const outcome = runSql(db, code, limit);
    db.close();
    self.postMessage({ id, ...outcome } satisfies SqlResponse);
  } catch (e) {
    self.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e), ms: 0 } satisfies SqlResponse);
  }
});

// Tell the page when the engine and dataset are in, so the time limit counts only the query.
ready.then(
  () => self.postMessage({ type: 'ready' }),
  (e: unknown) => self.postMessage({ type: 'failed', error: e instanceof Error ? e.message : String(e) }),
);
