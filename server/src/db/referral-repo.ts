import type { OneToOneStatus, ReferralStatus } from '@powergroups/rules';
import {
  BOTH_IN_GROUP_SINCE,
  CONTACT_FOR_REFERRAL,
  CREATE_ONE_TO_ONE,
  CREATE_REFERRAL,
  MEMBERS_FOR_WRITE,
  ONE_TO_ONES_BY_IDS,
  PLANNED_ONE_TO_ONES_BY_MEMBER_IDS,
  REFERRAL_FOR_UPDATE,
  REFERRAL_PIPELINE,
  REFERRALS_BY_IDS,
  REFERRALS_FILTERED,
  UPDATE_ONE_TO_ONE,
  UPDATE_REFERRAL,
} from './cypher/referrals.ts';
import { type Database, int, type Tx } from './database.ts';

export interface ReferralRecord {
  id: string;
  giverId: string;
  receiverId: string;
  groupId: string | null;
  contactId: string | null;
  contactName: string | null;
  contactCompany: string | null;
  contactIndustryId: string | null;
  status: ReferralStatus;
  value: number | null;
  notes: string | null;
  hotness: number | null;
  createdAt: string;
  updatedAt: string;
  stalled: boolean;
}

export interface ReferralFilter {
  groupId: string | null;
  memberId: string | null;
  status: ReferralStatus | null;
  stalled: boolean | null;
  limit: number;
}

export function findReferrals(
  db: Database,
  filter: ReferralFilter,
  staleBefore: Date,
): Promise<ReferralRecord[]> {
  return db.read<ReferralRecord>(REFERRALS_FILTERED, {
    ...filter,
    limit: int(filter.limit),
    staleBefore: staleBefore.toISOString(),
  });
}

/** What a referral pipeline may be ordered by (each a number in the statement: see REFERRAL_PIPELINE). */
export type PipelineSortKey = 'UPDATED_AT' | 'CREATED_AT' | 'VALUE' | 'STATUS';

/** Where a page starts: the sort key and id of the row just before it (or after it, paging back). */
export interface PipelinePosition {
  sortKey: number;
  id: string;
}

export interface PipelineQuery {
  groupId: string;
  /** null: every status */
  statuses: readonly ReferralStatus[] | null;
  stalled: boolean | null;
  /** given at or after this instant */
  since: Date | null;
  /** given or received by this member */
  memberId: string | null;
  /** only the referrals this member gave or received (a caller who does not organise the group) */
  partyId: string | null;
  orderBy: PipelineSortKey;
  descending: boolean;
  after: PipelinePosition | null;
  before: PipelinePosition | null;
  limit: number;
  /** the `limit` rows just before `before`, nearest first (paging backwards) */
  inverted: boolean;
}

export type PipelineRow = ReferralRecord & { sortKey: number };

/** One page of a group's referrals and how many pass the filters, in one round trip. */
export async function referralPipeline(
  db: Database,
  query: PipelineQuery,
  staleBefore: Date,
): Promise<{ rows: PipelineRow[]; totalCount: number }> {
  const { after, before, since, limit, ...rest } = query;
  const rows = await db.read<PipelineRow & { id: string | null; totalCount: number }>(REFERRAL_PIPELINE, {
    ...rest,
    since: since?.toISOString() ?? null,
    afterKey: after?.sortKey ?? null,
    afterId: after?.id ?? null,
    beforeKey: before?.sortKey ?? null,
    beforeId: before?.id ?? null,
    limit: int(limit),
    staleBefore: staleBefore.toISOString(),
  });
  return {
    rows: rows.filter((row): row is PipelineRow & { totalCount: number } => row.id !== null),
    totalCount: rows[0]?.totalCount ?? 0,
  };
}

export function referralsByIds(
  db: Database,
  ids: readonly string[],
  staleBefore: Date,
): Promise<ReferralRecord[]> {
  return db.read<ReferralRecord>(REFERRALS_BY_IDS, { ids, staleBefore: staleBefore.toISOString() });
}

