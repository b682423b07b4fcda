// The periods a group's activity is looked at over (issue #10, "give and receive"), in one place:
// the API's ActivityPeriod enum, the explorer's period picker and the health rules read these.
// A period of N months begins monthsBefore(now, N), the referral pipeline's "last N months".

import { monthsBefore } from './dates.ts';

export const ACTIVITY_PERIODS = ['LAST_3_MONTHS', 'LAST_6_MONTHS', 'LAST_12_MONTHS', 'ALL_TIME'] as const;
export type ActivityPeriod = (typeof ACTIVITY_PERIODS)[number];

/** How many months back each period reaches; null: everything recorded. */
export const ACTIVITY_PERIOD_MONTHS: Record<ActivityPeriod, number | null> = {
  LAST_3_MONTHS: 3,
  LAST_6_MONTHS: 6,
  LAST_12_MONTHS: 12,
  ALL_TIME: null,
};

export const ACTIVITY_PERIOD_LABELS: Record<ActivityPeriod, string> = {
  LAST_3_MONTHS: 'Last 3 months',
  LAST_6_MONTHS: 'Last 6 months',
  LAST_12_MONTHS: 'Last 12 months',
  ALL_TIME: 'All time',
};

/** Where a period begins (the pipeline's rule, monthsBefore); null for all time. */
export function activitySince(period: ActivityPeriod, now: Date): Date | null {
  const months = ACTIVITY_PERIOD_MONTHS[period];
  return months === null ? null : monthsBefore(now, months);
}

/** An average calendar month, for turning a stretch of time into months. */
const MONTH_MS = (365.25 / 12) * 86_400_000;

/** Months (fractional, never negative) from `start` to `now`. */
export function monthsBetween(start: Date, now: Date): number {
  return Math.max(0, (now.getTime() - start.getTime()) / MONTH_MS);
}

/** Calendar months "YYYY-MM" from the month of `from` to the month of `to`, both included (UTC). */
export function monthsFrom(from: Date, to: Date): string[] {
  const months: string[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  const lastYear = to.getUTCFullYear();
  const lastMonth = to.getUTCMonth();
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return months;
}
