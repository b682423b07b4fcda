// The sample dataset and what SAMPLE_FACTS promises about it, checked on the data itself.

import { SAMPLE_FACTS as F } from '@powergroups/seed';
import { ImportError, SAMPLE_DATA, validatedSample } from '@powergroups/server';
import { locate, validateGraph } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

const rows = validatedSample();
const NOW = Date.parse(F.now);
const DAY = 86_400_000;
const OPEN = new Set(['OFFERED', 'CONTACTED', 'MEETING_BOOKED']);

const member = (id: string) => {
  const found = rows.members.find((m) => m.id === id);
  if (!found) throw new Error(`no member ${id}`);
  return found;
};
const groupMembers = rows.members.filter((m) => m.groupId === F.groupId);
const synergy = (a: string, b: string) =>
  rows.synergies.find((s) => (s.a === a && s.b === b) || (s.a === b && s.b === a))?.strength ?? 0;
const competes = (a: string, b: string) =>
  rows.competitions.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a));
const contactIndustry = new Map(rows.contacts.map((c) => [c.id, c.industryId]));
const oneToOneBetween = (a: string, b: string) =>
  rows.oneToOnes.some((o) => o.memberIds.includes(a) && o.memberIds.includes(b));
const referralBetween = (a: string, b: string) =>
  rows.referrals.some((r) => (r.fromId === a && r.toId === b) || (r.fromId === b && r.toId === a));

