// Dates as every part of Power Groups writes them: a calendar day YYYY-MM-DD, an instant in ISO
// 8601 with a zone. One reading of each, so the API, the import and the forms refuse the same text.

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The calendar day (YYYY-MM-DD) `days` after `date`. */
export function addDays(date: string, days: number): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + days);
  return next.toISOString().slice(0, 10);
}

// Strict: only what Neo4j's datetime() accepts (hours 0–23, an offset within ±18:00), so a value
// Neo4j would refuse half-way through a load is named before anything is written.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(:([0-5]\d)(\.\d{1,9})?)?(Z|([+-])(\d{2}):(\d{2}))$/;

/** An instant such as 2026-03-17T09:30:00Z or 2026-03-17T09:30:00+01:00. */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match?.[1] || !isCalendarDate(match[1])) return false;
  if (match[7] === 'Z') return true;
  const hours = Number(match[9]);
  const minutes = Number(match[10]);
  return minutes <= 59 && (hours < 18 || (hours === 18 && minutes === 0));
}

/**
 * The instant `months` calendar months before `now` (UTC): where "the last 3 months" begins. A day
 * the shorter month lacks falls back to its last day (31 May minus 3 months is 28 or 29 February).
 */
export function monthsBefore(now: Date, months: number): Date {
  const start = new Date(now.getTime());
  const day = start.getUTCDate();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(day, lastDay));
  return start;
}
