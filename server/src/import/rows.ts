// The rows of the graph document: what the CSV/JSON import validates into, the bulk loader writes,
// export reads, and the sample data and generator (seed/) produce. Dates are ISO strings.
import type { ReferralStatus } from '@powergroups/rules';

export type { ReferralStatus };

import type { OneToOneStatus } from '@powergroups/rules';

/**
 * Optional fields whose column the CSV file left out: the loader keeps what is stored for them (a
 * new row gets the default). Absent everywhere else (sample, JSON, generator): every field is written.
 */
interface Keeps<F extends string> {
  keep?: F[];
}

export interface IndustryRow {
  id: string;
  name: string;
  synonyms: string[];
  sector: string;
}
export interface PairRow {
  a: string;
  b: string;
}
export interface SynergyRow extends PairRow {
  strength: number;
  reason: string;
}
export interface PowerGroupRow {
  id: string;
  name: string;
  description: string;
  industryIds: string[];
}
export interface GroupRow {
  id: string;
  name: string;
  region: string;
  meetingDay: string;
}
export type Role = 'MEMBER' | 'ORGANISER';
export type MemberKeep = 'role' | 'since' | 'email' | 'phone' | 'bio' | 'wantsToMeet' | 'doesNotWantToMeet';
export interface MemberRow extends Keeps<MemberKeep> {
  id: string;
  name: string;
  company: string;
  email: string | null;
  phone: string | null;
  bio: string | null;
  /** yyyy-mm-dd */
  joinedAt: string;
  wantsToMeet: string[];
  doesNotWantToMeet: string[];
  industryId: string;
  groupId: string;
  role: Role;
  /** yyyy-mm-dd: MEMBER_OF.since */
  since: string;
}
export interface ContactRow extends Keeps<'company' | 'industryId'> {
  id: string;
  name: string;
  company: string | null;
  /** null when not known */
  industryId: string | null;
}
export interface KnowsRow extends Keeps<'context'> {
  memberId: string;
  contactId: string;
  strength: number;
  since: string;
  context: string | null;
}
export interface OneToOneRow extends Keeps<'notes' | 'status'> {
  id: string;
  on: string;
  /** PLANNED, HELD or CANCELLED (@powergroups/rules); HELD when left out. */
  status?: OneToOneStatus;
  notes: string | null;
  memberIds: string[];
}
export interface ReferralRow extends Keeps<'contactId' | 'value' | 'notes'> {
  id: string;
  fromId: string;
  toId: string;
  contactId: string | null;
  status: ReferralStatus;
  value: number | null;
  notes: string | null;
  hotness: number;
  /** ISO date-time */
  createdAt: string;
  updatedAt: string;
}
export interface ApiTokenRow {
  memberId: string;
  /** sha256 hex of the token text */
  hash: string;
  label: string;
}

/** The whole graph (or a group's part of it) as plain rows: what the loader writes and export reads. */
export interface GraphRows {
  industries: IndustryRow[];
  synergies: SynergyRow[];
  competitions: PairRow[];
  powerGroups: PowerGroupRow[];
  groups: GroupRow[];
  members: MemberRow[];
  contacts: ContactRow[];
  knows: KnowsRow[];
  oneToOnes: OneToOneRow[];
  referrals: ReferralRow[];
}

export type RowKind = keyof GraphRows;

/** In write order: every relationship's ends exist before it is written. */
export const ROW_KINDS: readonly RowKind[] = [
  'industries',
  'synergies',
  'competitions',
  'powerGroups',
  'groups',
  'members',
  'contacts',
  'knows',
  'oneToOnes',
  'referrals',
];
