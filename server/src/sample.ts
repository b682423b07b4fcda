// Loads the sample data (the seed package) through the import's validation: `pnpm seed`, and the
// app's entry (main.ts) on an empty bundled database through loadSampleIfEmpty.

import { SAMPLE_DATA as SAMPLE_ROWS } from '@powergroups/seed';
import { hashToken } from './db/auth-repo.ts';
import type { Database } from './db/database.ts';
import { ensureSchema } from './db/schema-setup.ts';
import { groupCount, loadGraph } from './db/seed-repo.ts';
import { locate, validateGraph } from './import/dataset.ts';
import type { LoadOptions } from './import/loader.ts';
import type { ApiTokenRow, GraphRows } from './import/rows.ts';

/** The sample data (seed/), checked against the graph document's row types here, where it is loaded. */
export const SAMPLE_DATA: GraphRows = SAMPLE_ROWS;

/** The bearer token of a sample member: `demo-<memberId>`. Only its sha256 is stored. */
export const demoToken = (memberId: string) => `demo-${memberId}`;

export function demoTokens(rows: GraphRows = SAMPLE_DATA): ApiTokenRow[] {
  return rows.members.map((member) => ({
    memberId: member.id,
    hash: hashToken(demoToken(member.id)),
    label: 'demo',
  }));
}

/** The sample rows, validated (throws ImportError naming the row if a hand edit broke something). */
export function validatedSample(): GraphRows {
  return validateGraph(locate(SAMPLE_DATA, 'seed/data'));
}

/** Loads the sample dataset and the demo tokens in one transaction; running it again changes nothing. */
export async function loadSampleData(
  db: Database,
  options: Omit<LoadOptions, 'tokens'> = {},
): Promise<GraphRows> {
  const rows = validatedSample();
  await ensureSchema(db);
  await loadGraph(db, rows, { ...options, tokens: demoTokens(rows) });
  return rows;
}

/** Loads the sample only into a database without any Group; says whether it did. */
export async function loadSampleIfEmpty(db: Database): Promise<boolean> {
  if ((await groupCount(db)) > 0) return false;
  await loadSampleData(db);
  return true;
}
