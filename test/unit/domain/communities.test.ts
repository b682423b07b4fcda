import type { PowerGroupTemplate } from '@powergroups/server/test';
import { compareToPowerGroups, detectCommunities, type Tie, tieWeight } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Two cliques joined by one weak bridge, plus a member with no ties:
//
//   a ─ b          d ─ e
//    \ /           | ╳ |
//     c ·········· g ─ f        z (alone)
//
// Clique weights 2, bridge c–g weight 1: Louvain must split {a,b,c} from {d,e,f,g}; z is left out.
const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'z'];
const clique = (ids: string[], weight: number): Tie[] =>
  ids.flatMap((x, i) => ids.slice(i + 1).map((y) => ({ a: x, b: y, weight })));
const twoCliques: Tie[] = [
  ...clique(['a', 'b', 'c'], 2),
  ...clique(['d', 'e', 'f', 'g'], 2),
  { a: 'c', b: 'g', weight: 1 },
];

describe('detectCommunities', () => {
  it('splits two cliques into their two communities, biggest first, isolated members left out', () => {
    expect(detectCommunities(members, twoCliques)).toEqual([
      ['d', 'e', 'f', 'g'],
      ['a', 'b', 'c'],
    ]);
  });

  it('gives the same answer every time and whatever the input order', () => {
    const first = detectCommunities(members, twoCliques);
    for (let i = 0; i < 5; i++) expect(detectCommunities(members, twoCliques)).toEqual(first);
    const reversed = [...twoCliques].reverse().map((t) => ({ a: t.b, b: t.a, weight: t.weight }));
    expect(detectCommunities([...members].reverse(), reversed)).toEqual(first);
    expect(detectCommunities(members, twoCliques, { seed: 7 })).toEqual(first);
  });

  // Two triangles {a,b,c} {d,e,f} (weight 1) and a c–d bond given as ten parallel ties of 1.
  // Summed (m = 16), modularity by hand: {abc}{def} −0.125, all in one 0, {ab}{cd}{ef} 0.156 (best).
  // Had the parallel ties not added up, the triangles would split as in the first test.
  it('adds parallel ties up', () => {
    const triangles = [...clique(['a', 'b', 'c'], 1), ...clique(['d', 'e', 'f'], 1)];
    const parallel = Array.from({ length: 10 }, () => ({ a: 'c', b: 'd', weight: 1 }));
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(detectCommunities(ids, [...triangles, parallel[0] as Tie])).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(detectCommunities(ids, [...triangles, ...parallel])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('remembers an answer without sharing it: changing one answer leaves the next intact', () => {
    const first = detectCommunities(members, twoCliques);
    first[0]?.push('intruder');
    first.pop();
    expect(detectCommunities(members, twoCliques)).toEqual([
      ['d', 'e', 'f', 'g'],
      ['a', 'b', 'c'],
    ]);
  });

  it('ignores self-ties, unknown members and non-positive weights', () => {
    expect(detectCommunities(['a', 'b'], [{ a: 'a', b: 'a', weight: 5 }])).toEqual([]);
    expect(detectCommunities(['a', 'b'], [{ a: 'a', b: 'x', weight: 5 }])).toEqual([]);
    expect(detectCommunities(['a', 'b'], [{ a: 'a', b: 'b', weight: 0 }])).toEqual([]);
    expect(detectCommunities(['a', 'b'], [{ a: 'b', b: 'a', weight: 1 }])).toEqual([['a', 'b']]);
  });
});

describe('compareToPowerGroups', () => {
  const templates: PowerGroupTemplate[] = [
    {
      id: 'property',
      name: 'Property',
      description: '',
      industryIds: ['mi', 'sol', 'ea', 'surv', 'rem', 'ins'],
    },
    { id: 'finance', name: 'Finance', description: '', industryIds: ['mi', 'acc', 'fa', 'ins'] },
    { id: 'events', name: 'Events', description: '', industryIds: ['florist', 'photo', 'caterer'] },
  ];
  const industry = new Map([
    ['d', 'mi'],
    ['e', 'sol'],
    ['f', 'ea'],
    ['g', 'surv'],
    ['a', 'florist'],
    ['b', 'photo'],
    ['c', 'mi'],
  ]);

  it('matches each community to the most similar power group by Jaccard', () => {
    // {mi,sol,ea,surv}: property 4/6, finance 1/7.  {florist,photo,mi}: events 2/4, finance 1/6, property 1/8.
    expect(
      compareToPowerGroups(
        [
          ['d', 'e', 'f', 'g'],
          ['a', 'b', 'c'],
          ['x', 'y'],
        ],
        industry,
        templates,
      ),
    ).toEqual([
      { id: 0, memberIds: ['d', 'e', 'f', 'g'], bestMatch: { powerGroupId: 'property', jaccard: 4 / 6 } },
      { id: 1, memberIds: ['a', 'b', 'c'], bestMatch: { powerGroupId: 'events', jaccard: 0.5 } },
      { id: 2, memberIds: ['x', 'y'], bestMatch: null },
    ]);
  });
});

describe('tieWeight', () => {
  it('counts a one-to-one twice a referral, with diminishing returns', () => {
    expect([1, 2, 4].map((n) => tieWeight('ONE_TO_ONE', n))).toEqual([2, 4, 6]);
    expect([0, 1, 2, 4].map((n) => tieWeight('REFERRAL', n))).toEqual([0, 1, 2, 3]);
  });
});
