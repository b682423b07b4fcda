// The only module that talks to neo4j-driver directly. Everything returned from here is plain JS:
// driver Integers, temporal values and lists are converted once, at this boundary.
import neo4j, {
  type Driver,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
  type ManagedTransaction,
  Neo4jError,
} from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Converts a value read from Neo4j into plain JSON-friendly JS. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (isDateTime(value) || isLocalDateTime(value) || isDate(value) || isTime(value) || isLocalTime(value)) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    // Nodes and relationships are never returned by our Cypher (we alias plain columns), but
    // maps are: convert them key by key.
    const out: Row = {};
    for (const [key, inner] of Object.entries(value as Row)) out[key] = toNative(inner);
    return out;
  }
  return value;
}

/** A Cypher integer parameter: a plain JS number would be sent as a float (LIMIT 10.0 fails). */
export const int = (value: number) => neo4j.int(Math.trunc(value));

/** A statement inside an explicit transaction: for writes that must land together or not at all. */
export interface Tx {
  run<T = Row>(cypher: string, params?: Params): Promise<T[]>;
}

function rowsOf<T>(records: { toObject(): Row }[]): T[] {
  return records.map((record) => toNative(record.toObject()) as T);
}

export class Database {
  /** Cypher round trips so far: tests read it to prove that a request's count is bounded. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly uri: string,
  ) {}

  /** One read statement in a read-routed managed transaction (spread over a cluster's readers). */
  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.roundTrips++;
    const result = await this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: neo4j.routing.READ,
    });
    return rowsOf<T>(result.records);
  }

  /** One write statement in its own managed transaction (retried on transient errors). */
  async write<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    this.roundTrips++;
    const result = await this.driver.executeQuery(cypher, params, {
      database: this.database,
      routing: neo4j.routing.WRITE,
    });
    return rowsOf<T>(result.records);
  }

  /** Several write statements in one transaction: all of them commit, or none does. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite((managed: ManagedTransaction) =>
        work({
          run: async <R>(cypher: string, params: Params = {}) => {
            this.roundTrips++;
            const result = await managed.run(cypher, params);
            return rowsOf<R>(result.records);
          },
        }),
      );
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers; rejects with a one-line reason when it does not. */
  async ping(): Promise<void> {
    await this.driver.verifyConnectivity({ database: this.database });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}

export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  database: string;
}

export function createDatabase({ uri, user, password, database }: Neo4jConnection): Database {
  const auth = user && password ? neo4j.auth.basic(user, password) : undefined;
  const driver = neo4j.driver(uri, auth, {
    // Fail fast instead of hanging a request when the database is away.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 5_000,
    userAgent: 'power-groups',
  });
  return new Database(driver, database, uri);
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);

/** True when an error (or the error it wraps, as GraphQL does) says Neo4j could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error;
    current instanceof Error;
    current = (current as { originalError?: unknown }).originalError
  ) {
    if (current instanceof Neo4jError && UNAVAILABLE_CODES.has(current.code)) return true;
  }
  return false;
}

/** A short, stack-free description of why Neo4j could not be reached: one log line. */
export function describeConnectionError(error: unknown, uri: string): string {
  const message = error instanceof Error ? error.message : String(error);
  // The driver's messages run to a paragraph; the first sentence says what happened.
  const reason = message.split(/\.\s|\n/)[0];
  return `Neo4j is not reachable at ${uri} (${reason}) — start the bundled one with \`pnpm db\`, or fix NEO4J_URI`;
}
