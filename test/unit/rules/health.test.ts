// The traffic lights (@powergroups/rules health.ts) and the periods they are judged over
// (activity.ts): the rules, their words, and the bar scaled to the months judged.
import {
  activitySince,
  healthBar,
  healthOf,
  healthRulesInWords,
  monthsBetween,
  monthsFrom,
} from '@powergroups/rules';
import { describe, expect, it } from 'vitest';

const QUARTER = { months: 3, sinceJoining: false };
const YEAR = { months: 12, sinceJoining: false };

describe('healthOf', () => {
  it('is red when the member gave nothing and met nobody, whatever else', () => {
    expect(healthOf({ given: 0, oneToOnes: 0, stalled: 0 }, QUARTER)).toEqual({
      light: 'RED',
      reasons: ['gave no referrals and held no one-to-ones in 3 months'],
    });
    expect(healthOf({ given: 0, oneToOnes: 0, stalled: 4 }, YEAR).light).toBe('RED');
  });

  it('is green at the bar exactly: a referral and a one-to-one every 3 months, nothing stalled', () => {
    expect(healthOf({ given: 1, oneToOnes: 1, stalled: 0 }, QUARTER)).toEqual({
      light: 'GREEN',
      reasons: ['gave 1 referral and held 1 one-to-one in 3 months; nothing received is stalled'],
    });
    expect(healthOf({ given: 4, oneToOnes: 4, stalled: 0 }, YEAR).light).toBe('GREEN');
  });

  it('is amber just under the bar, saying each thing short of green', () => {
    expect(healthOf({ given: 3, oneToOnes: 4, stalled: 0 }, YEAR)).toEqual({
      light: 'AMBER',
      reasons: ['gave 3 referrals in 12 months (green needs 4)'],
    });
    expect(healthOf({ given: 0, oneToOnes: 2, stalled: 1 }, QUARTER)).toEqual({
      light: 'AMBER',
      reasons: ['gave 0 referrals in 3 months (green needs 1)', '1 referral received is stalled'],
    });
    expect(healthOf({ given: 5, oneToOnes: 0, stalled: 2 }, QUARTER).reasons).toEqual([
      'held 0 one-to-ones in 3 months (green needs 1)',
      '2 referrals received are stalled',
    ]);
  });

  it('judges a new member on the months since they joined, never on less than one of each', () => {
    const fortnight = { months: 0.5, sinceJoining: true };
    expect(healthOf({ given: 1, oneToOnes: 1, stalled: 0 }, fortnight)).toEqual({
      light: 'GREEN',
      reasons: [
        'gave 1 referral and held 1 one-to-one in 1 month since joining; nothing received is stalled',
      ],
    });
    expect(
      healthOf({ given: 0, oneToOnes: 2, stalled: 0 }, { months: 7.4, sinceJoining: true }).reasons,
    ).toEqual(['gave 0 referrals in 7 months since joining (green needs 2)']);
  });
});

describe('healthBar', () => {
  it('scales the quarterly bar to the months judged, rounded, at least 1', () => {
    expect(healthBar(3)).toEqual({ referrals: 1, oneToOnes: 1 });
    expect(healthBar(6)).toEqual({ referrals: 2, oneToOnes: 2 });
    expect(healthBar(12)).toEqual({ referrals: 4, oneToOnes: 4 });
    expect(healthBar(11.7)).toEqual({ referrals: 4, oneToOnes: 4 });
    expect(healthBar(0)).toEqual({ referrals: 1, oneToOnes: 1 });
  });
});

describe('healthRulesInWords', () => {
  it('says the numbers the rules apply', () => {
    const words = healthRulesInWords();
    expect(words.GREEN).toMatch(/at least 1 referral and held at least 1 one-to-one for every 3 months/);
    expect(words.GREEN).toMatch(/no update for 14 days/);
    expect(words.RED).toBe('Gave no referral and held no one-to-one in the period.');
    expect(words.scale).toMatch(/6 months: 2 referrals and 2 one-to-ones; 12 months: 4 and 4/);
  });
});

describe('activity periods', () => {
  const now = new Date('2026-11-22T12:00:00Z');

  it('begin where the pipeline’s "last N months" begins; all time has no start', () => {
    expect(activitySince('LAST_3_MONTHS', now)?.toISOString()).toBe('2026-08-22T12:00:00.000Z');
    expect(activitySince('LAST_12_MONTHS', now)?.toISOString()).toBe('2025-11-22T12:00:00.000Z');
    expect(activitySince('ALL_TIME', now)).toBeNull();
  });

  it('list their calendar months, both ends included', () => {
    expect(monthsFrom(new Date('2026-08-22T12:00:00Z'), now)).toEqual([
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(monthsFrom(new Date('2025-12-31T23:00:00Z'), new Date('2026-01-01T00:00:00Z'))).toEqual([
      '2025-12',
      '2026-01',
    ]);
    expect(monthsFrom(now, new Date('2026-01-01T00:00:00Z'))).toEqual([]);
  });

  it('measure months on an average calendar month', () => {
    expect(monthsBetween(new Date('2025-11-22T12:00:00Z'), now)).toBeCloseTo(12, 1);
    expect(monthsBetween(now, new Date('2026-01-01T00:00:00Z'))).toBe(0);
  });
});
