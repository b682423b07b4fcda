// The sample data: three Dublin chapters, the industry catalogue and a year of activity,
// hand-written. Plain rows in the shape of the server's graph document
// (server/src/import/rows.ts); the server validates and loads them (`pnpm seed`, or the first
// `pnpm start` on an empty bundled database).
import { CONTACTS, KNOWS, ONE_TO_ONES, REFERRALS } from '../data/activity.ts';
import { GROUPS, MEMBERS } from '../data/groups.ts';
import { COMPETITIONS, INDUSTRIES, POWER_GROUPS, SYNERGIES } from '../data/industries.ts';

export { SAMPLE_FACTS } from './sample-facts.ts';

export const SAMPLE_DATA = {
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
