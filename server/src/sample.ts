// Loads the sample data (the seed package) through the import's validation: `pnpm seed`, and the
// app's entry (main.ts) on an empty bundled database through loadSampleIfEmpty.

import { SAMPLE_DATA as SAMPLE_ROWS } from '@powergroups/seed';
import { newAuthId } from './auth/secrets.ts';
import { createDemoAccounts } from './db/auth-repo.ts';
import type { Database } from './db/database.ts';
import { ensureSchema } from './db/schema-setup.ts';
import { groupCount, loadGraph } from './db/seed-repo.ts';
import { locate, validateGraph } from './import/dataset.ts';
import type { LoadOptions } from './import/loader.ts';
import type { GraphRows } from './import/rows.ts';

/** The sample data (seed/), checked against the graph document's row types here, where it is loaded. */
export const SAMPLE_DATA: GraphRows = SAMPLE_ROWS;

/** The sample rows, validated (throws ImportError naming the row if a hand edit broke something). */
export function validatedSample(): GraphRows {
  return validateGraph(locate(SAMPLE_DATA, 'seed/data'));
}

export interface SampleOptions extends Omit<LoadOptions, 'tokens'> {
  /**
   * Give every sample member a demo identity (an account with no email or password, signed in
   * through the demo picker). Only for the bundled database: the server honours demo identities
   * only there, and only on loopback.
   */
  demo?: boolean;
}

/** Loads the sample dataset (and its demo identities when asked); running it again changes nothing. */
export async function loadSampleData(
  db: Database,
  { demo = false, ...options }: SampleOptions = {},
): Promise<GraphRows> {
  const rows = validatedSample();
  await ensureSchema(db);
  await loadGraph(db, rows, options);
  if (demo) {
    await createDemoAccounts(
      db,
      rows.members.map((member) => ({ id: newAuthId('acc'), memberId: member.id })),
    );
  }
  return rows;
}

/** Loads the sample only into a database without any Group; says whether it did. */
export async function loadSampleIfEmpty(db: Database, options: SampleOptions = {}): Promise<boolean> {
  if ((await groupCount(db)) > 0) return false;
  await loadSampleData(db, options);
  return true;
}
