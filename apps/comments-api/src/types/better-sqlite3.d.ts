// The part of better-sqlite3's API this server uses. @types/better-sqlite3 is not installed in the
// workspace (adding it means changing the shared lockfile), so the used surface is declared here.
declare module 'better-sqlite3' {
  namespace Database {
    type Parameter = string | number | bigint | Buffer | null;
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement<Row> {
      run(...parameters: Parameter[]): RunResult;
      get(...parameters: Parameter[]): Row | undefined;
      all(...parameters: Parameter[]): Row[];
    }
    interface Options {
      /** Milliseconds to wait for another connection's lock (SQLite's busy timeout). */
      timeout?: number;
    }
  }
  class Database {
    constructor(filename: string, options?: Database.Options);
    readonly inTransaction: boolean;
    readonly open: boolean;
    prepare<Row = unknown>(sql: string): Database.Statement<Row>;
    exec(sql: string): this;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    close(): this;
  }
  export = Database;
}
