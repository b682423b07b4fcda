/**
 * Ranking the answers to "who in the group knows a …?".
 *
 * hops: 0 = the member is in the industry, 1 = knows a contact in it, 2 = has a one-to-one or
 * referral tie with a member who knows one. Fewer hops always beat a stronger tie further away.
 */

export interface WhoKnowsHit {
  memberId: string;
  hops: 0 | 1 | 2;
  strength: number;
  via: 'IN_INDUSTRY' | 'KNOWS' | 'ONE_TO_ONE' | 'REFERRAL';
}

/** One entry per member, its best (fewest hops, then highest strength); sorted by hops, strength desc, memberId. */
export function rankWhoKnows<T extends WhoKnowsHit>(hits: T[]): T[] {
  const best = new Map<string, T>();
  for (const hit of hits) {
    const kept = best.get(hit.memberId);
    if (!kept || compareHits(hit, kept) < 0) best.set(hit.memberId, hit);
  }
  return [...best.values()].sort(compareHits);
}

function compareHits(a: WhoKnowsHit, b: WhoKnowsHit): number {
  return (
    a.hops - b.hops ||
    b.strength - a.strength ||
    (a.memberId < b.memberId ? -1 : a.memberId > b.memberId ? 1 : 0)
  );
}

/** Statuses in which a referral is still in play; only these can stall. */
export const OPEN_REFERRAL_STATUSES: readonly string[] = ['OFFERED', 'CONTACTED', 'MEETING_BOOKED'];
export const STALLED_AFTER_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * An open referral not updated for `days` days or more is stalled: exactly 14 days is stalled,
 * 13 days 23 hours is not. An unparseable updatedAt counts as stalled, since nobody can tell when
 * it last moved.
 */
export function referralIsStalled(
  status: string,
  updatedAt: string,
  asOf: Date,
  days = STALLED_AFTER_DAYS,
): boolean {
  if (!OPEN_REFERRAL_STATUSES.includes(status)) return false;
  const t = Date.parse(updatedAt);
  if (Number.isNaN(t)) return true;
  return asOf.getTime() - t >= days * DAY_MS;
}
