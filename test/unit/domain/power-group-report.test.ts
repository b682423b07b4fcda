import { type GroupFacts, type PowerGroupTemplate, powerGroupReport, tiesOf } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Two triangles with no tie between them:
//   a (mi) — b (sol) — c (ea) — a          one-to-ones (a–b twice)
//   d (acc) → e (fa) → f (no industry), d — f   referrals d→e ×3, e→f; one-to-one d–f
// Templates: property {mi, sol, ea, surv} (3 of 4 → PARTIAL, gap surv), finance {acc, fa, ins}
// (2 of 3 → PARTIAL, gap ins). Reach: c and d know surveyors, e knows an insurer.
const template = (id: string, industryIds: string[]): PowerGroupTemplate => ({
  id,
  name: id,
  description: '',
  industryIds,
});
const property = template('property', ['mi', 'sol', 'ea', 'surv']);
const finance = template('finance', ['acc', 'fa', 'ins']);
const member = (id: string, industryId: string | null) => ({ id, name: id.toUpperCase(), industryId });
const group: GroupFacts = {
  members: [
    member('a', 'mi'),
    member('b', 'sol'),
    member('c', 'ea'),
    member('d', 'acc'),
    member('e', 'fa'),
    member('f', null),
  ],
  oneToOnes: [
    { a: 'a', b: 'b', count: 2 },
    { a: 'b', b: 'c', count: 1 },
    { a: 'a', b: 'c', count: 1 },
    { a: 'd', b: 'f', count: 1 },
  ],
  referrals: [
    { giver: 'd', receiver: 'e', count: 3 },
    { giver: 'e', receiver: 'f', count: 1 },
  ],
  reach: [
    { memberId: 'c', industryId: 'surv', contacts: 1, maxStrength: 3 },
    { memberId: 'd', industryId: 'surv', contacts: 2, maxStrength: 5 },
    { memberId: 'e', industryId: 'ins', contacts: 1, maxStrength: 2 },
  ],
};

describe('tiesOf', () => {
  it('weighs one-to-ones twice referrals, with diminishing returns on the count', () => {
    expect(
      tiesOf({
        oneToOnes: [
          { a: 'a', b: 'b', count: 1 },
          { a: 'a', b: 'c', count: 4 },
        ],
        referrals: [
          { giver: 'd', receiver: 'e', count: 1 },
          { giver: 'e', receiver: 'd', count: 2 },
        ],
      }),
    ).toEqual([
      { a: 'a', b: 'b', weight: 2 },
      { a: 'a', b: 'c', weight: 6 },
      { a: 'd', b: 'e', weight: 1 },
      { a: 'e', b: 'd', weight: 2 },
    ]);
  });

  it('is empty for a group with no ties', () => {
    expect(tiesOf({ oneToOnes: [], referrals: [] })).toEqual([]);
  });
});

describe('powerGroupReport', () => {
  const report = powerGroupReport('g1', group, [property, finance]);

  it('stands each template in the group, with the template beside its standing', () => {
    expect(report.groupId).toBe('g1');
    expect(report.templates).toEqual([property, finance]);
    expect(report.standings).toEqual([
      {
        powerGroupId: 'property',
        template: property,
        filled: [
          { industryId: 'mi', memberIds: ['a'] },
          { industryId: 'sol', memberIds: ['b'] },
          { industryId: 'ea', memberIds: ['c'] },
        ],
        gaps: [
          {
            industryId: 'surv',
            inviters: [
              { memberId: 'd', contacts: 2, maxStrength: 5 },
              { memberId: 'c', contacts: 1, maxStrength: 3 },
            ],
          },
        ],
        coverage: 0.75,
        status: 'PARTIAL',
      },
      {
        powerGroupId: 'finance',
        template: finance,
        filled: [
          { industryId: 'acc', memberIds: ['d'] },
          { industryId: 'fa', memberIds: ['e'] },
        ],
        gaps: [{ industryId: 'ins', inviters: [{ memberId: 'e', contacts: 1, maxStrength: 2 }] }],
        coverage: 2 / 3,
        status: 'PARTIAL',
      },
    ]);
  });

  it('finds the two triangles and matches each to its template; a member with no industry still belongs', () => {
    expect(report.communities).toEqual([
      { id: 0, memberIds: ['a', 'b', 'c'], bestMatch: { powerGroupId: 'property', jaccard: 0.75 } },
      { id: 1, memberIds: ['d', 'e', 'f'], bestMatch: { powerGroupId: 'finance', jaccard: 2 / 3 } },
    ]);
  });

  it('with no templates: no standings, communities with no match', () => {
    const bare = powerGroupReport('g1', group, []);
    expect(bare.standings).toEqual([]);
    expect(bare.communities.map((c) => c.bestMatch)).toEqual([null, null]);
  });
});
