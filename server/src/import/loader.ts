// Validate, then write in one transaction: the path every hand-made input takes (sample, CSV, JSON).
import type { Database } from '../db/database.ts';
import { ensureSchema } from '../db/schema-setup.ts';
import {
  existingContactIds,
  existingGroupIds,
  existingMembers,
  industryHolders,
  industryKeys,
  loadGraph,
  type WriteProgress,
} from '../db/seed-repo.ts';
import { type GraphInput, type KnownState, validateGraph } from './dataset.ts';
import { type ApiTokenRow, type GraphRows, ROW_KINDS } from './rows.ts';

export interface LoadOptions {
  /** rows per UNWIND statement (all of them still in one transaction) */
  batchSize?: number;
  /** called after each batch; the CLI prints it when the input is large */
  onProgress?: (progress: WriteProgress) => void;
  tokens?: ApiTokenRow[];
}

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
  const groupRefs = ids('members', 'groupId');
  const [industries, groups, members, contacts, holders] = await Promise.all([
    industryKeys(db),
    existingGroupIds(db, groupRefs),
    existingMembers(db, memberRefs),
    existingContactIds(db, [...ids('knows', 'contactId'), ...ids('referrals', 'contactId')]),
    industryHolders(db, groupRefs),
  ]);
  return {
    industries,
    groupIds: groups,
    members,
    contactIds: contacts,
    seats: new Map(holders.map((holder) => [`${holder.groupId} ${holder.industryId}`, holder.memberId])),
  };
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
  const rows = validateGraph(input, await knownState(db, input));
  await loadGraph(db, rows, options);
  return rows;
}

export function rowCount(rows: Partial<Record<keyof GraphRows, unknown>>): number {
  return ROW_KINDS.reduce((sum, kind) => sum + (Array.isArray(rows[kind]) ? rows[kind].length : 0), 0);
}
