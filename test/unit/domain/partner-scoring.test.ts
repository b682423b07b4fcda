import { DEFAULT_PARTNER_WEIGHTS, type PartnerCandidateFacts, scorePartners } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// The subject is Mia, a mortgage intermediary. asOf = 2026-10-10.
//
//   Alice (Accountant)   synergy 0.9, 3 one-to-ones (last 2026-07-12 = 90 days ago), referrals 1 given /
//                        2 received (last today), as receiver won 4 lost 1, totals 6 given / 5 received
//   Sam (Solicitor)      synergy 0.8, nothing else at all
//   Olga (Surveyor)      synergy 0.7, 2 one-to-ones, last 2026-01-13 = 270 days ago
//   Nora (Florist)       no synergy, 1 one-to-one today, as receiver 1 stalled 1 went wrong, gave 1 that
//                        went wrong, totals 1 given / 4 received
//   Carl (Mortgage int.) competes, synergy 1.0 and everything else excellent — must never appear
//
// By hand (formula at the top of partner-scoring.ts):
//   Alice  rel = 0.7·(0.875·0.5) + 0.3·(0.875·1) = 0.56875;  trust = 5/6.5 = 0.76923
//          recip = (3/5 + 7/13)/2 = 0.56923
//          score = 0.4·0.9 + 0.3·0.56875 + 0.2·0.76923 + 0.1·0.56923 = 0.74139 → 0.741   PASS_REFERRAL
//   Sam    score = 0.4·0.8 + 0 + 0.2·0.5 + 0.1·0.5 = 0.47                               BOOK_ONE_TO_ONE
//   Olga   rel = 0.7·(0.75·0.125) = 0.065625
//          score = 0.28 + 0.3·0.065625 + 0.1 + 0.05 = 0.44969 → 0.45                   FOLLOW_UP
//   Nora   rel = 0.7·0.5 = 0.35; trust = 1/(1 + 2 + 2 + 2) = 1/7; recip = (1/2 + 2/7)/2 = 0.392857
//          score = 0.105 + 0.0285714 + 0.0392857 = 0.172857 → 0.173                    no action
const asOf = new Date('2026-10-10T00:00:00Z');

function facts(over: Partial<PartnerCandidateFacts> & Pick<PartnerCandidateFacts, 'memberId' | 'name'>) {
  return {
    industryId: `ind-${over.memberId}`,
    industryName: 'Industry',
    synergy: null,
    competes: false,
    oneToOnes: { count: 0, lastOn: null },
    referralsGiven: 0,
    referralsReceived: 0,
    lastReferralAt: null,
    asReceiver: { won: 0, lost: 0, wentWrong: 0, stalled: 0, open: 0 },
    gaveWentWrong: 0,
    totals: { given: 0, received: 0 },
    ...over,
  } satisfies PartnerCandidateFacts;
}

const alice = facts({
  memberId: 'alice',
  name: 'Alice',
  industryName: 'Accountant',
  synergy: { strength: 0.9, reason: 'accountants advise the same clients on finance' },
  oneToOnes: { count: 3, lastOn: '2026-07-12' },
  referralsGiven: 1,
  referralsReceived: 2,
  lastReferralAt: '2026-10-10T00:00:00Z',
  asReceiver: { won: 4, lost: 1, wentWrong: 0, stalled: 0, open: 1 },
  totals: { given: 6, received: 5 },
});
const sam = facts({
  memberId: 'sam',
  name: 'Sam',
  industryName: 'Solicitor',
  synergy: { strength: 0.8, reason: 'conveyancing for every mortgage' },
});
const olga = facts({
  memberId: 'olga',
  name: 'Olga',
  industryName: 'Surveyor',
  synergy: { strength: 0.7, reason: 'valuations for lenders' },
  oneToOnes: { count: 2, lastOn: '2026-01-13' },
});
const nora = facts({
  memberId: 'nora',
  name: 'Nora',
  industryName: 'Florist',
  oneToOnes: { count: 1, lastOn: '2026-10-10' },
  asReceiver: { won: 0, lost: 0, wentWrong: 1, stalled: 1, open: 1 },
  gaveWentWrong: 1,
  totals: { given: 1, received: 4 },
});
const carl = facts({
  memberId: 'carl',
  name: 'Carl',
  industryName: 'Mortgage intermediary',
  synergy: { strength: 1, reason: 'same clients' },
  competes: true,
  oneToOnes: { count: 20, lastOn: '2026-10-09' },
  referralsGiven: 10,
  referralsReceived: 30,
  lastReferralAt: '2026-10-09T00:00:00Z',
  asReceiver: { won: 50, lost: 0, wentWrong: 0, stalled: 0, open: 0 },
  totals: { given: 100, received: 1 },
});

const all = [nora, carl, olga, sam, alice];
const options = { asOf, subjectIndustryName: 'Mortgage intermediary' };

