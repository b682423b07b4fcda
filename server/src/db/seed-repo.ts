// Writes and reads the graph in bulk: the sample loader, CSV/JSON import-export and the generator's
// streaming loader call these. Rows (../import/rows.ts) are plain objects shaped like the Cypher parameters.
import { pathToFileURL } from 'node:url';
import {
  type ApiTokenRow,
  type ContactRow,
  type GraphRows,
  type GroupRow,
  type IndustryRow,
  type KnowsRow,
  type MemberRow,
  type OneToOneRow,
  type PairRow,
  type PowerGroupRow,
  type ReferralRow,
  ROW_KINDS,
  type RowKind,
  type SynergyRow,
} from '../import/rows.ts';
import { type ChangeInput, recordChange } from './audit-repo.ts';
import { MERGE_MEMBER_ACCESS_TOKENS } from './cypher/auth.ts';
import {
  COUNT_ALL,
  COUNT_GROUPS,
  COUNT_NODES_BY_ID_TAG,
  COUNT_RELATIONSHIPS_BY_ID_TAG,
  DELETE_BY_ID_TAG,
  DELETE_KNOWS_CREATED_BY_IMPORT,
  DELETE_NODES_CREATED_BY_IMPORT,
  DELETE_RELATIONSHIPS_BY_ID_TAG,
  EXISTING_CONTACTS,
  EXISTING_GROUPS,
  EXISTING_MEMBERS,
  EXISTING_ONE_TO_ONES,
  EXISTING_REFERRALS,
  EXPORT_COMPETITIONS,
  EXPORT_CONTACTS,
  EXPORT_GROUPS,
  EXPORT_INDUSTRIES,
  EXPORT_KNOWS,
  EXPORT_MEMBERS,
  EXPORT_ONE_TO_ONES,
  EXPORT_POWER_GROUPS,
  EXPORT_REFERRALS,
  EXPORT_SYNERGIES,
  GROUP_INDUSTRY_HOLDERS,
  INDUSTRY_KEYS,
  LOAD_CSV_CONTACTS,
  LOAD_CSV_GROUPS,
  LOAD_CSV_KNOWS,
  LOAD_CSV_MEMBERS,
  LOAD_CSV_ONE_TO_ONES,
  LOAD_CSV_REFERRALS,
  MERGE_COMPETITIONS,
  MERGE_CONTACTS,
  MERGE_GROUPS,
  MERGE_INDUSTRIES,
  MERGE_KNOWS,
  MERGE_MEMBERS,
  MERGE_ONE_TO_ONES,
  MERGE_POWER_GROUPS,
  MERGE_REFERRALS,
  MERGE_SYNERGIES,
  REMOVE_ORPHAN_CONTACTS,
} from './cypher/seed.ts';
import type { Database, Tx } from './database.ts';

const MERGE_BY_KIND: Record<RowKind, string> = {
  industries: MERGE_INDUSTRIES,
  synergies: MERGE_SYNERGIES,
  competitions: MERGE_COMPETITIONS,
  powerGroups: MERGE_POWER_GROUPS,
  groups: MERGE_GROUPS,
  members: MERGE_MEMBERS,
  contacts: MERGE_CONTACTS,
  knows: MERGE_KNOWS,
  oneToOnes: MERGE_ONE_TO_ONES,
  referrals: MERGE_REFERRALS,
};

export type CsvKind = 'groups' | 'members' | 'contacts' | 'knows' | 'oneToOnes' | 'referrals';

const LOAD_CSV_BY_KIND: Record<CsvKind, string> = {
  groups: LOAD_CSV_GROUPS,
  members: LOAD_CSV_MEMBERS,
  contacts: LOAD_CSV_CONTACTS,
  knows: LOAD_CSV_KNOWS,
  oneToOnes: LOAD_CSV_ONE_TO_ONES,
  referrals: LOAD_CSV_REFERRALS,
};

export interface WriteProgress {
  kind: RowKind;
  /** rows of this kind written so far, and in all */
  done: number;
  total: number;
}

