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

/**
 * Converts a value read from Neo4j into plain JSON-friendly JS. Most values are strings and
 * numbers: they are returned before any of the driver's type tests, which look up a marker
 * property and, on a primitive, cost more than the rest of the conversion (0.4 ms of a
 * chapter's power-group report).
 */
export function toNative(value: unknown): unknown {
  if (typeof value !== 'object') return value ?? null;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(toNative);
  if (Object.getPrototypeOf(value) === Object.prototype) {
    // Nodes and relationships are never returned by our Cypher (we alias plain columns), but
    // maps are: convert them key by key.
    const out: Row = {};
    for (const key in value) out[key] = toNative((value as Row)[key]);
    return out;
  }
  if (isInt(value)) {
    // Past 2^53 a number would lose digits: the exact decimal text instead. (inSafeRange allocates
    // an Integer per comparison; toNumber does not.)
    const number = value.toNumber();
    return Number.isSafeInteger(number) ? number : value.toString();
  }
  if (isDateTime(value) || isLocalDateTime(value) || isDate(value) || isTime(value) || isLocalTime(value)) {
    return value.toString();
  }
  if (isDuration(value)) return value.toString();
  return value;
}

/** A Cypher integer parameter: a plain JS number would be sent as a float (LIMIT 10.0 fails). */
export const int = (value: number) => neo4j.int(Math.trunc(value));

/** A statement inside an explicit transaction: for writes that must land together or not at all. */
export interface Tx {
  run<T = Row>(cypher: string, params?: Params): Promise<T[]>;
  /** Tells the change listeners of this change once (and only if) the transaction commits. */
  announce(change: CommittedChange): void;
}

/** A change that committed, as the live feed tells it (no fields: listeners read what they may see). */
export interface CommittedChange {
  /** the mutation (or command) that made it, e.g. recordReferral */
  action: string;
  /** the group it belongs to; null for the shared industry catalogue */
  groupId: string | null;
  /**
   * The explorer tab whose request made it (X-PowerGroups-Tab), if it said: that tab refetched after
   * its own write, and its live feed need not make it refetch again.
   */
  origin?: string;
}

/** What the request views of one database share: the round-trip count and the change listeners. */
interface Shared {
  roundTrips: number;
  changeListeners: ((change: CommittedChange) => void)[];
}

function rowsOf<T>(records: { toObject(): Row }[]): T[] {
  return records.map((record) => toNative(record.toObject()) as T);
}

/** What bounds the statements of one request: its deadline, and the caller going away. */
export interface RequestBounds {
  /** Aborted when the client disconnects: the running query is cancelled. */
  signal: AbortSignal;
  /**
   * When the request's database work must be done (epoch ms). Each statement's transaction gets
   * the time left as its Neo4j timeout, so Neo4j stops whatever outlives it; no timer per request.
   */
  deadline: number;
}

/** The Neo4j transaction timeout for the time left before `bounds.deadline`; throws once it has passed. */
function timeLeft(bounds: RequestBounds): { timeout: number } {
  bounds.signal.throwIfAborted();
  const left = Math.ceil(bounds.deadline - Date.now());
  // Never 0: Neo4j reads a timeout of 0 as "the server's default".
  if (left < 1) throw new DOMException('The request’s deadline has passed', 'TimeoutError');
  return { timeout: left };
}

