/**
 * Referral-partner scoring: who should a member pass business to, and why.
 *
 * The score is transparent: every part is a number in 0..1 that a reader can recompute by hand.
 *
 *   score = (wS·synergy + wR·relationship + wT·trust + wP·reciprocity) / (wS + wR + wT + wP)
 *   default weights: wS 0.4, wR 0.3, wT 0.2, wP 0.1
 *
 *   synergy      = SYNERGY.strength, 0 when the two industries have none.
 *
 *   relationship = 0.7·oneToOne + 0.3·referrals           (one-to-ones are the best signal)
 *     oneToOne   = (1 − 0.5^count) · 0.5^(daysSinceLast / 90)      1 → 0.5, 2 → 0.75, 3 → 0.875, halves every 90 days
 *     referrals  = (1 − 0.5^(given + received)) · 0.5^(daysSinceLastReferral / 90)   (no date → no decay)
 *
 *   trust        = (won + 1) / (won + 0.5·lost + stalled + 2·wentWrong + 2·gaveWentWrong + 2)
 *     No history → 1/2, a neutral prior, never a penalty. Won raises it; a lost referral counts a
 *     little (not always the receiver's fault); stalled and went-wrong lower it; a referral the
 *     candidate GAVE that went wrong lowers it as much as one they fumbled. Open referrals do not count.
 *
 *   reciprocity  = (owed + generosity) / 2
 *     owed       = (received + 1) / (given + received + 2)      between the two: > 1/2 when the candidate
 *                                                              has given the subject more than it got back
 *     generosity = (totalGiven + 1) / (totalGiven + totalReceived + 2)   > 1/2 for members who give
 *                                                              much and receive little
 *
 * Competitors (same or COMPETES_WITH industry) are never returned. Scores and parts are rounded to
 * 3 decimals; ties are broken by name, then id.
 *
 * Actions, first that applies:
 *   BOOK_ONE_TO_ONE  synergy ≥ 0.6 and no relationship at all (no one-to-one, no referral either way)
 *   PASS_REFERRAL    the candidate is owed (gave the subject more than received from them, or gives
 *                    much more than receives overall) and trust ≥ 0.5
 *   FOLLOW_UP        they had one-to-ones, but none and no referral in the last 180 days
 */

export interface PartnerCandidateFacts {
  memberId: string;
  name: string;
  industryId: string;
  industryName: string;
  /** SYNERGY between the subject's industry and the candidate's, read undirected; null when none. */
  synergy: { strength: number; reason: string } | null;
  /** True when the industries are the same or COMPETES_WITH links them (either direction). */
  competes: boolean;
  /** One-to-ones the subject and the candidate both attended. */
  oneToOnes: { count: number; lastOn: string | null };
  /** Referrals between the two: given = subject→candidate, received = candidate→subject. */
  referralsGiven: number;
  referralsReceived: number;
  lastReferralAt: string | null;
  /** The candidate's record as a RECEIVER of referrals (from anyone): how they handle business passed to them. */
  asReceiver: { won: number; lost: number; wentWrong: number; stalled: number; open: number };
  /** Referrals the candidate GAVE that went wrong (a bad referral damages the giver's credibility too). */
  gaveWentWrong: number;
  /** The candidate's overall give/receive counts in the group. */
  totals: { given: number; received: number };
}

/** The same facts as one flat row per candidate, as the repository reads them. */
export interface FlatPartnerFacts {
  memberId: string;
  name: string;
  industryId: string | null;
  industryName: string;
  synergyStrength: number | null;
  synergyReason: string | null;
  competes: boolean;
  oneToOnes: number;
  lastOneToOne: string | null;
  referralsGiven: number;
  referralsReceived: number;
  lastReferralAt: string | null;
  won: number;
  lost: number;
  wentWrong: number;
  stalled: number;
  open: number;
  gaveWentWrong: number;
  given: number;
  received: number;
}

/** Flat rows to candidate facts; a candidate with no industry gets industryId '' (so it shares none). */
export function partnerCandidates(rows: FlatPartnerFacts[]): PartnerCandidateFacts[] {
  return rows.map((row) => ({
    memberId: row.memberId,
    name: row.name,
    industryId: row.industryId ?? '',
    industryName: row.industryName,
    synergy:
      row.synergyStrength === null
        ? null
        : { strength: row.synergyStrength, reason: row.synergyReason ?? '' },
    competes: row.competes,
    oneToOnes: { count: row.oneToOnes, lastOn: row.lastOneToOne },
    referralsGiven: row.referralsGiven,
    referralsReceived: row.referralsReceived,
    lastReferralAt: row.lastReferralAt,
    asReceiver: {
      won: row.won,
      lost: row.lost,
      wentWrong: row.wentWrong,
      stalled: row.stalled,
      open: row.open,
    },
    gaveWentWrong: row.gaveWentWrong,
    totals: { given: row.given, received: row.received },
  }));
}

