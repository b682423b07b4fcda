// One-to-ones as members use them, in one place: the API's recordOneToOne and updateOneToOne, the
// CSV/JSON import and the explorer's forms ask these functions.
//
// A one-to-one is booked for a date (PLANNED), then HELD or CANCELLED; those two are final. A date
// already come is recorded as HELD straight away. Only held ones count as relationship strength
// (see the Cypher fragment isHeld, which filters on the same status in the database).

import { addDays, isCalendarDate } from './dates.ts';

export const ONE_TO_ONE_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type OneToOneStatus = (typeof ONE_TO_ONE_STATUSES)[number];

/** The status a one-to-one has when data leaves it out (imports made before statuses existed). */
export const DEFAULT_ONE_TO_ONE_STATUS: OneToOneStatus = 'HELD';

/** How far ahead a one-to-one may be booked, in days. */
export const BOOKING_HORIZON_DAYS = 366;

/** PLANNED for a date still to come, HELD for today or a day gone by. */
export function initialOneToOneStatus(on: string, today: string): OneToOneStatus {
  return on > today ? 'PLANNED' : 'HELD';
}

/**
 * Why a one-to-one on `on` cannot be recorded, or null. `bothInGroupSince` is the later of the two
 * members' joining dates: before it they were not both in the group, so it was not one of its
 * one-to-ones (this also refuses typing slips such as 1900-01-01).
 */
export function oneToOneDateRefusal(
  on: string,
  today: string,
  bothInGroupSince: string | null,
): string | null {
  if (!isCalendarDate(on)) return 'Write the date as YYYY-MM-DD, for example 2026-12-15';
  const horizon = addDays(today, BOOKING_HORIZON_DAYS);
  if (on > horizon) return `Book a one-to-one at most a year ahead (by ${horizon})`;
  if (bothInGroupSince && on < bothInGroupSince)
    return `Both members are in the group only since ${bothInGroupSince}: choose a date from then on`;
  return null;
}

/**
 * Why a one-to-one in `current` may not move to `status` today, or null: only a planned one moves,
 * to CANCELLED at any time or to HELD once its day has come.
 */
export function oneToOneChangeRefusal(
  current: { status: OneToOneStatus; on: string },
  status: OneToOneStatus,
  today: string,
): string | null {
  if (status === current.status) return null;
  if (current.status !== 'PLANNED') return `This one-to-one is already ${current.status}: that is final`;
  if (status === 'PLANNED') return 'A one-to-one goes back to PLANNED only by booking a new one';
  if (status === 'HELD' && current.on > today)
    return `This one-to-one is planned for ${current.on}: mark it held on or after that day`;
  return null;
}

/**
 * Why a one-to-one read from a file (CSV or JSON) cannot be stored as it is, or null: a held one
 * cannot have a date still to come (it is planned). Files carry history, so older dates are kept.
 */
export function importedOneToOneRefusal(status: OneToOneStatus, on: string, today: string): string | null {
  if (status === 'HELD' && on > today)
    return `a held one-to-one cannot be on a day still to come (${on}): mark it PLANNED`;
  return null;
}
