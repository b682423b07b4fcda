// "Stalled" (DESIGN.md §4), defined once: an open referral whose last update is 14 days old or
// more. The database filters with the Cypher fragment IS_STALLED, which compares the last update
// with stalledBefore(now) computed here, so there is no second reading of the rule to drift.

export const STALLED_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;

/** The instant at or before which an open referral's last update makes it stalled. */
export function stalledBefore(now: Date): Date {
  return new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS);
}

/**
 * Whole days since a referral's last update (`updatedAt`, an ISO instant), measured against `now`:
 * the figure shown beside "stalled". An open referral is stalled exactly when this reaches
 * STALLED_AFTER_DAYS, the same line as stalledBefore draws. Never negative (a clock a little behind).
 */
export function daysWithoutUpdate(updatedAt: string, now: Date): number {
  // Neo4j may name the zone after the offset ("…+01:00[Europe/Dublin]"): the offset is enough.
  const instant = new Date(updatedAt.replace(/\[[^\]]*\]$/, ''));
  if (Number.isNaN(instant.getTime())) return 0;
  return Math.max(0, Math.floor((now.getTime() - instant.getTime()) / DAY_MS));
}