export type PartnerAction = 'BOOK_ONE_TO_ONE' | 'PASS_REFERRAL' | 'FOLLOW_UP';

export interface PartnerScore {
  memberId: string;
  /** 0..1, higher is better. */
  score: number;
  breakdown: { synergy: number; relationship: number; trust: number; reciprocity: number };
  reasons: string[];
  action: PartnerAction | null;
}

export const DEFAULT_PARTNER_WEIGHTS = { synergy: 0.4, relationship: 0.3, trust: 0.2, reciprocity: 0.1 };

export interface ScorePartnersOptions {
  asOf: Date;
  weights?: typeof DEFAULT_PARTNER_WEIGHTS;
  limit?: number;
  /** The subject's industry name, so "no synergy" reasons can name both sides. */
  subjectIndustryName?: string;
}

/** Relationships halve in weight every this many days without contact. */
export const RELATIONSHIP_HALF_LIFE_DAYS = 90;
/** Synergy at or above this is "strong": worth a one-to-one even with no relationship yet. */
export const STRONG_SYNERGY = 0.6;
/** A relationship with no one-to-one or referral for this long needs a follow-up. */
export const FOLLOW_UP_AFTER_DAYS = 180;

const DAY_MS = 86_400_000;

export function scorePartners(
  candidates: PartnerCandidateFacts[],
  options: ScorePartnersOptions,
): PartnerScore[] {
  const weights = options.weights ?? DEFAULT_PARTNER_WEIGHTS;
  const weightSum = weights.synergy + weights.relationship + weights.trust + weights.reciprocity;
  if (!(weightSum > 0)) throw new Error('scorePartners: weights must add up to more than 0');

  const scored = candidates
    .filter((c) => !c.competes)
    .map((c) => {
      const result = scoreOne(c, options, weights, weightSum);
      return { name: c.name, result };
    });

  scored.sort(
    (x, y) =>
      y.result.score - x.result.score ||
      x.name.localeCompare(y.name, 'en') ||
      compareStrings(x.result.memberId, y.result.memberId),
  );
  const ranked = scored.map((s) => s.result);
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}