export interface WriteOptions {
  /** rows per UNWIND statement */
  batchSize?: number;
  onProgress?: (progress: WriteProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 5_000;

/**
 * Writes every row inside the given transaction, kind by kind in dependency order, one UNWIND
 * batch at a time. The caller owns the transaction: use `loadGraph` for all-or-nothing.
 */
export async function writeGraphRows(
  tx: Tx,
  rows: Partial<GraphRows>,
  { batchSize = DEFAULT_BATCH_SIZE, onProgress }: WriteOptions = {},
): Promise<void> {
  for (const kind of ROW_KINDS) {
    const all = rows[kind] ?? [];
    for (let start = 0; start < all.length; start += batchSize) {
      const batch = all.slice(start, start + batchSize);
      await tx.run(MERGE_BY_KIND[kind], { rows: batch });
      onProgress?.({ kind, done: start + batch.length, total: all.length });
    }
  }
}

/**
 * Writes all rows in ONE transaction: on any failure nothing of it is stored. `tokens` gives
 * members write-scoped access tokens (given as hashes) with an account each: tests sign in so.
 */
export async function loadGraph(
  db: Database,
  rows: Partial<GraphRows>,
  options: WriteOptions & {
    tokens?: ApiTokenRow[];
    orphanCandidates?: readonly string[];
    /** the audit trail's record of this load, written in its transaction */
    change?: ChangeInput;
  } = {},
): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await writeGraphRows(tx, rows, options);
    if (options.tokens?.length) await tx.run(MERGE_MEMBER_ACCESS_TOKENS, { rows: options.tokens });
    if (options.orphanCandidates) await removeOrphanContacts(tx, options.orphanCandidates);
    if (options.change) await recordChange(tx, options.change);
  });
}

/** One batch of one kind in its own transaction: the streaming loader's unit of work. */
export async function writeBatch(db: Database, kind: RowKind, batch: readonly object[]): Promise<void> {
  if (batch.length === 0) return;
  await db.write(MERGE_BY_KIND[kind], { rows: batch });
}

/**
 * Ends a batched load: removes those of the given contacts that belong to no group, and records
 * the load in the audit trail, in one transaction.
 */
export async function finishBatchedLoad(
  db: Database,
  orphanCandidates: readonly string[],
  change: ChangeInput | undefined,
): Promise<void> {
  await db.writeTransaction(async (tx) => {
    await removeOrphanContacts(tx, orphanCandidates);
    if (change) await recordChange(tx, change);
  });
}

/**
 * Runs one `LOAD CSV … IN TRANSACTIONS` statement for a CSV file (absolute path, readable by Neo4j)
 * (implicit transaction: the only kind that allows `IN TRANSACTIONS`).
 */
export async function loadCsvFile(db: Database, kind: CsvKind, path: string): Promise<void> {
  await db.autoCommit(LOAD_CSV_BY_KIND[kind], { url: pathToFileURL(path).href });
}

// ---- What is stored already: the import validates references against it.

export interface IndustryKey {
  id: string;
  name: string;
  synonyms: string[];
}

export function industryKeys(db: Database): Promise<IndustryKey[]> {
  return db.read<IndustryKey>(INDUSTRY_KEYS);
}

export async function existingMembers(db: Database, ids: string[]): Promise<Map<string, string | null>> {
  const rows = await db.read<{ id: string; groupId: string | null }>(EXISTING_MEMBERS, { ids });
  return new Map(rows.map((row) => [row.id, row.groupId]));
}

export interface StoredContact {
  id: string;
  name: string;
  company: string | null;
  industryId: string | null;
  /** the groups it belongs to (fragments/contact.ts); empty for an orphan */
  groupIds: string[];
}

export function existingContacts(db: Database, ids: string[]): Promise<StoredContact[]> {
  return db.read<StoredContact>(EXISTING_CONTACTS, { ids });
}

export interface StoredReferral {
  id: string;
  contactId: string | null;
  /** the groups of its giver and receiver */
  groupIds: string[];
}

export function existingReferrals(db: Database, ids: string[]): Promise<StoredReferral[]> {
  return db.read<StoredReferral>(EXISTING_REFERRALS, { ids });
}

export interface StoredOneToOne {
  id: string;
  /** the groups of its attendees */
  groupIds: string[];
}

export function existingOneToOnes(db: Database, ids: string[]): Promise<StoredOneToOne[]> {
  return db.read<StoredOneToOne>(EXISTING_ONE_TO_ONES, { ids });
}

