import {
  type ContactVisibility,
  type WhoKnowsFacts,
  whoKnowsAnswer,
  whoKnowsAnswers,
} from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Group g1 asks who knows a Mortgage intermediary (mi). Mia is one; Sol knows Carl (strength 4);
// Ann has one-to-ones with Sol; Ben has referrals with Sol.
const industry = { id: 'mi', name: 'Mortgage intermediary' };
const facts = (hit: Partial<WhoKnowsFacts> & Pick<WhoKnowsFacts, 'memberId' | 'hops'>): WhoKnowsFacts => ({
  memberName: hit.memberId,
  groupId: 'g1',
  strength: 0,
  via: 'IN_INDUSTRY',
  contactId: null,
  contactName: null,
  contactStrength: null,
  throughId: null,
  throughName: null,
  ...hit,
});
const mia = facts({ memberId: 'mia', memberName: 'Mia', hops: 0 });
const sol = facts({
  memberId: 'sol',
  memberName: 'Sol',
  hops: 1,
  strength: 4,
  via: 'KNOWS',
  contactId: 'carl',
  contactName: 'Carl',
  contactStrength: 4,
});
const ann = facts({
  memberId: 'ann',
  memberName: 'Ann',
  hops: 2,
  strength: 2.66666,
  via: 'ONE_TO_ONE',
  contactId: 'carl',
  contactName: 'Carl',
  contactStrength: 4,
  throughId: 'sol',
  throughName: 'Sol',
});
const ben = facts({ ...ann, memberId: 'ben', memberName: 'Ben', strength: 1, via: 'REFERRAL' });

const nobody: ContactVisibility = () => false;
const solOnly: ContactVisibility = (knownBy) => knownBy === 'sol';
const organiserOfG1: ContactVisibility = (_knownBy, groupId) => groupId === 'g1';

describe('whoKnowsAnswer', () => {
  it('0 hops: the member is in the industry, the path goes straight to it', () => {
    expect(whoKnowsAnswer(mia, industry, nobody)).toEqual({
      memberId: 'mia',
      hops: 0,
      strength: 0,
      reason: 'Is a mortgage intermediary',
      path: [
        { nodeId: 'mia', kind: 'MEMBER', label: 'Mia', via: null },
        { nodeId: 'mi', kind: 'INDUSTRY', label: 'Mortgage intermediary', via: 'IN_INDUSTRY' },
      ],
    });
  });

  it('1 hop: names the contact only to whom may see them', () => {
    const hidden = whoKnowsAnswer(sol, industry, nobody);
    expect(hidden.reason).toBe('Knows a mortgage intermediary (tie strength 4/5)');
    expect(hidden.path).toEqual([
      { nodeId: 'sol', kind: 'MEMBER', label: 'Sol', via: null },
      { nodeId: null, kind: 'CONTACT', label: 'a contact in Mortgage intermediary', via: 'KNOWS' },
      { nodeId: 'mi', kind: 'INDUSTRY', label: 'Mortgage intermediary', via: 'IN_INDUSTRY' },
    ]);
    expect(whoKnowsAnswer(sol, industry, solOnly).path[1]).toEqual({
      nodeId: 'carl',
      kind: 'CONTACT',
      label: 'Carl',
      via: 'KNOWS',
    });
    expect(whoKnowsAnswer(sol, industry, organiserOfG1).path[1]?.nodeId).toBe('carl');
  });

  it('1 hop: an unknown tie strength reads "?"', () => {
    expect(whoKnowsAnswer({ ...sol, contactStrength: null }, industry, nobody).reason).toBe(
      'Knows a mortgage intermediary (tie strength ?/5)',
    );
  });

  it('2 hops: goes through the member who knows, who alone (or an organiser) sees the contact', () => {
    const answer = whoKnowsAnswer(ann, industry, solOnly);
    expect(answer.reason).toBe('Has one-to-ones with Sol, who knows a mortgage intermediary');
    expect(answer.strength).toBe(2.667);
    expect(answer.path).toEqual([
      { nodeId: 'ann', kind: 'MEMBER', label: 'Ann', via: null },
      { nodeId: 'sol', kind: 'MEMBER', label: 'Sol', via: 'ONE_TO_ONE' },
      { nodeId: 'carl', kind: 'CONTACT', label: 'Carl', via: 'KNOWS' },
      { nodeId: 'mi', kind: 'INDUSTRY', label: 'Mortgage intermediary', via: 'IN_INDUSTRY' },
    ]);
    // Ann herself does not know Carl: asked as Ann, the contact stays hidden.
    const asAnn: ContactVisibility = (knownBy) => knownBy === 'ann';
    expect(whoKnowsAnswer(ann, industry, asAnn).path[2]?.nodeId).toBeNull();
    expect(whoKnowsAnswer(ben, industry, nobody).reason).toBe(
      'Has referrals with Sol, who knows a mortgage intermediary',
    );
  });
});

describe('whoKnowsAnswers', () => {
  it('ranks by hops then strength, one answer per member, and keeps the first `limit`', () => {
    const hits = [ben, ann, sol, mia, { ...sol, hops: 2 as const, strength: 5, via: 'ONE_TO_ONE' as const }];
    const all = whoKnowsAnswers(hits, industry, { limit: 10, canSeeContact: nobody });
    expect(all.map((a) => [a.memberId, a.hops])).toEqual([
      ['mia', 0],
      ['sol', 1],
      ['ann', 2],
      ['ben', 2],
    ]);
    expect(
      whoKnowsAnswers(hits, industry, { limit: 2, canSeeContact: nobody }).map((a) => a.memberId),
    ).toEqual(['mia', 'sol']);
  });
});
