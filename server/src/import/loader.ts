// Validate, then write: the path every hand-made input takes (sample, CSV, JSON). Inputs up to
// ONE_TRANSACTION_ROWS are written in one transaction; a larger group import is written in batches,
// each its own transaction (Neo4j bounds the memory of one), and undone as a whole if one fails.
import { randomUUID } from 'node:crypto';
import type { Actor, ChangeInput } from '../db/audit-repo.ts';
import type { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';
import {
  deleteCreatedByImport,
  existingContacts,
  existingGroupIds,
  existingMembers,
  existingOneToOnes,
  existingReferrals,
  finishBatchedLoad,
  industryHolders,
  industryKeys,
  loadGraph,
  readGraphRows,
  type WriteProgress,
  writeBatch,
} from '../db/seed-repo.ts';
import { type GraphInput, type KnownState, type RowFail, validateGraph } from './dataset.ts';
import { type ApiTokenRow, type GraphRows, ROW_KINDS, type RowKind } from './rows.ts';

export interface LoadOptions {
  /** rows per UNWIND statement */
  batchSize?: number;
  /** called after each batch; the CLI prints it when the input is large */
  onProgress?: (progress: WriteProgress) => void;
  tokens?: ApiTokenRow[];
  /** who the audit trail names for a group import (default: the server's operator) */
  actor?: Actor;
}

/** Up to this many rows, an import is one transaction; above it, batches undone together on failure. */
export const ONE_TRANSACTION_ROWS = 20_000;
const BATCH_ROWS = 5_000;

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

/** Reads what the input's references may point at from the database. */
export async function knownState(db: Database, input: GraphInput): Promise<KnownState> {
  const ids = (kind: keyof GraphInput, ...fields: string[]) => {
    const out = new Set<string>();
    for (const { value } of input[kind] ?? []) {
      if (!value || typeof value !== 'object') continue;
      for (const field of fields) {
        const raw = (value as Record<string, unknown>)[field];
        for (const id of Array.isArray(raw) ? raw : [raw]) if (typeof id === 'string') out.add(id.trim());
      }
    }
    return [...out];
  };
  const memberRefs = [
    ...ids('knows', 'memberId'),
    ...ids('oneToOnes', 'memberIds'),
    ...ids('referrals', 'fromId', 'toId'),
    ...ids('members', 'id'),
  ];
  const contactRefs = [
    ...ids('contacts', 'id'),
    ...ids('knows', 'contactId'),
    ...ids('referrals', 'contactId'),
  ];
  const groupRefs = ids('members', 'groupId');
  const [industries, groups, members, contacts, referrals, oneToOnes, holders] = await Promise.all([
    industryKeys(db),
    existingGroupIds(db, groupRefs),
    existingMembers(db, memberRefs),
    existingContacts(db, contactRefs),
    existingReferrals(db, ids('referrals', 'id')),
    existingOneToOnes(db, ids('oneToOnes', 'id')),
    industryHolders(db, groupRefs),
  ]);
  return {
    industries,
    groupIds: groups,
    members,
    contacts: byId(contacts),
    referrals: byId(referrals),
    oneToOnes: byId(oneToOnes),
    seats: new Map(
      holders.map((holder) => [
        `${holder.groupId} ${holder.industryId}`,
        { id: holder.memberId, name: holder.memberName },
      ]),
    ),
  };
}

/**
 * Contacts the write may leave belonging to no group: those it names, and those its referrals were
 * about before. They are removed after the write if nobody knows them and no referral is about them.
 */
function orphanCandidates(rows: GraphRows, known: KnownState): string[] {
  const ids = new Set(rows.contacts.map((row) => row.id));
  for (const row of rows.referrals) {
    const before = known.referrals.get(row.id)?.contactId;
    if (before) ids.add(before);
  }
  return [...ids];
}

/**
 * Validates the input against itself and the database, then writes it in ONE transaction.
 * Throws ImportError (nothing written) when any row is wrong. Returns the rows written.
 */
export async function importGraph(
  db: Database,
  input: GraphInput,
  options: LoadOptions = {},
): Promise<GraphRows> {
  await ensureSchema(db);
  const known = await knownState(db, input);
  const rows = validateGraph(input, known);
  await loadGraph(db, rows, { ...options, orphanCandidates: orphanCandidates(rows, known) });
  return rows;
}

/** A batched import stopped part-way; what it had written was undone (or, if `undone` is false, could not be). */
export class ImportWriteError extends Error {
  override name = 'ImportWriteError';
  constructor(
    readonly undone: boolean,
    cause: unknown,
  ) {
    super(
      undone
        ? 'The import stopped part-way and what it had written was undone; nothing changed. Try again.'
        : 'The import stopped part-way and could not be undone (the database stopped answering). ' +
            'Import the same files again when it answers: rows already written are updated, not doubled.',
      { cause },
    );
  }
}

const importing = new Set<string>();

/**
 * A group's import: validated against the database and `scopeRules` (nothing written on any
 * problem), then written. Large inputs are written in batches: if one fails, the nodes the import
 * created are deleted and the group's rows as they were before are written back.
 */
export async function importGroupGraph(
  db: Database,
  groupId: string,
  input: GraphInput,
  scopeRules: (rows: GraphRows, known: KnownState, fail: RowFail) => void,
  options: LoadOptions = {},
): Promise<GraphRows> {
  if (importing.has(groupId))
    throw new ImportBusyError(`An import into ${groupId} is running; wait for it to finish and try again`);
  importing.add(groupId);
  try {
    await ensureSchema(db);
    const known = await knownState(db, input);
    const rows = validateGraph(input, known, (typed, fail) => scopeRules(typed, known, fail));
    const candidates = orphanCandidates(rows, known);
    const change = importChange(groupId, rows, options.actor);
    if (rowCount(rows) <= ONE_TRANSACTION_ROWS) {
      await loadGraph(db, rows, { ...options, orphanCandidates: candidates, change });
      return rows;
    }
    const work = db.withoutRequestBounds();
    const before = await readGraphRows(work, [groupId]);
    const importId = `imp-${randomUUID()}`;
    try {
      await writeInBatches(work, rows, importId, options);
      await finishBatchedLoad(work, candidates, change);
    } catch (error) {
      throw new ImportWriteError(await undo(work, importId, before), error);
    }
    return rows;
  } finally {
    importing.delete(groupId);
  }
}

function importChange(groupId: string, rows: GraphRows, actor: Actor | undefined): ChangeInput {
  const counts = Object.fromEntries(GROUP_KINDS.map((kind) => [kind, rows[kind].length]));
  return {
    action: 'importGroupCsv',
    actor: actor ?? { accountId: null, name: 'the server’s operator (pnpm seed)' },
    groupId,
    targetId: groupId,
    summary: `imported ${GROUP_KINDS.filter((kind) => rows[kind].length)
      .map((kind) => `${rows[kind].length} ${kind}`)
      .join(', ')}`,
    after: counts,
  };
}

export class ImportBusyError extends Error {
  override name = 'ImportBusyError';
}

/** The kinds a group import writes and its undo restores (the catalogue is the admin's). */
const GROUP_KINDS: readonly RowKind[] = ['groups', 'members', 'contacts', 'knows', 'oneToOnes', 'referrals'];

async function writeInBatches(
  db: Database,
  rows: GraphRows,
  importId: string | null,
  { batchSize = BATCH_ROWS, onProgress }: LoadOptions,
): Promise<void> {
  for (const kind of ROW_KINDS) {
    const all = rows[kind];
    for (let start = 0; start < all.length; start += batchSize) {
      const batch = all.slice(start, start + batchSize).map((row) => ({ ...row, importId }));
      await writeBatch(db, kind, batch);
      onProgress?.({ kind, done: start + batch.length, total: all.length });
    }
  }
}

async function undo(db: Database, importId: string, before: GraphRows): Promise<boolean> {
  try {
    await deleteCreatedByImport(db, importId);
    const restore = { ...before };
    for (const kind of ROW_KINDS) if (!GROUP_KINDS.includes(kind)) restore[kind] = [];
    await writeInBatches(db, restore, null, {});
    return true;
  } catch {
    return false;
  }
}

export function rowCount(rows: Partial<Record<keyof GraphRows, unknown>>): number {
  return ROW_KINDS.reduce((sum, kind) => sum + (Array.isArray(rows[kind]) ? rows[kind].length : 0), 0);
}
