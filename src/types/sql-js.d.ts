// The part of sql.js (1.16) that Converge uses; the package ships no types.
declare module 'sql.js' {
  type SqlValue = string | number | null | Uint8Array;
  export interface QueryExecResult {
    columns: string[];
    values: SqlValue[][];
  }
  export interface Statement {
    run(params?: (string | number | null)[]): void;
    free(): boolean;
  }
  export interface Database {
    exec(sql: string): QueryExecResult[];
    run(sql: string, params?: (string | number | null)[]): Database;
    prepare(sql: string): Statement;
    export(): Uint8Array;
    close(): void;
  }
  export interface SqlJsStatic {
    Database: new (data?: ArrayLike<number> | Uint8Array | null) => Database;
  }
  export default function initSqlJs(config?: { locateFile?: (file: string) => string }): Promise<SqlJsStatic>;
}
