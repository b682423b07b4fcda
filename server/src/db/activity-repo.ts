// A group's activity over a period: the facts from one statement (cypher/activity.ts); the months
// without activity, the totals and the health lights are domain/activity.ts's.
import type { ActivityCounts, ActivityMonth } from '../domain/activity.ts';
import { GROUP_ACTIVITY } from './cypher/activity.ts';
import type { Database } from './database.ts';
import type { IndustryRecord, MemberRecord } from './member-repo.ts';

export interface MemberActivityRow extends ActivityCounts {
  member: MemberRecord;
  industry: IndustryRecord | null;
}

export interface GroupActivityFacts {
  /** By name. */
  members: MemberActivityRow[];
  /** The months with any activity, in order. */
  months: ActivityMonth[];
}

/** The group's activity since `since` (null: all time) in one round trip; null for an unknown group. */
export async function groupActivityFacts(
  db: Database,
  query: { groupId: string; since: Date | null },
  staleBefore: Date,
): Promise<GroupActivityFacts | null> {
  const [facts] = await db.read<GroupActivityFacts>(GROUP_ACTIVITY, {
    groupId: query.groupId,
    since: query.since?.toISOString() ?? null,
    staleBefore: staleBefore.toISOString(),
  });
  return facts ?? null;
}
