// A member's "traffic light" (issue #10): how they are doing as a giver in the chosen period, by
// rules a BNI-style chapter uses at its weekly meeting, written out once. The API returns each
// member's light with its reasons; the explorer writes the same rules out under its table from
// healthRulesInWords, so what is shown and what is applied cannot drift apart.
//
// The bar is a rate (so many every 3 months) scaled to the months judged: the period, or the time
// since a member joined when that is shorter, so a new member is held to what they could have done.

import { STALLED_AFTER_DAYS } from './stalled.ts';

export const HEALTH_LIGHTS = ['GREEN', 'AMBER', 'RED'] as const;
export type HealthLight = (typeof HEALTH_LIGHTS)[number];

/** Green needs at least this many, every 3 months judged. */
export const HEALTH_RULES = {
  referralsGivenPerQuarter: 1,
  oneToOnesPerQuarter: 1,
} as const;

const QUARTER_MONTHS = 3;

/** What the light is judged on, in the period. */
export interface HealthFacts {
  /** Referrals the member gave. */
  given: number;
  /** One-to-ones they held. */
  oneToOnes: number;
  /** Referrals they received that are open and not updated for STALLED_AFTER_DAYS days. */
  stalled: number;
}

/** The stretch judged: its length in months, and whether it starts at the member's joining. */
export interface HealthSpan {
  months: number;
  sinceJoining: boolean;
}

export interface Health {
  light: HealthLight;
  /** Why, in words: what the member did, against what green needs. */
  reasons: string[];
}

/** What green needs over `months`: the quarterly rates, scaled and rounded, never below 1. */
export function healthBar(months: number): { referrals: number; oneToOnes: number } {
  const quarters = months / QUARTER_MONTHS;
  return {
    referrals: Math.max(1, Math.round(HEALTH_RULES.referralsGivenPerQuarter * quarters)),
    oneToOnes: Math.max(1, Math.round(HEALTH_RULES.oneToOnesPerQuarter * quarters)),
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "in 3 months", "in 1 month since joining". */
function spanWords({ months, sinceJoining }: HealthSpan): string {
  const whole = Math.max(1, Math.round(months));
  return `in ${plural(whole, 'month', 'months')}${sinceJoining ? ' since joining' : ''}`;
}

/**
 * The light, by these rules (healthRulesInWords says the same):
 * - red: gave no referral and held no one-to-one in the span;
 * - green: gave at least the bar's referrals, held at least the bar's one-to-ones, and none of the
 *   referrals they received is stalled;
 * - amber: anything between.
 */
export function healthOf(facts: HealthFacts, span: HealthSpan): Health {
  const when = spanWords(span);
  if (facts.given === 0 && facts.oneToOnes === 0)
    return { light: 'RED', reasons: [`gave no referrals and held no one-to-ones ${when}`] };
  const bar = healthBar(span.months);
  const reasons: string[] = [];
  if (facts.given < bar.referrals)
    reasons.push(
      `gave ${plural(facts.given, 'referral', 'referrals')} ${when} (green needs ${bar.referrals})`,
    );
  if (facts.oneToOnes < bar.oneToOnes)
    reasons.push(
      `held ${plural(facts.oneToOnes, 'one-to-one', 'one-to-ones')} ${when} (green needs ${bar.oneToOnes})`,
    );
  if (facts.stalled > 0)
    reasons.push(
      `${plural(facts.stalled, 'referral', 'referrals')} received ${facts.stalled === 1 ? 'is' : 'are'} stalled`,
    );
  if (reasons.length > 0) return { light: 'AMBER', reasons };
  return {
    light: 'GREEN',
    reasons: [
      `gave ${plural(facts.given, 'referral', 'referrals')} and held ${plural(facts.oneToOnes, 'one-to-one', 'one-to-ones')} ${when}; nothing received is stalled`,
    ],
  };
}

/** The rules in words, for the explorer to write out beside the lights, and how the bar scales. */
export function healthRulesInWords(): Record<HealthLight, string> & { scale: string } {
  const { referralsGivenPerQuarter: referrals, oneToOnesPerQuarter: oneToOnes } = HEALTH_RULES;
  const half = healthBar(6);
  const year = healthBar(12);
  return {
    GREEN:
      `Gave at least ${plural(referrals, 'referral', 'referrals')} and held at least ` +
      `${plural(oneToOnes, 'one-to-one', 'one-to-ones')} for every 3 months of the period, and no referral ` +
      `they received is stalled (open, no update for ${STALLED_AFTER_DAYS} days).`,
    AMBER: 'Active, but short of green on at least one of those: the reasons say which.',
    RED: 'Gave no referral and held no one-to-one in the period.',
    scale:
      `The bar grows with the period (6 months: ${half.referrals} referrals and ${half.oneToOnes} one-to-ones; ` +
      `12 months: ${year.referrals} and ${year.oneToOnes}); a member who joined during the period is ` +
      'judged from the day they joined.',
  };
}
