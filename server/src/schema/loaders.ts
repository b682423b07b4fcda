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
 * Records of one loadable type that a request's statement returned whole. A field that names one
 * resolves to the record itself: through the type's dataloader it would be a promise per field,
 * and on an answer of hundreds of references those promises were a third of its resolving time.
 * The type's batch load (`loadWith`) takes held records from here too, so any other path that
 * loads one by id costs no round trip either.
 */
export function heldRecords<R extends { id: string }>() {
  const held = createContextCache((_context: Context) => new Map<string, R>());
  const get = (context: Context, id: string): R | string => held(context).get(id) ?? id;
  return {
    hold(context: Context, records: Iterable<R>): void {
      const map = held(context);
      for (const record of records) map.set(record.id, record);
    },
    /** After a write to it: the next load reads it afresh. */
    forget(context: Context, id: string): void {
      held(context).delete(id);
    },
    /** The record `id` names when held, else the id itself (the dataloader loads it). */
    get,
    /** A resolver for the record that the parent names (`idOf`): held, else loaded. */
    named<P>(idOf: (parent: P) => string) {
      return (parent: P, _args: unknown, context: Context): R | string => get(context, idOf(parent));
    },
    /** A resolver for the records that the parent names (`idsOf`), in their order. */
    allNamed<P>(idsOf: (parent: P) => readonly string[]) {
      return (parent: P, _args: unknown, context: Context): (R | string)[] =>
        idsOf(parent).map((id) => get(context, id));
    },
    /** A batch load that reads from the database only the ids not held. */
    loadWith(read: (context: Context, ids: string[]) => Promise<R[]>) {
      return async (ids: string[], context: Context): Promise<R[]> => {
        const map = held(context);
        const found = ids.flatMap((id) => map.get(id) ?? []);
        const missing = ids.filter((id) => !map.has(id));
        return missing.length === 0 ? found : [...found, ...(await read(context, missing))];
      };
    },
  };
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