describe('scorePartners', () => {
  it('ranks the hand-worked graph and never returns the competitor', () => {
    const ranked = scorePartners(all, options);
    expect(ranked.map((s) => [s.memberId, s.score, s.action])).toEqual([
      ['alice', 0.741, 'PASS_REFERRAL'],
      ['sam', 0.47, 'BOOK_ONE_TO_ONE'],
      ['olga', 0.45, 'FOLLOW_UP'],
      ['nora', 0.173, null],
    ]);
  });

  it('never suggests a competitor, even with perfect synergy and history', () => {
    expect(scorePartners([carl], options)).toEqual([]);
    expect(scorePartners(all, options).some((s) => s.memberId === 'carl')).toBe(false);
  });

  it('gives every part of the score, so a reader can recompute it', () => {
    const [first] = scorePartners([alice], options);
    expect(first?.breakdown).toEqual({ synergy: 0.9, relationship: 0.569, trust: 0.769, reciprocity: 0.569 });
    const { synergy, relationship, trust, reciprocity } = DEFAULT_PARTNER_WEIGHTS;
    const b = first?.breakdown ?? { synergy: 0, relationship: 0, trust: 0, reciprocity: 0 };
    const recomputed =
      synergy * b.synergy + relationship * b.relationship + trust * b.trust + reciprocity * b.reciprocity;
    expect(recomputed).toBeCloseTo(first?.score ?? -1, 2);
  });

  it('explains itself in words', () => {
    const [a] = scorePartners([alice], options);
    expect(a?.reasons).toEqual(
      expect.arrayContaining([
        'Strong synergy (0.9): accountants advise the same clients on finance',
        '3 one-to-ones, last on 2026-07-12',
        'Won 4 of 5 referrals received',
        'Has given you 2 referrals and received 1: return the favour',
      ]),
    );
    const [n] = scorePartners([nora], options);
    expect(n?.reasons).toEqual(
      expect.arrayContaining([
        'No known synergy between Mortgage intermediary and Florist',
        '1 referral received is stalled',
        '1 referral received went wrong',
        '1 referral they gave went wrong',
        'Receives much more than gives (1 given, 4 received)',
      ]),
    );
  });

  it('says "book a one-to-one" for high synergy with no relationship at all', () => {
    const [s] = scorePartners([sam], options);
    expect(s?.action).toBe('BOOK_ONE_TO_ONE');
    expect(s?.reasons).toContain('No one-to-one yet: book one');
    // One referral either way is a relationship: no longer a cold introduction.
    const [withReferral] = scorePartners([{ ...sam, referralsReceived: 1 }], options);
    expect(withReferral?.action).not.toBe('BOOK_ONE_TO_ONE');
    // Below 0.6 synergy, no push to book.
    const [weak] = scorePartners([{ ...sam, synergy: { strength: 0.59, reason: 'some' } }], options);
    expect(weak?.action).toBeNull();
    expect(weak?.reasons).toContain('Some synergy (0.59): some');
  });

  it('uses a neutral trust prior when there is no referral history', () => {
    const [s] = scorePartners([sam], options);
    expect(s?.breakdown.trust).toBe(0.5);
    expect(s?.reasons).toContain('No referral history yet');
    const won = scorePartners([{ ...sam, asReceiver: { ...sam.asReceiver, won: 2 } }], options)[0];
    const stalled = scorePartners([{ ...sam, asReceiver: { ...sam.asReceiver, stalled: 2 } }], options)[0];
    const gaveBad = scorePartners([{ ...sam, gaveWentWrong: 1 }], options)[0];
    expect(won?.breakdown.trust).toBe(0.75); // 3/4
    expect(stalled?.breakdown.trust).toBe(0.25); // 1/4
    expect(gaveBad?.breakdown.trust).toBe(0.25); // 1/4
  });

  it('decays one-to-ones with a 90-day half-life', () => {
    const at = (lastOn: string) =>
      scorePartners([facts({ memberId: 'x', name: 'X', oneToOnes: { count: 1, lastOn } })], options)[0]
        ?.breakdown.relationship;
    expect(at('2026-10-10')).toBe(0.35); // 0.7 · 0.5
    expect(at('2026-07-12')).toBe(0.175); // 90 days: half
    expect(at('2026-04-13')).toBe(0.088); // 180 days: a quarter (0.0875)
  });

  it('favours members who give much and receive little', () => {
    const giver = facts({ memberId: 'g', name: 'G', totals: { given: 8, received: 0 } });
    const taker = facts({ memberId: 't', name: 'T', totals: { given: 0, received: 8 } });
    const [g, t] = scorePartners([taker, giver], options);
    expect(g?.memberId).toBe('g');
    expect(g?.breakdown.reciprocity).toBe(0.7); // (1/2 + 9/10)/2
    expect(t?.breakdown.reciprocity).toBe(0.3); // (1/2 + 1/10)/2
    expect(g?.action).toBe('PASS_REFERRAL');
    expect(g?.reasons).toContain(
      'Gives much more than receives (8 given, 0 received): a referral would be reciprocated',
    );
  });

  it('breaks ties by name, honours limit and custom weights', () => {
    const zed = facts({ memberId: 'm1', name: 'Zed' });
    const bea = facts({ memberId: 'm2', name: 'Bea' });
    expect(scorePartners([zed, bea], options).map((s) => s.memberId)).toEqual(['m2', 'm1']);
    expect(scorePartners(all, { ...options, limit: 2 }).map((s) => s.memberId)).toEqual(['alice', 'sam']);
    const synergyOnly = { synergy: 1, relationship: 0, trust: 0, reciprocity: 0 };
    expect(
      scorePartners(all, { ...options, weights: synergyOnly }).map((s) => [s.memberId, s.score]),
    ).toEqual([
      ['alice', 0.9],
      ['sam', 0.8],
      ['olga', 0.7],
      ['nora', 0],
    ]);
  });
});
