// The Activity tab's table as CSV: one row a member, the figures the caller may see.
import type { GroupActivity } from '../../api/types.ts';
import { toCsv } from '../../text/csv.ts';

export const LIGHT_WORDS = { GREEN: 'green', AMBER: 'amber', RED: 'red' } as const;

/** Members in the table's order; the value column only for organisers (members see only their own). */
export function activityCsv(activity: GroupActivity, withValue: boolean): string {
  const head = ['member', 'industry', 'given', 'received', 'won', ...(withValue ? ['value won'] : [])];
  return toCsv(
    [...head, 'one-to-ones', 'stalled', 'light', 'why'],
    activity.members.map((entry) => [
      entry.member.name,
      entry.member.industry?.name,
      entry.given,
      entry.received,
      entry.won,
      ...(withValue ? [entry.valueWon] : []),
      entry.oneToOnes,
      entry.stalled,
      LIGHT_WORDS[entry.health.light],
      entry.health.reasons.join('; '),
    ]),
  );
}
