// Edits of members, contacts, industries and power groups; each function is one statement inside
// the caller's transaction.

import { REMOVE_ACCOUNT_OF_MEMBER } from './cypher/auth.ts';
import {
  CREATE_CONTACT,
  CREATE_MEMBER,
  ENTITIES_EXIST,
  INDUSTRIES_EXIST,
  INDUSTRY_SEAT_TAKEN,
  REMOVE_MEMBER,
  REMOVE_POWER_GROUP,
  REMOVE_SYNERGY,
  SET_COMPETITION,
  SET_SYNERGY,
  UPDATE_MEMBER,
  UPSERT_POWER_GROUP,
} from './cypher/edits.ts';
import { REMOVE_ORPHAN_CONTACTS } from './cypher/seed.ts';
import { int, type Tx } from './database.ts';
import type { MemberRecord } from './member-repo.ts';

export async function entitiesExist(
  tx: Tx,
  ids: { groupId?: string | null; industryId?: string | null; memberId?: string | null },
): Promise<{ group: boolean; industry: boolean; member: boolean }> {
  const [row] = await tx.run<{ group: boolean; industry: boolean; member: boolean }>(ENTITIES_EXIST, {
    groupId: ids.groupId ?? null,
    industryId: ids.industryId ?? null,
    memberId: ids.memberId ?? null,
  });
  return row ?? { group: false, industry: false, member: false };
}

export async function industrySeatHolder(
  tx: Tx,
  seat: { groupId: string; industryId: string; exceptMemberId: string | null },
): Promise<{ id: string; name: string; industryName: string } | null> {
  const [row] = await tx.run<{ id: string; name: string; industryName: string }>(INDUSTRY_SEAT_TAKEN, {
    groupId: seat.groupId,
    industryId: seat.industryId,
    memberId: seat.exceptMemberId ?? '',
  });
  return row ?? null;
}

/** A member to create: a member record with its industry and group required, joined today. */
export type NewMember = Omit<MemberRecord, 'joinedAt' | 'industryId' | 'groupId'> & {
  industryId: string;
  groupId: string;
};

export async function createMember(tx: Tx, member: NewMember): Promise<void> {
  await tx.run(CREATE_MEMBER, { ...member });
}

export async function updateMember(
  tx: Tx,
  id: string,
  props: Record<string, string | string[]>,
  industryId: string | null,
): Promise<void> {
  await tx.run(UPDATE_MEMBER, { id, props, industryId });
}

export async function removeMember(tx: Tx, id: string): Promise<void> {
  // Their account goes too: a removed member can no longer sign in (sessions, tokens, invitations).
  await tx.run(REMOVE_ACCOUNT_OF_MEMBER, { memberId: id });
  const [row] = await tx.run<{ contactIds: string[] }>(REMOVE_MEMBER, { id });
  // Contacts that only they knew, or that only their referrals were about, belong to no one now.
  await tx.run(REMOVE_ORPHAN_CONTACTS, { ids: row?.contactIds ?? [] });
}

export async function createContact(
  tx: Tx,
  contact: {
    id: string;
    memberId: string;
    name: string;
    company: string | null;
    /** null: a private person (no trade), who never answers a who-knows question */
    industryId: string | null;
    strength: number;
    context: string | null;
  },
): Promise<void> {
  await tx.run(CREATE_CONTACT, { ...contact, strength: int(contact.strength) });
}

export async function missingIndustries(tx: Tx, ids: string[]): Promise<string[]> {
  const rows = await tx.run<{ id: string; exists: boolean }>(INDUSTRIES_EXIST, { ids });
  return rows.filter((row) => !row.exists).map((row) => row.id);
}

export async function setSynergy(
  tx: Tx,
  pair: { a: string; b: string; strength: number | null; reason: string | null },
): Promise<void> {
  if (pair.strength === null) await tx.run(REMOVE_SYNERGY, pair);
  else await tx.run(SET_SYNERGY, pair);
}

export async function setCompetition(
  tx: Tx,
  pair: { a: string; b: string; competes: boolean },
): Promise<void> {
  await tx.run(SET_COMPETITION, pair);
}

export async function upsertPowerGroup(
  tx: Tx,
  powerGroup: { id: string; name: string; description: string; industryIds: string[] },
): Promise<void> {
  await tx.run(UPSERT_POWER_GROUP, powerGroup);
}

export async function removePowerGroup(tx: Tx, id: string): Promise<boolean> {
  const [row] = await tx.run<{ removed: number }>(REMOVE_POWER_GROUP, { id });
  return (row?.removed ?? 0) > 0;
}
