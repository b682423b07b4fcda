// @vitest-environment node
// Referral ties say how their referrals went: the classes the stylesheet draws green (won), dashed
// amber (stalled) and red (went wrong), and the same look in the stylesheet's order of precedence.

import { graphStyle, toElements } from '@powergroups/client/test';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRAPH } from '../fixtures/sample-group.ts';

const graph = {
  ...GRAPH,
  edges: GRAPH.edges.map((edge) =>
    edge.id === 'ref-1'
      ? { ...edge, won: 2, stalled: 1, wentWrong: 0 }
      : edge.id === 'ref-2'
        ? { ...edge, won: 1, stalled: 0, wentWrong: 0 }
        : edge.id === 'oto-1'
          ? { ...edge, won: 1 }
          : edge,
  ),
};
const classesOf = (id: string) =>
  (toElements(graph, { edgeKinds: ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE'] }).find((e) => e.data.id === id)
    ?.classes as string) ?? '';

describe('referral outcomes on the graph', () => {
  it('marks a referral tie won, stalled or gone wrong by its counts, and no other kind of tie', () => {
    expect(classesOf('ref-1').split(' ')).toEqual(
      expect.arrayContaining(['referral', 'ref-won', 'ref-stalled']),
    );
    expect(classesOf('ref-1')).not.toContain('ref-went-wrong');
    expect(classesOf('ref-2').split(' ')).toContain('ref-won');
    expect(classesOf('ref-2')).not.toContain('ref-stalled');
    expect(classesOf('oto-1')).not.toContain('ref-');
  });

  it('draws the worst news: a stalled referral dashes a tie that also won', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(graph, { edgeKinds: ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE'] }),
      style: graphStyle({ zoom: 1 }),
    });
    const stalled = cy.$id('ref-1');
    const won = cy.$id('ref-2');
    expect(stalled.style('line-style')).toBe('dashed');
    expect(won.style('line-style')).toBe('solid');
    expect(stalled.style('line-color')).not.toBe(won.style('line-color'));
    cy.destroy();
  });
});
