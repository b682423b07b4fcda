import { type FlatPartnerFacts, partnerCandidates, scorePartners } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Two flat rows as the repository reads them: Sol (solicitor, synergy 0.8, some history) and
// Pat (no industry, no synergy, nothing yet).
const sol: FlatPartnerFacts = {
  memberId: 'sol',
  name: 'Sol',
  industryId: 'solicitor',
  industryName: 'Solicitor',
  synergyStrength: 0.8,
  synergyReason: 'Every purchase needs both',
  competes: false,
  oneToOnes: 2,
  lastOneToOne: '2026-09-01',
  referralsGiven: 1,
  referralsReceived: 3,
  lastReferralAt: '2026-09-20T10:00:00Z',
  won: 4,
  lost: 1,
  wentWrong: 0,
  stalled: 1,
  open: 2,
  gaveWentWrong: 0,
  given: 7,
  received: 5,
};
const pat: FlatPartnerFacts = {
  ...sol,
  memberId: 'pat',
  name: 'Pat',
  industryId: null,
  industryName: 'No industry',
  synergyStrength: null,
  synergyReason: null,
  oneToOnes: 0,
  lastOneToOne: null,
  referralsGiven: 0,
  referralsReceived: 0,
  lastReferralAt: null,
  won: 0,
  lost: 0,
  stalled: 0,
  open: 0,
  given: 0,
  received: 0,
};

describe('partnerCandidates', () => {
  it('groups a flat row into the facts scorePartners reads', () => {
    expect(partnerCandidates([sol])).toEqual([
      {
        memberId: 'sol',
        name: 'Sol',
        industryId: 'solicitor',
        industryName: 'Solicitor',
        synergy: { strength: 0.8, reason: 'Every purchase needs both' },
        competes: false,
        oneToOnes: { count: 2, lastOn: '2026-09-01' },
        referralsGiven: 1,
        referralsReceived: 3,
        lastReferralAt: '2026-09-20T10:00:00Z',
        asReceiver: { won: 4, lost: 1, wentWrong: 0, stalled: 1, open: 2 },
        gaveWentWrong: 0,
        totals: { given: 7, received: 5 },
      },
    ]);
  });

  it('reads no synergy as null, a synergy with no reason as "", and no industry as ""', () => {
    const [noSynergy] = partnerCandidates([pat]);
    expect(noSynergy?.synergy).toBeNull();
    expect(noSynergy?.industryId).toBe('');
    expect(partnerCandidates([{ ...sol, synergyReason: null }])[0]?.synergy).toEqual({
      strength: 0.8,
      reason: '',
    });
  });

  it('keeps the rows’ order and drops nothing: competitors are left to scorePartners', () => {
    const rival = { ...sol, memberId: 'rita', name: 'Rita', competes: true };
    expect(partnerCandidates([pat, rival, sol]).map((c) => c.memberId)).toEqual(['pat', 'rita', 'sol']);
    const scored = scorePartners(partnerCandidates([pat, rival, sol]), { asOf: new Date('2026-10-10') });
    expect(scored.map((s) => s.memberId)).toEqual(['sol', 'pat']);
  });
});
