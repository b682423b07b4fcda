// Writes and reads the audit trail (cypher/audit.ts). Every mutation records its change through
// recordChange inside its own transaction; the list of audited mutations is schema/audit.ts.
import { randomUUID } from 'node:crypto';
import { CHANGES_OF_GROUP, CHANGES_OF_TARGETS, RECORD_CHANGE } from './cypher/audit.ts';
import { type Database, int, type Tx } from './database.ts';

/** Who made a change: an account (its name at the time), or an operator's command. */
export interface Actor {
  accountId: string | null;
  name: string;
}

export interface ChangeInput {
  /** the mutation (or command) that made it, e.g. updateReferralStatus */
  action: string;
  actor: Actor;
  /** the group it belongs to; null for the shared industry catalogue */
  groupId: string | null;
  /** the id of what was changed (a referral, a member, a power group…) */
  targetId: string | null;
  /** one line in words, e.g. "OFFERED → WON (€2,500)" */
  summary: string;
  /** the changed fields as they were and as they are (null when created or removed) */
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

export interface ChangeRecord {
  id: string;
  at: string;
  action: string;
  actorName: string;
  groupId: string | null;
  targetId: string | null;
  summary: string;
  /** JSON text of the fields before and after */
  before: string | null;
  after: string | null;
}

const json = (fields: Record<string, unknown> | null | undefined) => (fields ? JSON.stringify(fields) : null);

/** Records the change in the trail, and tells the live explorers of its group once it commits. */
export async function recordChange(tx: Tx, change: ChangeInput): Promise<void> {
  tx.announce({ action: change.action, groupId: change.groupId });
  await tx.run(RECORD_CHANGE, {
    id: `chg-${randomUUID()}`,
    action: change.action,
    actorAccountId: change.actor.accountId,
    actorName: change.actor.name,
    groupId: change.groupId,
    targetId: change.targetId,
    summary: change.summary,
    before: json(change.before),
    after: json(change.after),
  });
}

export function changesOfGroup(
  db: Database,
  query: { groupId: string | null; before: string | null; limit: number },
): Promise<ChangeRecord[]> {
  return db.read<ChangeRecord>(CHANGES_OF_GROUP, { ...query, limit: int(query.limit) });
}

/** The changes of each target, oldest first, in the order of `ids`. */
export async function changesOfTargets(db: Database, ids: readonly string[]): Promise<ChangeRecord[][]> {
  const rows = await db.read<ChangeRecord>(CHANGES_OF_TARGETS, { ids });
  return ids.map((id) => rows.filter((row) => row.targetId === id));
}