export class Database {
  readonly #shared: Shared;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly uri: string,
    private readonly bounds?: RequestBounds,
    shared: Shared = { roundTrips: 0, changeListeners: [] },
    private readonly origin?: string,
  ) {
    this.#shared = shared;
  }

  /** Cypher round trips so far (shared with request views): tests read it to bound a request's count. */
  get roundTrips(): number {
    return this.#shared.roundTrips;
  }

  /**
   * The same database without the request's deadline: for work that must finish once begun (an
   * import's batches and, on failure, their undoing), bounded by its own limits instead.
   */
  withoutRequestBounds(): Database {
    return new Database(this.driver, this.database, this.uri, undefined, this.#shared, this.origin);
  }

  /**
   * The same database for one request: every statement obeys its deadline and cancellation, and
   * the changes it commits name the explorer tab that asked (`origin`), if any.
   */
  forRequest(bounds: RequestBounds, origin?: string): Database {
    return new Database(this.driver, this.database, this.uri, bounds, this.#shared, origin);
  }

  #queryConfig(routing: 'READ' | 'WRITE') {
    return {
      database: this.database,
      routing,
      signal: this.bounds?.signal,
      transactionConfig: this.bounds ? timeLeft(this.bounds) : undefined,
    };
  }

  /** One read statement in a read-routed managed transaction (spread over a cluster's readers). */
  async read<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    const config = this.#queryConfig(neo4j.routing.READ);
    this.#shared.roundTrips++;
    const result = await this.driver.executeQuery(cypher, params, config);
    return rowsOf<T>(result.records);
  }

  /** One write statement in its own managed transaction (retried on transient errors). */
  async write<T = Row>(cypher: string, params: Params = {}): Promise<T[]> {
    const config = this.#queryConfig(neo4j.routing.WRITE);
    this.#shared.roundTrips++;
    const result = await this.driver.executeQuery(cypher, params, config);
    return rowsOf<T>(result.records);
  }

  /** Listens to every change committed through this database (and its request views), in this process. */
  onChangeCommitted(listener: (change: CommittedChange) => void): () => void {
    this.#shared.changeListeners.push(listener);
    return () => {
      this.#shared.changeListeners = this.#shared.changeListeners.filter((other) => other !== listener);
    };
  }

  /** Several write statements in one transaction: all of them commit, or none does. */
  async writeTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const transactionConfig = this.bounds ? timeLeft(this.bounds) : undefined;
    const session = this.#writeSession();
    // Closing the session rolls back an open transaction: that is how a cancelled request stops one.
    const cancel = () => void session.close();
    this.bounds?.signal.addEventListener('abort', cancel, { once: true });
    // The driver may run `work` again after a transient error: only the last attempt's count.
    let announced: CommittedChange[] = [];
    try {
      const result = await session.executeWrite((managed: ManagedTransaction) => {
        announced = [];
        return work({
          run: async <R>(cypher: string, params: Params = {}) => {
            this.#shared.roundTrips++;
            const result = await managed.run(cypher, params);
            return rowsOf<R>(result.records);
          },
          announce: (change) => void announced.push(change),
        });
      }, transactionConfig);
      for (const change of announced) {
        const told = this.origin ? { ...change, origin: this.origin } : change;
        for (const listener of this.#shared.changeListeners) listener(told);
      }
      return result;
    } finally {
      this.bounds?.signal.removeEventListener('abort', cancel);
      await session.close();
    }
  }

  /**
   * A session for explicit transactions. It shares executeQuery's bookmark manager, so on a
   * cluster every read (executeQuery, routed to a reader) sees the writes made before it, in
   * either kind of transaction.
   */
  #writeSession() {
    return this.driver.session({
      database: this.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
  }

  /** One statement in an implicit (auto-commit) transaction: the only kind `CALL { … } IN TRANSACTIONS` allows. */
  async autoCommit(cypher: string, params: Params = {}): Promise<void> {
    this.#shared.roundTrips++;
    const session = this.#writeSession();
    try {
      await session.run(cypher, params);
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
const TIMED_OUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
]);

/** The error and those it wraps (GraphQL wraps resolver errors as originalError). */
function* causes(error: unknown): Generator<unknown> {
  for (let current = error; current instanceof Error; ) {
    yield current;
    const inner = (current as { originalError?: unknown; cause?: unknown }).originalError ?? current.cause;
    if (inner === current) return;
    current = inner;
  }
}

/** True when an error (or the error it wraps) says Neo4j could not be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const cause of causes(error)) {
    if (cause instanceof Neo4jError && UNAVAILABLE_CODES.has(cause.code)) return true;
  }
  return false;
}

/** True when a statement was stopped by the request's deadline or cancellation (RequestBounds). */
export function isStoppedByDeadline(error: unknown): boolean {
  for (const cause of causes(error)) {
    if (cause instanceof Neo4jError && TIMED_OUT_CODES.has(cause.code)) return true;
    if (cause instanceof Error && (cause.name === 'AbortError' || cause.name === 'TimeoutError')) return true;
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