describe('the sample dataset', () => {
  it('passes validation and has the promised shape', () => {
    expect(rows.groups).toHaveLength(3);
    for (const group of rows.groups) {
      const size = rows.members.filter((m) => m.groupId === group.id).length;
      expect(size).toBeGreaterThanOrEqual(25);
      expect(size).toBeLessThanOrEqual(40);
    }
    expect(rows.industries.length).toBeGreaterThanOrEqual(55);
    expect(rows.industries.length).toBeLessThanOrEqual(70);
    expect(rows.powerGroups.length).toBeGreaterThanOrEqual(6);
    expect(rows.powerGroups.length).toBeLessThanOrEqual(10);
    expect(new Set(rows.referrals.map((r) => r.status))).toEqual(
      new Set(['OFFERED', 'CONTACTED', 'MEETING_BOOKED', 'WON', 'LOST', 'WENT_WRONG']),
    );
    for (const r of rows.referrals) {
      expect(r.value !== null).toBe(r.status === 'WON');
      expect(r.createdAt >= '2025-12-01' && r.updatedAt < '2026-11-22').toBe(true);
    }
    // Held ones in the sample's year; booked ones still to come on its "today".
    for (const o of rows.oneToOnes) {
      if (o.status === 'PLANNED') expect(o.on > '2026-11-22').toBe(true);
      else expect(o.on >= '2025-12-01' && o.on <= '2026-11-21').toBe(true);
    }
    expect(rows.oneToOnes.some((o) => o.status === 'PLANNED')).toBe(true);
  });

  it('has mortgage intermediary synergy with accountant, solicitor and estate agent, with reasons', () => {
    for (const other of ['ind-accountant', 'ind-solicitor', 'ind-estate-agent']) {
      expect(synergy(F.mortgageIndustryId, other)).toBeGreaterThanOrEqual(0.8);
    }
    for (const s of rows.synergies) expect(s.reason.trim().length).toBeGreaterThan(5);
  });

  it('keeps "mortgage" to the mortgage industry, which has the broker and advisor synonyms', () => {
    const mortgage = rows.industries.find((i) => i.id === F.mortgageIndustryId);
    expect(mortgage?.synonyms).toEqual(expect.arrayContaining(['mortgage broker', 'mortgage advisor']));
    for (const industry of rows.industries) {
      if (industry.id === F.mortgageIndustryId) continue;
      const text = [industry.name, ...industry.synonyms].join(' ').toLowerCase();
      if (text.includes('mortgage')) expect(competes(industry.id, F.mortgageIndustryId)).toBe(true);
    }
  });

  it('has one member per industry per group, every member in one group', () => {
    const seats = new Set(rows.members.map((m) => `${m.groupId} ${m.industryId}`));
    expect(seats.size).toBe(rows.members.length);
  });

  it('holds the main-group facts the API tests rely on', () => {
    const industryOf = (id: string) => member(id).industryId;
    expect(industryOf(F.mortgageIntermediaryId)).toBe(F.mortgageIndustryId);
    expect(industryOf(F.accountantId)).toBe('ind-accountant');
    expect(industryOf(F.solicitorId)).toBe('ind-solicitor');
    expect(industryOf(F.estateAgentId)).toBe('ind-estate-agent');
    for (const id of [
      F.mortgageIntermediaryId,
      F.accountantId,
      F.solicitorId,
      F.estateAgentId,
      F.competitorOfMortgageId,
    ])
      expect(member(id).groupId).toBe(F.groupId);
    expect(competes(industryOf(F.competitorOfMortgageId), F.mortgageIndustryId)).toBe(true);

    // one-to-ones with some but not all of the three; a high-synergy partner with no tie at all
    const partners = [F.accountantId, F.solicitorId, F.estateAgentId];
    const met = partners.filter((id) => oneToOneBetween(F.mortgageIntermediaryId, id));
    expect(met.length).toBeGreaterThan(0);
    expect(met.length).toBeLessThan(3);
    expect(synergy(F.mortgageIndustryId, industryOf(F.noTieHighSynergyId))).toBeGreaterThanOrEqual(0.8);
    expect(oneToOneBetween(F.mortgageIntermediaryId, F.noTieHighSynergyId)).toBe(false);
    expect(referralBetween(F.mortgageIntermediaryId, F.noTieHighSynergyId)).toBe(false);

    // exactly these members know a mortgage contact
    const knowers = new Set(
      rows.knows
        .filter((k) => contactIndustry.get(k.contactId) === F.mortgageIndustryId)
        .map((k) => k.memberId)
        .filter((id) => groupMembers.some((m) => m.id === id && m.industryId !== F.mortgageIndustryId)),
    );
    expect([...knowers].sort()).toEqual([...F.knowsMortgageContactIds].sort());
    expect(knowers.has(F.twoHopMortgageId)).toBe(false);
    expect(member(F.twoHopMortgageId).groupId).toBe(F.groupId);
    expect(F.knowsMortgageContactIds.some((id) => oneToOneBetween(F.twoHopMortgageId, id))).toBe(true);

    expect(member(F.organiserId).role).toBe('ORGANISER');
    expect(member(F.organiserId).groupId).toBe(F.groupId);
    expect(industryOf(F.networkingTrainerId)).toBe('ind-networking-trainer');
  });

  it('has the referral stories: stalled, recent, won, went wrong, generous and unlucky givers', () => {
    const byId = new Map(rows.referrals.map((r) => [r.id, r]));
    const stalled = rows.referrals
      .filter((r) => OPEN.has(r.status) && NOW - Date.parse(r.updatedAt) > 14 * DAY)
      .map((r) => r.id);
    expect(stalled.sort()).toEqual([...F.stalledReferralIds].sort());
    expect(stalled).toContain(F.stalledReferralId);
    const recent = rows.referrals
      .filter((r) => OPEN.has(r.status) && NOW - Date.parse(r.updatedAt) <= 10 * DAY)
      .map((r) => r.id);
    expect(recent.sort()).toEqual([...F.recentOpenReferralIds].sort());
    expect(byId.get(F.wonReferralId)).toMatchObject({ status: 'WON', value: 2400 });
    expect(byId.get(F.wentWrongReferralId)?.status).toBe('WENT_WRONG');

    const given = (id: string) => rows.referrals.filter((r) => r.fromId === id).length;
    const received = (id: string) => rows.referrals.filter((r) => r.toId === id).length;
    const mostGiven = Math.max(...groupMembers.map((m) => given(m.id)));
    expect(given(F.networkingTrainerId)).toBe(mostGiven);
    expect(given(F.givesMuchReceivesLittleId)).toBeGreaterThanOrEqual(6);
    expect(received(F.givesMuchReceivesLittleId)).toBeLessThanOrEqual(1);
  });

  it('has exactly the promised gaps in the main group, with members who could invite', () => {
    const held = new Set(groupMembers.map((m) => m.industryId));
    const pg = rows.powerGroups.find((p) => p.id === F.gapPowerGroupId);
    expect(pg?.industryIds.filter((id) => !held.has(id)).sort()).toEqual([...F.gapIndustryIds].sort());
    const full = rows.powerGroups.find((p) => p.id === F.fullPowerGroupId);
    expect(full?.industryIds.every((id) => held.has(id))).toBe(true);
    for (const [industryId, inviters] of Object.entries(F.gapInviterIds)) {
      const knowers = rows.knows
        .filter((k) => contactIndustry.get(k.contactId) === industryId)
        .map((k) => k.memberId)
        .filter((id) => groupMembers.some((m) => m.id === id));
      expect([...new Set(knowers)].sort()).toEqual([...inviters].sort());
    }
  });
});

describe('validation of the sample rows', () => {
  it('names the section, row and field of a broken hand edit', () => {
    const broken = {
      ...SAMPLE_DATA,
      members: SAMPLE_DATA.members.map((m, i) => (i === 4 ? { ...m, joinedAt: '2026-02-30' } : m)),
    };
    expect(() => validateGraph(locate(broken, 'seed/data'))).toThrow(ImportError);
    expect(() => validateGraph(locate(broken, 'seed/data'))).toThrow(
      /seed\/data members: row 5, field "joinedAt"/,
    );
  });
});