/** Removes those of the given contacts that belong to no group any more; returns how many. */
async function removeOrphanContacts(tx: Tx, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx.run<{ removed: number }>(REMOVE_ORPHAN_CONTACTS, { ids });
  return row?.removed ?? 0;
}

/** Deletes the nodes and KNOWS that the import `importId` created (its compensation on failure). */
export async function deleteCreatedByImport(db: Database, importId: string): Promise<void> {
  await db.autoCommit(DELETE_KNOWS_CREATED_BY_IMPORT, { importId });
  await db.autoCommit(DELETE_NODES_CREATED_BY_IMPORT, { importId });
}

export async function existingGroupIds(db: Database, ids: string[]): Promise<Set<string>> {
  const rows = await db.read<{ id: string }>(EXISTING_GROUPS, { ids });
  return new Set(rows.map((row) => row.id));
}

export interface IndustryHolder {
  groupId: string;
  memberId: string;
  memberName: string;
  industryId: string;
}

export function industryHolders(db: Database, groupIds: string[]): Promise<IndustryHolder[]> {
  return db.read<IndustryHolder>(GROUP_INDUSTRY_HOLDERS, { groupIds });
}

export async function groupCount(db: Database): Promise<number> {
  const [row] = await db.read<{ groups: number }>(COUNT_GROUPS);
  return row?.groups ?? 0;
}

// ---- Export.

/** Reads the graph as rows, ordered by id. With groupIds, only those groups and what hangs off them
 * (the industry catalogue and power groups always come whole). */
export async function readGraphRows(db: Database, groupIds: string[] | null = null): Promise<GraphRows> {
  const scope = { groupIds };
  const [
    industries,
    synergies,
    competitions,
    powerGroups,
    groups,
    members,
    contacts,
    knows,
    oneToOnes,
    referrals,
  ] = await Promise.all([
    db.read<IndustryRow>(EXPORT_INDUSTRIES),
    db.read<SynergyRow>(EXPORT_SYNERGIES),
    db.read<PairRow>(EXPORT_COMPETITIONS),
    db.read<PowerGroupRow>(EXPORT_POWER_GROUPS),
    db.read<GroupRow>(EXPORT_GROUPS, scope),
    db.read<MemberRow>(EXPORT_MEMBERS, scope),
    db.read<ContactRow>(EXPORT_CONTACTS, scope),
    db.read<KnowsRow>(EXPORT_KNOWS, scope),
    db.read<OneToOneRow>(EXPORT_ONE_TO_ONES, scope),
    db.read<ReferralRow>(EXPORT_REFERRALS, scope),
  ]);
  return {
    industries,
    synergies,
    competitions,
    powerGroups,
    groups,
    members,
    contacts,
    knows,
    oneToOnes,
    referrals,
  };
}

// ---- Counts and clean-up by id tag.

export interface TaggedCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

export async function countByIdTag(db: Database, tag: string): Promise<TaggedCounts> {
  assertTag(tag);
  const [nodes, relationships] = await Promise.all([
    db.read<{ label: string; nodes: number }>(COUNT_NODES_BY_ID_TAG, { tag }),
    db.read<{ type: string; relationships: number }>(COUNT_RELATIONSHIPS_BY_ID_TAG, { tag }),
  ]);
  return {
    nodes: Object.fromEntries(nodes.map((row) => [row.label, row.nodes])),
    relationships: Object.fromEntries(relationships.map((row) => [row.type, row.relationships])),
  };
}

/** Deletes every node whose id contains the tag, with its relationships. */
export async function deleteByIdTag(db: Database, tag: string): Promise<void> {
  assertTag(tag);
  await db.autoCommit(DELETE_RELATIONSHIPS_BY_ID_TAG, { tag });
  await db.autoCommit(DELETE_BY_ID_TAG, { tag });
}

function assertTag(tag: string): void {
  // A short tag could match the sample's readable ids ("-a-"); insist on something unmistakable.
  if (tag.length < 6) throw new Error(`An id tag must have at least 6 characters, got "${tag}"`);
}

export async function countAll(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(COUNT_ALL);
  return row ?? { nodes: 0, relationships: 0 };
}
