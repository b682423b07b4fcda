import {
  analysePowerGroups,
  type ContactReach,
  groupGaps,
  type MemberSeat,
  memberPowerGroups,
  type PowerGroupTemplate,
  recruitingTargets,
} from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Industries: mi (mortgage), sol, ea (estate agent), surv, rem (removals), ins, acc, fa (financial
// adviser), florist, photo, caterer, notary.
const template = (id: string, industryIds: string[]): PowerGroupTemplate => ({
  id,
  name: id,
  description: '',
  industryIds,
});
const templates = [
  template('property', ['mi', 'sol', 'ea', 'surv', 'rem', 'ins']), // 5 of 6 filled → 0.833 STRONG, gap rem
  template('finance', ['mi', 'acc', 'fa', 'ins']), //                  3 of 4 → 0.75 PARTIAL, gap fa
  template('events', ['florist', 'photo', 'caterer']), //              0 of 3 → WEAK
  template('home-move', ['mi', 'sol', 'ea', 'surv', 'rem']), //       4 of 5 → exactly 0.8 STRONG
  template('legal', ['sol', 'notary', 'sol']), //                      1 of 2 (duplicate dropped) → exactly 0.5 PARTIAL
];
const members: MemberSeat[] = [
  { id: 'mia', name: 'Mia', industryId: 'mi' },
  { id: 'sol1', name: 'Sol', industryId: 'sol' },
  { id: 'eve', name: 'Eve', industryId: 'ea' },
  { id: 'sue', name: 'Sue', industryId: 'surv' },
  { id: 'ian', name: 'Ian', industryId: 'ins' },
  { id: 'ann', name: 'Ann', industryId: 'acc' },
  { id: 'abe', name: 'Abe', industryId: 'acc' },
];
// Who could invite a removals firm: eve (strength 5, 3 contacts), mia (5, 1), ann (two rows merged:
// 3 contacts, strongest 4), sue (2, 3). zed is not a member of the group: ignored.
const reach: ContactReach[] = [
  { memberId: 'sue', industryId: 'rem', contacts: 3, maxStrength: 2 },
  { memberId: 'mia', industryId: 'rem', contacts: 1, maxStrength: 5 },
  { memberId: 'ann', industryId: 'rem', contacts: 1, maxStrength: 3 },
  { memberId: 'zed', industryId: 'rem', contacts: 10, maxStrength: 5 },
  { memberId: 'eve', industryId: 'rem', contacts: 3, maxStrength: 5 },
  { memberId: 'ann', industryId: 'rem', contacts: 2, maxStrength: 4 },
  { memberId: 'ian', industryId: 'florist', contacts: 1, maxStrength: 1 },
];

describe('analysePowerGroups', () => {
  const standings = analysePowerGroups(templates, members, reach);
  const byId = new Map(standings.map((s) => [s.powerGroupId, s]));

  it('answers one standing per template, in template order', () => {
    expect(standings.map((s) => [s.powerGroupId, s.coverage, s.status])).toEqual([
      ['property', 5 / 6, 'STRONG'],
      ['finance', 0.75, 'PARTIAL'],
      ['events', 0, 'WEAK'],
      ['home-move', 0.8, 'STRONG'],
      ['legal', 0.5, 'PARTIAL'],
    ]);
  });

  it('lists who fills each industry, by name', () => {
    expect(byId.get('finance')?.filled).toEqual([
      { industryId: 'mi', memberIds: ['mia'] },
      { industryId: 'acc', memberIds: ['abe', 'ann'] },
      { industryId: 'ins', memberIds: ['ian'] },
    ]);
  });

  it('lists gaps with inviters, strongest tie first, then most contacts', () => {
    expect(byId.get('property')?.gaps).toEqual([
      {
        industryId: 'rem',
        inviters: [
          { memberId: 'eve', contacts: 3, maxStrength: 5 },
          { memberId: 'mia', contacts: 1, maxStrength: 5 },
          { memberId: 'ann', contacts: 3, maxStrength: 4 },
          { memberId: 'sue', contacts: 3, maxStrength: 2 },
        ],
      },
    ]);
    expect(byId.get('finance')?.gaps).toEqual([{ industryId: 'fa', inviters: [] }]);
    expect(byId.get('events')?.gaps.map((g) => [g.industryId, g.inviters.map((i) => i.memberId)])).toEqual([
      ['florist', ['ian']],
      ['photo', []],
      ['caterer', []],
    ]);
  });

  it('calls an empty template weak', () => {
    expect(analysePowerGroups([template('none', [])], members, reach)[0]).toMatchObject({
      coverage: 0,
      status: 'WEAK',
    });
  });
});

describe('recruitingTargets', () => {
  const byId = new Map(analysePowerGroups(templates, members, reach).map((s) => [s.powerGroupId, s]));

  it('are the gaps nobody can reach: no member holds the industry and none knows anyone in it', () => {
    expect(recruitingTargets(byId.get('property') ?? { gaps: [] })).toEqual([]); // rem: four inviters
    expect(recruitingTargets(byId.get('finance') ?? { gaps: [] })).toEqual(['fa']);
    expect(recruitingTargets(byId.get('events') ?? { gaps: [] })).toEqual(['photo', 'caterer']); // ian knows a florist
    expect(recruitingTargets(byId.get('home-move') ?? { gaps: [] })).toEqual([]);
  });
});

describe('groupGaps', () => {
  it('names each missing industry once, with every power group that lacks it, in the order first named', () => {
    expect(groupGaps(analysePowerGroups(templates, members, reach))).toEqual([
      { industryId: 'rem', powerGroupIds: ['property', 'home-move'] },
      { industryId: 'fa', powerGroupIds: ['finance'] },
      { industryId: 'florist', powerGroupIds: ['events'] },
      { industryId: 'photo', powerGroupIds: ['events'] },
      { industryId: 'caterer', powerGroupIds: ['events'] },
      { industryId: 'notary', powerGroupIds: ['legal'] },
    ]);
    expect(groupGaps([])).toEqual([]);
  });
});

describe('memberPowerGroups', () => {
  it('lists the templates that include the industry, in template order', () => {
    expect(memberPowerGroups('mi', templates)).toEqual(['property', 'finance', 'home-move']);
    expect(memberPowerGroups('notary', templates)).toEqual(['legal']);
    expect(memberPowerGroups('astronaut', templates)).toEqual([]);
  });
});
