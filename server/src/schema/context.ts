import { stalledBefore } from '@powergroups/rules';
import type { AuthSettings } from '../auth/accounts.ts';
import type { Database } from '../db/database.ts';
import type { GroupFeed } from '../live/group-feed.ts';
import type { Logger } from '../logger.ts';

/**
 * Who is asking: resolved from the session cookie or an access token (auth/identify.ts), or null
 * for an anonymous caller.
 */
export interface Caller {
  accountId: string;
  /** The member this account is (an instance admin may be no member). */
  memberId: string | null;
  name: string;
  /** Ids of the caller's groups, the organised ones included. */
  memberOf: string[];
  /** Ids of the groups this caller organises. */
  organiserOf: string[];
  /** The instance admin: alone edits the shared industry catalogue. */
  admin: boolean;
  /** A browser session, an access token (scripts), or a demo sign-in (sample data only). */
  via: 'session' | 'token' | 'demo';
  /** A read-scoped token may never write (the Mutation type's rule, schema/builder.ts). */
  scope: 'read' | 'write';
}

export interface Context {
  db: Database;
  log: Logger;
  caller: Caller | null;
  /** The request's clock: "stalled" and recency are measured against it. */
  now: Date;
  /** The demo sign-in works: the sample on the bundled Neo4j, served on loopback only. */
  demoMode: boolean;
  /** Where the request came from (sign-in is limited per address). */
  clientAddress: string;
  /** The session token this request came with, if it identified the caller (sign-out ends it). */
  sessionToken: string | null;
  auth: AuthSettings;
  /** Adds a Set-Cookie header to this request's response. */
  setCookie: (cookie: string) => void;
  /** The live feed of committed changes (the groupChanged subscription). */
  feed: GroupFeed;
  /** The explorer tab the request comes from (X-PowerGroups-Tab), if it said. */
  tab?: string | undefined;
}

/** Open referrals last updated at or before this instant are stalled (@powergroups/rules). */
export function staleBefore(context: Context): Date {
  return stalledBefore(context.now);
}

/** Organisers see everything about their group; members see what is theirs. */
export function organises(context: Context, groupId: string | null | undefined): boolean {
  return Boolean(groupId && context.caller?.organiserOf.includes(groupId));
}

/** The caller belongs to this group (as a member or its organiser). */
export function isMemberOf(context: Context, groupId: string | null | undefined): boolean {
  return Boolean(groupId && context.caller?.memberOf.includes(groupId));
}

export function isCaller(context: Context, memberId: string | null | undefined): boolean {
  return Boolean(memberId && context.caller?.memberId === memberId);
}