function scoreOne(
  c: PartnerCandidateFacts,
  options: ScorePartnersOptions,
  weights: typeof DEFAULT_PARTNER_WEIGHTS,
  weightSum: number,
): PartnerScore {
  const { asOf } = options;
  const reasons: string[] = [];

  // Synergy
  const synergy = c.synergy ? clamp01(c.synergy.strength) : 0;
  if (c.synergy) {
    const label = synergy >= STRONG_SYNERGY ? 'Strong synergy' : 'Some synergy';
    reasons.push(`${label} (${fmt(synergy)}): ${c.synergy.reason}`);
  } else {
    reasons.push(
      `No known synergy between ${options.subjectIndustryName ?? 'your industry'} and ${c.industryName}`,
    );
  }

  // Relationship
  const ootCount = Math.max(0, c.oneToOnes.count);
  const ootDays = daysSince(c.oneToOnes.lastOn, asOf);
  const oneToOne = saturate(ootCount) * (ootDays === null ? 1 : decay(ootDays));
  const exchanged = Math.max(0, c.referralsGiven) + Math.max(0, c.referralsReceived);
  const refDays = daysSince(c.lastReferralAt, asOf);
  const referrals = saturate(exchanged) * (refDays === null ? 1 : decay(refDays));
  const relationship = 0.7 * oneToOne + 0.3 * referrals;
  const noRelationship = ootCount === 0 && exchanged === 0;
  const bookOneToOne = synergy >= STRONG_SYNERGY && noRelationship;

  if (ootCount === 0) {
    reasons.push(bookOneToOne ? 'No one-to-one yet: book one' : 'No one-to-one yet');
  } else {
    const last = c.oneToOnes.lastOn ? `, last on ${c.oneToOnes.lastOn.slice(0, 10)}` : '';
    const ago =
      ootDays !== null && ootDays >= FOLLOW_UP_AFTER_DAYS ? ` (${Math.floor(ootDays)} days ago)` : '';
    reasons.push(`${plural(ootCount, 'one-to-one')}${last}${ago}`);
  }
  if (exchanged === 0) {
    reasons.push('No referrals exchanged yet');
  } else {
    const last = c.lastReferralAt ? `, last on ${c.lastReferralAt.slice(0, 10)}` : '';
    reasons.push(
      `Referrals: ${c.referralsGiven} given to ${c.name}, ${c.referralsReceived} received from them${last}`,
    );
  }

  // Trust
  const r = c.asReceiver;
  const gaveWentWrong = Math.max(0, c.gaveWentWrong);
  const trust = (r.won + 1) / (r.won + 0.5 * r.lost + r.stalled + 2 * r.wentWrong + 2 * gaveWentWrong + 2);
  const closed = r.won + r.lost + r.wentWrong;
  if (closed + r.stalled + r.open + gaveWentWrong === 0) {
    reasons.push('No referral history yet');
  } else {
    if (closed > 0) reasons.push(`Won ${r.won} of ${plural(closed, 'referral')} received`);
    if (r.stalled > 0) reasons.push(`${plural(r.stalled, 'referral')} received ${be(r.stalled)} stalled`);
    if (r.wentWrong > 0) reasons.push(`${plural(r.wentWrong, 'referral')} received went wrong`);
    if (gaveWentWrong > 0) reasons.push(`${plural(gaveWentWrong, 'referral')} they gave went wrong`);
  }

  // Reciprocity
  const owed = (c.referralsReceived + 1) / (c.referralsGiven + c.referralsReceived + 2);
  const generosity = (c.totals.given + 1) / (c.totals.given + c.totals.received + 2);
  const reciprocity = (owed + generosity) / 2;
  const owesThem = c.referralsReceived > c.referralsGiven;
  const givesMuchMore = isMuchMore(c.totals.given, c.totals.received);
  if (owesThem) {
    reasons.push(
      `Has given you ${plural(c.referralsReceived, 'referral')} and received ${c.referralsGiven}: return the favour`,
    );
  }
  if (givesMuchMore) {
    reasons.push(
      `Gives much more than receives (${c.totals.given} given, ${c.totals.received} received): a referral would be reciprocated`,
    );
  } else if (isMuchMore(c.totals.received, c.totals.given)) {
    reasons.push(`Receives much more than gives (${c.totals.given} given, ${c.totals.received} received)`);
  }

  // Action
  let action: PartnerAction | null = null;
  if (bookOneToOne) action = 'BOOK_ONE_TO_ONE';
  else if ((owesThem || givesMuchMore) && trust >= 0.5) action = 'PASS_REFERRAL';
  else if (
    ootCount > 0 &&
    (ootDays === null || ootDays >= FOLLOW_UP_AFTER_DAYS) &&
    (refDays === null || refDays >= FOLLOW_UP_AFTER_DAYS)
  ) {
    action = 'FOLLOW_UP';
    reasons.push(`No one-to-one or referral in the last ${FOLLOW_UP_AFTER_DAYS} days: follow up`);
  }

  const score =
    (weights.synergy * synergy +
      weights.relationship * relationship +
      weights.trust * trust +
      weights.reciprocity * reciprocity) /
    weightSum;

  return {
    memberId: c.memberId,
    score: round3(score),
    breakdown: {
      synergy: round3(synergy),
      relationship: round3(relationship),
      trust: round3(trust),
      reciprocity: round3(reciprocity),
    },
    reasons,
    action,
  };
}

/** 1 − 0.5^n: the first meeting counts most, each further one adds half as much. */
function saturate(n: number): number {
  return n <= 0 ? 0 : 1 - 0.5 ** n;
}

/** Exponential decay with a 90-day half-life. */
export function decay(days: number): number {
  return 0.5 ** (Math.max(0, days) / RELATIONSHIP_HALF_LIFE_DAYS);
}

/** Days between an ISO date/datetime and asOf; null when absent or unparseable. Future dates count as 0. */
function daysSince(iso: string | null, asOf: Date): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, (asOf.getTime() - t) / DAY_MS);
}

/** "Much more" means at least twice as many and at least 3 more. */
function isMuchMore(a: number, b: number): boolean {
  return a >= 2 * b && a - b >= 3;
}

function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function fmt(x: number): string {
  return String(round3(x));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function be(n: number): string {
  return n === 1 ? 'is' : 'are';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