export interface MemberForWrite {
  id: string;
  exists: boolean;
  groupId: string | null;
  industryId: string | null;
}

export function membersForWrite(tx: Tx, ids: string[]): Promise<MemberForWrite[]> {
  return tx.run<MemberForWrite>(MEMBERS_FOR_WRITE, { ids });
}

export async function contactForReferral(
  tx: Tx,
  contactId: string,
  giverId: string,
): Promise<{ exists: boolean; knownByGiver: boolean }> {
  const [row] = await tx.run<{ exists: boolean; knownByGiver: boolean }>(CONTACT_FOR_REFERRAL, {
    contactId,
    giverId,
  });
  return row ?? { exists: false, knownByGiver: false };
}

export async function createReferral(
  tx: Tx,
  referral: {
    id: string;
    giverId: string;
    receiverId: string;
    contactId: string | null;
    notes: string | null;
    hotness: number | null;
  },
): Promise<void> {
  await tx.run(CREATE_REFERRAL, {
    ...referral,
    hotness: referral.hotness === null ? null : int(referral.hotness),
  });
}

/** What a status change must know: the referral's state and its two members (and their group). */
export interface ReferralForUpdate {
  id: string;
  status: ReferralStatus;
  value: number | null;
  notes: string | null;
  giverId: string;
  receiverId: string;
  groupId: string | null;
}

export async function referralForUpdate(tx: Tx, referralId: string): Promise<ReferralForUpdate | null> {
  const [row] = await tx.run<ReferralForUpdate>(REFERRAL_FOR_UPDATE, { referralId });
  return row ?? null;
}

/** Sets status, value and notes as given (the caller has applied the rules and kept what is unchanged). */
export async function updateReferral(
  tx: Tx,
  update: { referralId: string; status: ReferralStatus; value: number | null; notes: string | null },
): Promise<void> {
  await tx.run(UPDATE_REFERRAL, update);
}

export interface OneToOneRecord {
  id: string;
  on: string;
  status: OneToOneStatus;
  notes: string | null;
  memberIds: string[];
}

export async function createOneToOne(
  tx: Tx,
  meeting: Omit<OneToOneRecord, 'memberIds'> & { memberA: string; memberB: string },
): Promise<void> {
  await tx.run(CREATE_ONE_TO_ONE, meeting);
}

/** The later of two members' joining dates (from then on both were in the group), or null. */
export async function bothInGroupSince(tx: Tx, memberA: string, memberB: string): Promise<string | null> {
  const [row] = await tx.run<{ since: string | null }>(BOTH_IN_GROUP_SINCE, { memberA, memberB });
  return row?.since ?? null;
}

type OneToOneInGroup = OneToOneRecord & { groupId: string | null };

export async function oneToOneForUpdate(tx: Tx, oneToOneId: string): Promise<OneToOneInGroup | null> {
  const [row] = await tx.run<OneToOneInGroup>(ONE_TO_ONES_BY_IDS, { ids: [oneToOneId] });
  return row ?? null;
}

/** One-to-ones by id, in the order of `ids` (null for an unknown one). */
export async function oneToOnesByIds(
  db: Database,
  ids: readonly string[],
): Promise<(OneToOneInGroup | null)[]> {
  const rows = await db.read<OneToOneInGroup>(ONE_TO_ONES_BY_IDS, { ids });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id) ?? null);
}

export async function updateOneToOne(
  tx: Tx,
  update: { oneToOneId: string; status: OneToOneStatus; notes: string | null },
): Promise<void> {
  await tx.run(UPDATE_ONE_TO_ONE, update);
}

/** Each member's planned one-to-ones, soonest first, in the order of `ids`. */
export async function plannedOneToOnesByMemberIds(
  db: Database,
  ids: readonly string[],
): Promise<OneToOneRecord[][]> {
  const rows = await db.read<OneToOneRecord & { ownerId: string }>(PLANNED_ONE_TO_ONES_BY_MEMBER_IDS, {
    ids,
  });
  return ids.map((id) =>
    rows.filter((row) => row.ownerId === id).map(({ ownerId: _, ...meeting }) => meeting),
  );
}
