import { createHash } from 'node:crypto';
import { CALLER_BY_TOKEN_HASH } from './cypher/edits.ts';
import type { Database } from './database.ts';

/** Tokens are stored as their SHA-256 only; this is the one place that hashes them. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface CallerRecord {
  memberId: string;
  name: string;
  organiserOf: string[];
}

export async function callerByToken(db: Database, token: string): Promise<CallerRecord | null> {
  const [row] = await db.read<CallerRecord>(CALLER_BY_TOKEN_HASH, { hash: hashToken(token) });
  return row ?? null;
}
