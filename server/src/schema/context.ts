import type { Database } from '../db/database.ts';
import type { Logger } from '../logger.ts';

/** Who is asking: resolved from the bearer token, or null for an anonymous caller. */
export interface Caller {
  memberId: string;
  name: string;
  /** Ids of the groups this caller organises. */
  organiserOf: string[];
}

export interface Context {
  db: Database;
  log: Logger;
  caller: Caller | null;
}
