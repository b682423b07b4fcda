import type { Database } from '../db/database.ts';
import { STALLED_AFTER_DAYS } from '../domain/who-knows.ts';
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
  /** The request's clock: "stalled" and recency are measured against it. */
  now: Date;
  /** Whether the demo sign-in picker may list the demo tokens. */
  demoAccounts: boolean;
}

/** Open referrals last updated before this instant are stalled (DESIGN.md §4). */
export function staleBefore(context: Context): Date {
  return new Date(context.now.getTime() - STALLED_AFTER_DAYS * 24 * 60 * 60 * 1000);
}

/** Organisers see everything about their group; members see what is theirs. */
export function organises(context: Context, groupId: string | null | undefined): boolean {
  return Boolean(groupId && context.caller?.organiserOf.includes(groupId));
}

export function isCaller(context: Context, memberId: string | null | undefined): boolean {
  return Boolean(memberId && context.caller?.memberId === memberId);
}
