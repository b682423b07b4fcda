import { rankWhoKnows, type WhoKnowsHit } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

describe('rankWhoKnows', () => {
  // m2 is in the industry; m1, m3, m5 know a contact; m4 only through a one-to-one with m3.
  // m1 also appears at 2 hops with a stronger tie: fewer hops still wins.
  type Hit = WhoKnowsHit & { path: string[] };
  const hits: Hit[] = [
    { memberId: 'm1', hops: 2, strength: 5, via: 'ONE_TO_ONE', path: ['m1', 'm3', 'c1'] },
    { memberId: 'm1', hops: 1, strength: 3, via: 'KNOWS', path: ['m1', 'c2'] },
    { memberId: 'm4', hops: 2, strength: 4, via: 'REFERRAL', path: ['m4', 'm3', 'c1'] },
    { memberId: 'm3', hops: 1, strength: 2, via: 'KNOWS', path: ['m3', 'c3'] },
    { memberId: 'm3', hops: 1, strength: 5, via: 'KNOWS', path: ['m3', 'c1'] },
    { memberId: 'm5', hops: 1, strength: 3, via: 'KNOWS', path: ['m5', 'c4'] },
    { memberId: 'm2', hops: 0, strength: 0, via: 'IN_INDUSTRY', path: ['m2'] },
  ];

  it('keeps one best entry per member and sorts by hops, strength, id', () => {
    expect(rankWhoKnows(hits).map((h) => [h.memberId, h.hops, h.strength])).toEqual([
      ['m2', 0, 0],
      ['m3', 1, 5],
      ['m1', 1, 3],
      ['m5', 1, 3],
      ['m4', 2, 4],
    ]);
  });

  it('passes the caller’s path data through untouched', () => {
    const m3 = rankWhoKnows(hits).find((h) => h.memberId === 'm3');
    expect(m3?.path).toEqual(['m3', 'c1']);
  });

  it('gives the same answer whatever the input order', () => {
    expect(rankWhoKnows([...hits].reverse())).toEqual(rankWhoKnows(hits));
  });
});
