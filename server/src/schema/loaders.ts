// Per-request batching: every loader here turns many field resolutions into one Cypher round trip.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { changesOfTargets } from '../db/audit-repo.ts';
import { accessTokenOwners } from '../db/auth-repo.ts';
import {
  allPowerGroups,
  membersByIds,
  organiserIdsByGroupIds,
  type PowerGroupRecord,
} from '../db/member-repo.ts';
import { partnerFacts } from '../db/question-repo.ts';
import { oneToOnesByIds, referralsByIds } from '../db/referral-repo.ts';
import { type Context, staleBefore } from './context.ts';

export const organiserIdsLoader = createContextCache(
  (context: Context) =>
    new DataLoader((groupIds: readonly string[]) => organiserIdsByGroupIds(context.db, groupIds)),
);

/** Partner facts of many subjects (members) in one statement. */
export const partnerFactsLoader = createContextCache(
  (context: Context) =>
    new DataLoader((memberIds: readonly string[]) =>
      partnerFacts(context.db, memberIds, staleBefore(context)),
    ),
);

/** The curated power groups are few and shared by every field of a request: read them once. */
const powerGroupsOfRequest = createContextCache(
  (_context: Context): { loaded?: Promise<PowerGroupRecord[]> } => ({}),
);

export const powerGroupsOnce = (context: Context) => (): Promise<PowerGroupRecord[]> => {
  const cache = powerGroupsOfRequest(context);
  cache.loaded ??= allPowerGroups(context.db);
  return cache.loaded;
};

/** A statement that brought the templates along: the request's other fields read those. */
export function primePowerGroups(context: Context, templates: PowerGroupRecord[]): void {
  powerGroupsOfRequest(context).loaded ??= Promise.resolve(templates);
}

/**
 * The members (or industries) of a request, by id. Member and Industry are plain object types, so
 * graphql-jit reads a field that holds the record itself inline; a field that holds only an id
 * resolves through here. Records that a statement of the request returned whole are held and given
 * at once (through a dataloader each would be a promise, and on an answer of hundreds of references
 * those promises were a third of its resolving time); any other id is read with the request's
 * others in one statement.
 */
export function recordsById<R extends { id: string }>(
  read: (context: Context, ids: string[]) => Promise<R[]>,
  kind: string,
) {
  const held = createContextCache((_context: Context) => new Map<string, R>());
  const loader = createContextCache(
    (context: Context) =>
      new DataLoader(async (ids: readonly string[]) => {
        const map = held(context);
        const missing = ids.filter((id) => !map.has(id));
        if (missing.length > 0) for (const record of await read(context, missing)) map.set(record.id, record);
        return ids.map((id) => map.get(id) ?? null);
      }),
  );
  /** The record `id` names, or null when there is none. */
  const load = (context: Context, id: string): R | Promise<R | null> =>
    held(context).get(id) ?? loader(context).load(id);
  /** The record `id` names; an error that says which when there is none. */
  const loadOrFail = (context: Context, id: string): R | Promise<R> => {
    const record = load(context, id);
    return record instanceof Promise ? record.then((found) => found ?? missingRecord(kind, id)) : record;
  };
  return {
    hold(context: Context, records: Iterable<R>): void {
      const map = held(context);
      for (const record of records) map.set(record.id, record);
    },
    /** After a write to it: the next load reads it afresh. */
    forget(context: Context, id: string): void {
      held(context).delete(id);
      loader(context).clear(id);
    },
    load,
    loadOrFail,
    /**
     * The records that statements of this request returned, by id: what an answer built from a
     * statement holds in place of its ids. An id not held is a statement that forgot one, never
     * the caller's doing.
     */
    heldBy(context: Context): (id: string) => R {
      const map = held(context);
      return (id) => map.get(id) ?? missingRecord(kind, id);
    },
    /** A resolver for the record that the parent names (`idOf`). */
    named<P>(idOf: (parent: P) => string) {
      return (parent: P, _args: unknown, context: Context): R | Promise<R> =>
        loadOrFail(context, idOf(parent));
    },
    /** A resolver for the record that the parent may name (`idOf` gives null: none); null if unknown. */
    maybeNamed<P>(idOf: (parent: P) => string | null | undefined) {
      return (parent: P, _args: unknown, context: Context): R | Promise<R | null> | null => {
        const id = idOf(parent);
        return id ? load(context, id) : null;
      };
    },
    /** A resolver for the records that the parent names (`idsOf`), in their order. */
    allNamed<P>(idsOf: (parent: P) => readonly string[]) {
      return (parent: P, _args: unknown, context: Context): R[] | Promise<R[]> => {
        const records = idsOf(parent).map((id) => loadOrFail(context, id));
        return records.some((record) => record instanceof Promise) ? Promise.all(records) : (records as R[]);
      };
    },
  };
}

function missingRecord(kind: string, id: string): never {
  throw new Error(`No ${kind} with id "${id}"`);
}

// ---- what the access rules (builder.ts scopes) look up -------------------------------------------

/** A member's group (null for an unknown member). */
export const memberGroupLoader = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const members = await membersByIds(context.db, ids);
      const groupOf = new Map(members.map((member) => [member.id, member.groupId]));
      return ids.map((id) => groupOf.get(id) ?? null);
    }),
);

/** A referral's two members and the receiver's group (null for an unknown referral). */
export const referralPartiesLoader = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) => {
      const referrals = await referralsByIds(context.db, ids, staleBefore(context));
      const byId = new Map(referrals.map((referral) => [referral.id, referral]));
      return ids.map((id) => {
        const referral = byId.get(id);
        return referral
          ? { giverId: referral.giverId, receiverId: referral.receiverId, groupId: referral.groupId }
          : null;
      });
    }),
);

/** A one-to-one's two members and their group (null for an unknown one-to-one). */
export const oneToOnePartiesLoader = createContextCache(
  (context: Context) =>
    new DataLoader(async (ids: readonly string[]) =>
      (await oneToOnesByIds(context.db, ids)).map((meeting) =>
        meeting ? { memberIds: meeting.memberIds, groupId: meeting.groupId } : null,
      ),
    ),
);

export const accessTokenOwnerLoader = createContextCache(
  (context: Context) => new DataLoader((ids: readonly string[]) => accessTokenOwners(context.db, ids)),
);

/** The audit trail of many records (a page of referrals' histories) in one statement. */
export const changesOfTargetsLoader = createContextCache(
  (context: Context) => new DataLoader((ids: readonly string[]) => changesOfTargets(context.db, ids)),
);
