// Pieces of Cypher shared by several statements (not statements themselves, so they live apart
// from the statement files that the EXPLAIN test plans one by one).

import { OPEN_STATUSES as OPEN } from '@powergroups/rules';

/** The statuses in which a referral is still in play (@powergroups/rules), as a Cypher list. */
export const OPEN_STATUSES = `[${OPEN.map((status) => `'${status}'`).join(', ')}]`;

/**
 * Whether referral `r` is stalled (@powergroups/rules stalled.ts): open, and last updated at or
 * before $staleBefore (= stalledBefore(now)). A referral with no dates at all (hand-made data)
 * counts as stalled, since nobody can tell when it last moved.
 */
export const IS_STALLED = `(r.status IN ${OPEN_STATUSES}
  AND coalesce(r.updatedAt, r.createdAt, datetime('1970-01-01T00:00:00Z')) <= datetime($staleBefore))`;

/** Open and moved recently: the complement of IS_STALLED among open referrals. */
export const IS_OPEN_AND_MOVING = `(r.status IN ${OPEN_STATUSES} AND NOT ${IS_STALLED})`;

/** When referral `r` was given; a referral with no dates (hand-made data) counts as the oldest. */
export const GIVEN_AT = "coalesce(r.createdAt, r.updatedAt, datetime('1970-01-01T00:00:00Z'))";

/**
 * The period rule of every "last N months" (the pipeline's filter, a group's activity): referral
 * `r` was given on or after $since (an ISO instant, @powergroups/rules monthsBefore(now, N)), or
 * $since is null (any time).
 */
export const GIVEN_SINCE = `($since IS NULL OR ${GIVEN_AT} >= datetime($since))`;
