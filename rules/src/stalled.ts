// "Stalled" (DESIGN.md §4), defined once: an open referral whose last update is 14 days old or
// more. The database filters with the Cypher fragment IS_STALLED, which compares the last update
// with stalledBefore(now) computed here, so there is no second reading of the rule to drift.

export const STALLED_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;

/** The instant at or before which an open referral's last update makes it stalled. */
export function stalledBefore(now: Date): Date {
  return new Date(now.getTime() - STALLED_AFTER_DAYS * DAY_MS);
}
