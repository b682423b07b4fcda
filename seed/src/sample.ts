// The committed sample dataset (seed/data/) and its loader: `pnpm seed`, and the app's start
// command through loadSampleIfEmpty.
import { hashToken } from '@powergroups/server/db/auth-repo.ts';
import type { Database } from '@powergroups/server/db/database.ts';
import { ensureSchema } from '@powergroups/server/db/schema-setup.ts';
import { type ApiTokenRow, type GraphRows, groupCount, loadGraph } from '@powergroups/server/db/seed-repo.ts';
import { locate, validateGraph } from '@powergroups/server/import/dataset.ts';
import type { LoadOptions } from '@powergroups/server/import/loader.ts';
import { CONTACTS, KNOWS, ONE_TO_ONES, REFERRALS } from '../data/activity.ts';
import { GROUPS, MEMBERS } from '../data/groups.ts';
import { COMPETITIONS, INDUSTRIES, POWER_GROUPS, SYNERGIES } from '../data/industries.ts';

export const SAMPLE_DATA: GraphRows = {
  industries: INDUSTRIES,
  synergies: SYNERGIES,
  competitions: COMPETITIONS,
  powerGroups: POWER_GROUPS,
  groups: GROUPS,
  members: MEMBERS,
  contacts: CONTACTS,
  knows: KNOWS,
  oneToOnes: ONE_TO_ONES,
  referrals: REFERRALS,
};

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
