// The figures of the referral pipeline (@powergroups/rules): days without an update, on the same
// line as "stalled", and where "the last N months" begins.
import { daysWithoutUpdate, monthsBefore, STALLED_AFTER_DAYS, stalledBefore } from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

describe('daysWithoutUpdate', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('counts whole days since the last update', () => {
    expect(daysWithoutUpdate('2026-11-22T11:00:00Z', now)).toBe(0);
    expect(daysWithoutUpdate('2026-11-21T12:00:00Z', now)).toBe(1);
    expect(daysWithoutUpdate('2026-11-21T12:00:01Z', now)).toBe(0);
    expect(daysWithoutUpdate('2026-09-15T10:00:00Z', now)).toBe(68);
  });

  it('reaches STALLED_AFTER_DAYS exactly where stalledBefore draws the line', () => {
    const line = stalledBefore(now).toISOString();
    expect(daysWithoutUpdate(line, now)).toBe(STALLED_AFTER_DAYS);
    const justAfter = new Date(stalledBefore(now).getTime() + 1000).toISOString();
    expect(daysWithoutUpdate(justAfter, now)).toBe(STALLED_AFTER_DAYS - 1);
  });

  it('reads Neo4j’s forms of an instant, and is never negative', () => {
    expect(daysWithoutUpdate('2026-11-20T11:59:59.123456789Z', now)).toBe(2);
    expect(daysWithoutUpdate('2026-11-20T13:00:00+01:00[Europe/Dublin]', now)).toBe(2);
    expect(daysWithoutUpdate('2026-11-23T12:00:00Z', now)).toBe(0);
    expect(daysWithoutUpdate('not a date', now)).toBe(0);
  });
});

describe('monthsBefore', () => {
  it('goes back calendar months, keeping the time of day', () => {
    expect(monthsBefore(new Date('2026-11-22T12:00:00Z'), 3).toISOString()).toBe('2026-08-22T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-11-22T12:00:00Z'), 12).toISOString()).toBe('2025-11-22T12:00:00.000Z');
    expect(monthsBefore(new Date('2026-02-10T00:00:00Z'), 6).toISOString()).toBe('2025-08-10T00:00:00.000Z');
  });

  it('falls back to the last day of a shorter month', () => {
    expect(monthsBefore(new Date('2026-05-31T09:00:00Z'), 3).toISOString()).toBe('2026-02-28T09:00:00.000Z');
    expect(monthsBefore(new Date('2024-05-31T09:00:00Z'), 3).toISOString()).toBe('2024-02-29T09:00:00.000Z');
  });
});
