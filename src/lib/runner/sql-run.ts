// Runs learner SQL on a sql.js database and shapes the result for display and comparison. Used by the
// browser's SQL worker (src/lib/runner/sql-worker.ts) and by the Node tests, so both run the same engine the same way.

export type Cell = string | number | null;

/** The rows of the last statement that returned any (column names as the query named them). */
export interface ResultSet {
  columns: string[];
  rows: Cell[][];
}

export type SqlOutcome = { ok: true; result: ResultSet | null; total: number; ms: number } | { ok: false; error: string; ms: number };

/** The part of a sql.js Database this needs. */
export interface SqlDatabase {
  exec(sql: string): { columns: string[]; values: (Cell | Uint8Array)[][] }[];
}

const cell = (v: Cell | Uint8Array): Cell => (v instanceof Uint8Array ? `(${v.length} bytes)` : v);

/**
 * Runs every statement in `code` and returns the last result set, cut to `limit` rows (null for all),
 * with the total row count. SQLite's error message is returned as it is, which names the problem plainly
 * ("no such column: chanel").
 */
export function runSql(db: SqlDatabase, code: string, limit: number | null, now: () => number = () => performance.now()): SqlOutcome {
  const start = now();
  try {
    const sets = db.exec(code);
    const last = sets.at(-1);
    if (!last) return { ok: true, result: null, total: 0, ms: now() - start };
    const rows = limit === null ? last.values : last.values.slice(0, limit);
    return {
      ok: true,
      result: { columns: last.columns, rows: rows.map((r) => r.map(cell)) },
      total: last.values.length,
      ms: now() - start,
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), ms: now() - start };
  }
}
