// The visitor pipeline's reads and writes (cypher/candidates.ts); the moves it allows are
// @powergroups/rules' (candidates.ts).
import type { CandidateState, CandidateStatus } from '@powergroups/rules';
import { CANDIDATE_FOR_UPDATE, CONTACT_KNOWERS, GAP_CONTACTS, SET_CANDIDATE } from './cypher/candidates.ts';
import { type Database, int, type Tx } from './database.ts';

/** A candidacy as stored, with the member who marked its latest step. */
export interface CandidateRecord extends CandidateState {
  markedBy: string | null;
}

/** A member's tie to a contact: how well they know them (1..5) and where they met. */
export interface ContactTie {
  memberId: string;
  strength: number;
  context: string | null;
}

/** A contact in an industry a group lacks, whom members of that group know. */
export interface GapContactRecord {
  groupId: string;
  industryId: string;
  contactId: string;
  name: string;
  company: string | null;
  /** The group's members who know them, strongest tie first. */
  knownBy: ContactTie[];
  /** The strongest tie. */
  strength: number;
  /** Their candidacy for the group; null when they are no candidate yet. */
  candidate: CandidateRecord | null;
}

type CandidateColumns = {
  [K in keyof CandidateRecord]: K extends 'status' ? CandidateStatus | null : CandidateRecord[K];
};

const candidateOf = (row: CandidateColumns): CandidateRecord | null =>
  row.status
    ? {
        status: row.status,
        invitedOn: row.invitedOn,
        visitedOn: row.visitedOn,
        joinedOn: row.joinedOn,
        declinedOn: row.declinedOn,
        markedBy: row.markedBy,
      }
    : null;

/** The gap key a loader uses: the group and the industry it lacks. */
export interface GapKey {
  groupId: string;
  industryId: string;
}

/**
 * The contacts of several gaps in one round trip, in the order of `gaps`: for each, the people in
 * the industry whom the group's members know, strongest tie first, at most `perGap`.
 */
export async function gapContacts(
  db: Database,
  gaps: readonly GapKey[],
  perGap: number,
): Promise<GapContactRecord[][]> {
  const rows = await db.read<{ row: GapContactRow }>(GAP_CONTACTS, {
    gaps: gaps.map(({ groupId, industryId }) => ({ groupId, industryId })),
    perGap: int(perGap),
  });
  const byGap = new Map<string, GapContactRecord[]>();
  for (const { row } of rows) {
    const list = byGap.get(gapKeyOf(row)) ?? [];
    list.push(gapContactOf(row));
    byGap.set(gapKeyOf(row), list);
  }
  return gaps.map((gap) => byGap.get(gapKeyOf(gap)) ?? []);
}

/** A gap contact as cypher/fragments/gap-contact.ts gapContactRow returns it. */
export type GapContactRow = Omit<GapContactRecord, 'candidate'> & CandidateColumns;

export const gapContactOf = (row: GapContactRow): GapContactRecord => ({
  groupId: row.groupId,
  industryId: row.industryId,
  contactId: row.contactId,
  name: row.name,
  company: row.company,
  knownBy: row.knownBy,
  strength: row.strength,
  candidate: candidateOf(row),
});

/** One key per gap, for maps of gaps. */
export const gapKeyOf = (gap: GapKey): string => `${gap.groupId}\u0000${gap.industryId}`;

/** The ids of the members (of any group) who know the contact. */
export async function contactKnowerIds(db: Database, contactId: string): Promise<string[]> {
  const rows = await db.read<{ memberId: string }>(CONTACT_KNOWERS, { contactId });
  return rows.map((row) => row.memberId);
}

export interface CandidateForUpdate {
  contactExists: boolean;
  /** The group's members who know the contact. */
  knownBy: string[];
  candidate: CandidateRecord | null;
}

/** The contact as a candidate for the group, read inside the write; null when there is no such group. */
export async function candidateForUpdate(
  tx: Tx,
  contactId: string,
  groupId: string,
): Promise<CandidateForUpdate | null> {
  const [row] = await tx.run<{ contactExists: boolean; knownBy: string[] } & CandidateColumns>(
    CANDIDATE_FOR_UPDATE,
    { contactId, groupId },
  );
  if (!row) return null;
  return { contactExists: row.contactExists, knownBy: row.knownBy, candidate: candidateOf(row) };
}

/** Stores the candidacy as the rules moved it; `by` is the member who marked the step. */
export async function setCandidate(
  tx: Tx,
  input: { contactId: string; groupId: string; state: CandidateState; by: string | null },
): Promise<CandidateRecord> {
  const [row] = await tx.run<CandidateColumns>(SET_CANDIDATE, {
    contactId: input.contactId,
    groupId: input.groupId,
    ...input.state,
    by: input.by,
  });
  const candidate = row ? candidateOf(row) : null;
  if (!candidate) throw new Error(`The candidacy of ${input.contactId} for ${input.groupId} was not stored`);
  return candidate;
}
