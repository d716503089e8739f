// The part of pg's API this server uses. @types/pg is not installed in the workspace (adding it means
// changing the shared lockfile), so the used surface is declared here.
declare module 'pg' {
  type Parameter = string | number | boolean | null | string[];
  interface QueryResult<Row> {
    rows: Row[];
    rowCount: number | null;
  }
  interface Queryable {
    query<Row = unknown>(text: string, values?: Parameter[]): Promise<QueryResult<Row>>;
  }
  interface PoolClient extends Queryable {
    /** Passing an error destroys the connection instead of returning it to the pool. */
    release(destroy?: Error | boolean): void;
  }
  interface PoolConfig {
    connectionString?: string;
    max?: number;
    connectionTimeoutMillis?: number;
    idleTimeoutMillis?: number;
  }
  class Pool implements Queryable {
    constructor(config?: PoolConfig);
    query<Row = unknown>(text: string, values?: Parameter[]): Promise<QueryResult<Row>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  const pg: { Pool: typeof Pool };
  // Type-only: pg is CommonJS and its named exports are not visible to ESM, so use the default.
  export type { Parameter, Pool, PoolClient, PoolConfig, QueryResult, Queryable };
  export default pg;
}
