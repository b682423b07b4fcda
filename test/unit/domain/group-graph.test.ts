import { type GroupGraphFacts, groupGraph, type PowerGroupTemplate } from '@powergroups/server/test';
import { describe, expect, it } from 'vitest';

// Mia (mortgage, organiser), Sol (solicitor), Pat (no industry).
// Templates: property {mi, sol}, finance {mi, acc}, events {florist} (colours nobody).
const template = (id: string, industryIds: string[]): PowerGroupTemplate => ({
  id,
  name: id,
  description: '',
  industryIds,
});
const templates = [
  template('property', ['mi', 'sol']),
  template('finance', ['mi', 'acc']),
  template('events', ['florist']),
];
const group: GroupGraphFacts = {
  members: [
    {
      id: 'mia',
      name: 'Mia',
      company: 'Mia Mortgages',
      role: 'ORGANISER',
      industryId: 'mi',
      industryName: 'Mortgage',
    },
    {
      id: 'sol',
      name: 'Sol',
      company: 'Sol & Co',
      role: 'MEMBER',
      industryId: 'sol',
      industryName: 'Solicitor',
    },
    { id: 'pat', name: 'Pat', company: '', role: 'MEMBER', industryId: null, industryName: null },
  ],
  synergies: [{ a: 'mia', b: 'sol', strength: 0.8, reason: 'Every purchase needs both' }],
  competitions: [],
  oneToOnes: [
    { a: 'mia', b: 'sol', count: 3, lastOn: '2026-02-01' },
    { a: 'mia', b: 'pat', count: 1, lastOn: '2026-01-05' },
  ],
  referrals: [
    { giver: 'sol', receiver: 'mia', count: 1, won: 1, stalled: 0, wentWrong: 0 },
    { giver: 'mia', receiver: 'sol', count: 2, won: 0, stalled: 1, wentWrong: 1 },
  ],
};

describe('groupGraph', () => {
  const graph = groupGraph('g1', group, templates);

  it('has one node per member, coloured by the templates that include its industry', () => {
    expect(graph.groupId).toBe('g1');
    expect(graph.nodes).toEqual([
      {
        id: 'mia',
        label: 'Mia',
        company: 'Mia Mortgages',
        industryId: 'mi',
        industryName: 'Mortgage',
        powerGroupIds: ['property', 'finance'],
        role: 'ORGANISER',
      },
      {
        id: 'sol',
        label: 'Sol',
        company: 'Sol & Co',
        industryId: 'sol',
        industryName: 'Solicitor',
        powerGroupIds: ['property'],
        role: 'MEMBER',
      },
      {
        id: 'pat',
        label: 'Pat',
        company: '',
        industryId: null,
        industryName: null,
        powerGroupIds: [],
        role: 'MEMBER',
      },
    ]);
  });

  it('lists only the templates that colour a node, in template order', () => {
    expect(graph.powerGroups.map((t) => t.id)).toEqual(['property', 'finance']);
  });

  it('draws synergies, one-to-ones and referrals (per direction) with stable ids and labels', () => {
    expect(graph.edges).toEqual([
      {
        id: 'syn:mia:sol',
        source: 'mia',
        target: 'sol',
        kind: 'SYNERGY',
        weight: 0.8,
        count: 1,
        label: 'Every purchase needs both',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
      {
        id: 'oto:mia:sol',
        source: 'mia',
        target: 'sol',
        kind: 'ONE_TO_ONE',
        weight: 3,
        count: 3,
        label: '3 one-to-ones, last 2026-02-01',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
      {
        id: 'oto:mia:pat',
        source: 'mia',
        target: 'pat',
        kind: 'ONE_TO_ONE',
        weight: 1,
        count: 1,
        label: '1 one-to-one, 2026-01-05',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
      {
        id: 'ref:sol:mia',
        source: 'sol',
        target: 'mia',
        kind: 'REFERRAL',
        weight: 1,
        count: 1,
        label: '1 referral, 1 won',
        won: 1,
        stalled: 0,
        wentWrong: 0,
      },
      {
        id: 'ref:mia:sol',
        source: 'mia',
        target: 'sol',
        kind: 'REFERRAL',
        weight: 2,
        count: 2,
        label: '2 referrals, 0 won, 1 stalled, 1 went wrong',
        won: 0,
        stalled: 1,
        wentWrong: 1,
      },
    ]);
  });

  it('draws competition, undirected, after the other ties, saying why in words', () => {
    // Fin (financial adviser) competes with Mia (mortgage) through COMPETES_WITH; Max holds Mia's industry.
    const competing: GroupGraphFacts = {
      ...group,
      members: [
        ...group.members,
        { id: 'fin', name: 'Fin', company: '', role: 'MEMBER', industryId: 'fa', industryName: 'Adviser' },
        { id: 'max', name: 'Max', company: '', role: 'MEMBER', industryId: 'mi', industryName: 'Mortgage' },
      ],
      competitions: [
        { a: 'fin', b: 'mia', why: 'COMPETES_WITH' },
        { a: 'max', b: 'mia', why: 'SAME_INDUSTRY' },
      ],
    };
    const edges = groupGraph('g1', competing, templates).edges;
    expect(edges.slice(0, -2).map((edge) => edge.kind)).not.toContain('COMPETITION');
    expect(edges.slice(-2)).toEqual([
      {
        id: 'cmp:fin:mia',
        source: 'fin',
        target: 'mia',
        kind: 'COMPETITION',
        weight: 1,
        count: 1,
        label: 'Adviser competes with Mortgage',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
      {
        id: 'cmp:max:mia',
        source: 'max',
        target: 'mia',
        kind: 'COMPETITION',
        weight: 1,
        count: 1,
        label: 'Same industry: Mortgage',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
    ]);
  });

  it('is empty for a group with no members', () => {
    const empty = { members: [], synergies: [], competitions: [], oneToOnes: [], referrals: [] };
    expect(groupGraph('g2', empty, templates)).toEqual({
      groupId: 'g2',
      nodes: [],
      edges: [],
      powerGroups: [],
    });
  });
});
