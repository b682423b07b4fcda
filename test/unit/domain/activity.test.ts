// domain/activity.ts on hand-made facts: the quiet months filled in, the totals, where all time
// begins, and a member who joined during the period judged from their joining.
import { groupActivity } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

const NOW = new Date('2026-11-22T12:00:00Z');
const counts = { given: 0, received: 0, won: 0, valueWon: 0, oneToOnes: 0, stalled: 0 };
const month = (name: string, figures: Partial<typeof counts> = {}) => ({
  month: name,
  given: 0,
  received: 0,
  won: 0,
  valueWon: 0,
  oneToOnes: 0,
  ...figures,
});

describe('groupActivity', () => {
  it('fills the quiet months of the period and adds the months up', () => {
    const result = groupActivity({
      groupId: 'g',
      period: 'LAST_3_MONTHS',
      since: new Date('2026-08-22T12:00:00Z'),
      now: NOW,
      members: [],
      months: [
        month('2026-09', { given: 2, received: 2, won: 1, valueWon: 500 }),
        month('2026-11', { oneToOnes: 3 }),
      ],
    });
    expect(result.since).toBe('2026-08-22');
    expect(result.months.map((entry) => [entry.month, entry.given, entry.oneToOnes])).toEqual([
      ['2026-08', 0, 0],
      ['2026-09', 2, 0],
      ['2026-10', 0, 0],
      ['2026-11', 0, 3],
    ]);
    expect(result.totals).toEqual({ given: 2, received: 2, won: 1, valueWon: 500, oneToOnes: 3 });
  });

  it('begins all time with the first month recorded, and with nothing recorded has no start', () => {
    const base = { groupId: 'g', period: 'ALL_TIME' as const, since: null, now: NOW, members: [] };
    const result = groupActivity({ ...base, months: [month('2026-10', { given: 1 })] });
    expect(result.since).toBe('2026-10-01');
    expect(result.months.map((entry) => entry.month)).toEqual(['2026-10', '2026-11']);
    const empty = groupActivity({ ...base, months: [] });
    expect(empty.since).toBeNull();
    expect(empty.months.map((entry) => entry.month)).toEqual(['2026-11']);
  });

  it('judges a member who joined during the period from the day they joined', () => {
    const result = groupActivity({
      groupId: 'g',
      period: 'LAST_12_MONTHS',
      since: new Date('2025-11-22T12:00:00Z'),
      now: NOW,
      members: [
        // Joined two months ago, gave 1 and met 1: green for their two months.
        { ...counts, memberId: 'new', joinedAt: '2026-09-20', given: 1, oneToOnes: 1 },
        // A long-standing member with the same figures falls short of a year's bar.
        { ...counts, memberId: 'old', joinedAt: '2019-01-01', given: 1, oneToOnes: 1 },
      ],
      months: [],
    });
    const [fresh, old] = result.members;
    expect(fresh?.health.light).toBe('GREEN');
    expect(fresh?.health.reasons[0]).toMatch(/in 2 months since joining/);
    expect(old?.health).toEqual({
      light: 'AMBER',
      reasons: [
        'gave 1 referral in 12 months (green needs 4)',
        'held 1 one-to-one in 12 months (green needs 4)',
      ],
    });
  });
});
