// @vitest-environment node

import {
  contactPositions,
  diffElements,
  edgeWidth,
  formatUrl,
  industriesOf,
  legendEntries,
  NO_POWER_GROUP_COLOUR,
  parseUrl,
  pathHighlight,
  powerGroupColours,
  toElements,
  type ViewOptions,
  visibleNodeIds,
  type WhoKnowsResult,
} from '@powergroups/client/test';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { GRAPH, WHO_KNOWS_MORTGAGE } from '../fixtures/sample-group.ts';

const ALL: ViewOptions = { edgeKinds: ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE'] };

const byId = (elements: ReturnType<typeof toElements>, id: string) => {
  const found = elements.find((element) => element.data.id === id);
  if (!found) throw new Error(`no element ${id}`);
  return found;
};
const classesOf = (elements: ReturnType<typeof toElements>, id: string) =>
  String(byId(elements, id).classes).split(' ');

describe('toElements', () => {
  it('gives one node per member and one edge per tie, valid for cytoscape', () => {
    const elements = toElements(GRAPH, ALL);
    expect(elements.filter((element) => element.group === 'nodes')).toHaveLength(6);
    expect(elements.filter((element) => element.group === 'edges')).toHaveLength(6);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes()).toHaveLength(6);
    expect(cy.edges()).toHaveLength(6);
    // Referrals are directed from the giver.
    expect(cy.getElementById('ref-1').source().id()).toBe('m-brian');
    expect(cy.getElementById('ref-1').target().id()).toBe('m-aoife');
    cy.destroy();
  });

  it('labels members with name and industry and colours them by their first power group', () => {
    const elements = toElements(GRAPH, ALL);
    const colours = powerGroupColours(GRAPH.powerGroups);
    expect(byId(elements, 'm-brian').data.display).toBe('Brian Walsh\nSolicitor');
    expect(byId(elements, 'm-brian').data.colour).toBe(colours.get('pg-property'));
    expect(byId(elements, 'm-fergal').data.colour).toBe(colours.get('pg-finance'));
    expect(byId(elements, 'm-eimear').data.colour).toBe(NO_POWER_GROUP_COLOUR);
    expect(classesOf(elements, 'm-aoife')).toContain('organiser');
    expect(classesOf(elements, 'ref-1')).toEqual(expect.arrayContaining(['relation', 'referral']));
    expect(classesOf(elements, 'oto-1')).toContain('one-to-one');
  });

  it('keeps colours stable whatever order the power groups come in', () => {
    const reversed = powerGroupColours([...GRAPH.powerGroups].reverse());
    expect(reversed).toEqual(powerGroupColours(GRAPH.powerGroups));
  });

  it('switches edge kinds off with a class, never by dropping the edge', () => {
    const elements = toElements(GRAPH, { edgeKinds: ['REFERRAL'] });
    expect(classesOf(elements, 'syn-1')).toContain('kind-off');
    expect(classesOf(elements, 'oto-1')).toContain('kind-off');
    expect(classesOf(elements, 'ref-1')).not.toContain('kind-off');
  });

  it('filters by power group and industry without removing anyone, so positions stay put', () => {
    const filtered = toElements(GRAPH, { ...ALL, powerGroupFilter: ['pg-finance'] });
    expect(filtered.map((element) => element.data.id)).toEqual(
      toElements(GRAPH, ALL).map((element) => element.data.id),
    );
    expect(classesOf(filtered, 'm-ciara')).not.toContain('filtered-out');
    expect(classesOf(filtered, 'm-fergal')).not.toContain('filtered-out');
    expect(classesOf(filtered, 'm-aoife')).toContain('filtered-out');
    // An edge with a hidden end is hidden too.
    expect(classesOf(filtered, 'syn-2')).toContain('filtered-out');
    expect(classesOf(filtered, 'oto-2')).not.toContain('filtered-out');

    const byIndustry = visibleNodeIds(GRAPH, { ...ALL, industryFilter: ['ind-solicitor', 'ind-it'] });
    expect([...byIndustry].sort()).toEqual(['m-brian', 'm-eimear']);
  });

  it('shows an expanded member and its neighbours whatever the filter', () => {
    const visible = visibleNodeIds(GRAPH, { ...ALL, industryFilter: ['ind-it'], expanded: ['m-declan'] });
    expect([...visible].sort()).toEqual(['m-aoife', 'm-declan', 'm-eimear']);
  });

  it('adds the contacts of an expanded member around it', () => {
    const elements = toElements(GRAPH, {
      ...ALL,
      contacts: [
        {
          memberId: 'm-aoife',
          contacts: [
            {
              id: 'c-1',
              name: 'Gráinne Moore',
              company: null,
              industry: { id: 'ind-solicitor', name: 'Solicitor' },
              strength: 4,
            },
          ],
        },
      ],
    });
    const cy = cytoscape({ headless: true, elements });
    const contact = cy.getElementById('contact:m-aoife:c-1');
    expect(contact.hasClass('contact')).toBe(true);
    expect(contact.neighborhood('node').map((other) => other.id())).toEqual(['m-aoife']);
    cy.destroy();
  });

  it('draws a contact with no trade (a private person) by name alone', () => {
    const elements = toElements(GRAPH, {
      ...ALL,
      contacts: [
        {
          memberId: 'm-aoife',
          contacts: [{ id: 'c-2', name: 'Mark Tobin', company: null, industry: null, strength: 4 }],
        },
      ],
    });
    const contact = elements.find((element) => element.data.id === 'contact:m-aoife:c-2');
    expect(contact?.data).toMatchObject({ display: 'Mark Tobin', industryId: null });
  });

  it('marks the selected member', () => {
    expect(classesOf(toElements(GRAPH, { ...ALL, selectedId: 'm-ciara' }), 'm-ciara')).toContain('selected');
  });

  it('drops an edge whose end is not in the graph instead of breaking cytoscape', () => {
    const broken = {
      ...GRAPH,
      edges: [...GRAPH.edges, { ...GRAPH.edges[0], id: 'x', target: 'm-nobody' } as never],
    };
    const elements = toElements(broken, ALL);
    expect(elements.some((element) => element.data.id === 'x')).toBe(false);
    expect(() => cytoscape({ headless: true, elements }).destroy()).not.toThrow();
  });
});

describe('edgeWidth', () => {
  it('grows with synergy strength and with the number of referrals or meetings', () => {
    expect(edgeWidth({ kind: 'SYNERGY', weight: 0.2, count: 1 })).toBeLessThan(
      edgeWidth({ kind: 'SYNERGY', weight: 0.9, count: 1 }),
    );
    expect(edgeWidth({ kind: 'REFERRAL', weight: 1, count: 1 })).toBeLessThan(
      edgeWidth({ kind: 'REFERRAL', weight: 1, count: 4 }),
    );
    // Capped so that one busy pair does not drown the picture.
    expect(edgeWidth({ kind: 'REFERRAL', weight: 1, count: 100 })).toBe(
      edgeWidth({ kind: 'REFERRAL', weight: 1, count: 8 }),
    );
  });
});

describe('pathHighlight', () => {
  const highlight = pathHighlight(GRAPH, WHO_KNOWS_MORTGAGE.answers);

  it('lights up the answering members and the members their paths pass through', () => {
    expect([...highlight.answerIds].sort()).toEqual(['m-aoife', 'm-declan', 'm-eimear', 'm-fergal']);
    expect([...highlight.nodeIds].sort()).toEqual(['m-aoife', 'm-brian', 'm-declan', 'm-eimear', 'm-fergal']);
  });

  it('walks the drawn edge of the step’s kind between two members', () => {
    expect([...highlight.edgeIds]).toEqual(['oto-1']);
  });

  it('draws a path link where no edge joins two consecutive members', () => {
    expect(highlight.extraEdges).toEqual([
      { id: 'path:m-brian|m-fergal', source: 'm-fergal', target: 'm-brian', via: 'ONE_TO_ONE' },
    ]);
  });

  it('dims everyone else and stays valid for cytoscape', () => {
    const elements = toElements(GRAPH, { ...ALL, highlight });
    expect(classesOf(elements, 'm-ciara')).toContain('dimmed');
    expect(classesOf(elements, 'm-aoife')).toContain('answer');
    expect(classesOf(elements, 'm-brian')).toContain('on-path');
    expect(classesOf(elements, 'oto-1')).toContain('on-path');
    expect(classesOf(elements, 'syn-1')).toContain('dimmed');
    const cy = cytoscape({ headless: true, elements });
    expect(
      cy
        .getElementById('path:m-brian|m-fergal')
        .connectedNodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(['m-brian', 'm-fergal']);
    cy.destroy();
  });
});

describe('diffElements', () => {
  it('finds added, removed and changed elements by data.id', () => {
    const before = toElements(GRAPH, ALL);
    const withReferral = {
      ...GRAPH,
      edges: [
        ...GRAPH.edges.filter((edge) => edge.id !== 'oto-2'),
        {
          id: 'ref-3',
          source: 'm-ciara',
          target: 'm-brian',
          kind: 'REFERRAL' as const,
          weight: 1,
          count: 1,
          label: null,
          won: 0,
          stalled: 0,
          wentWrong: 0,
        },
      ],
    };
    const after = toElements(withReferral, ALL);
    const diff = diffElements(before, after);
    expect(diff.added.map((element) => element.data.id)).toEqual(['ref-3']);
    expect(diff.removed).toEqual(['oto-2']);
    // Brian gains a working tie and Fergal loses his: their label ranks (and those they pass) move.
    const rankOf = (elements: typeof before, id: string) =>
      elements.find((element) => element.data.id === id)?.data.labelRank;
    const moved = after
      .filter((element) => element.data.labelRank !== undefined)
      .filter((element) => rankOf(before, element.data.id as string) !== element.data.labelRank)
      .map((element) => element.data.id);
    expect(moved).toContain('m-brian');
    expect(diff.changed.map((element) => element.data.id)).toEqual(moved);
  });

  it('draws a member in two power groups as a pie of both colours, and says so on hover', () => {
    const fergal = toElements(GRAPH, ALL).find((element) => element.data.id === 'm-fergal');
    expect(String(fergal?.classes)).toContain('multi-group');
    expect([fergal?.data.pie1Size, fergal?.data.pie2Size, fergal?.data.pie3Size]).toEqual([50, 50, 0]);
    expect(fergal?.data.pie1).not.toBe(fergal?.data.pie2);
    expect(fergal?.data.title).toContain('Power groups: Finance, Property');
  });

  it('emphasises the selected member’s circle, fades the rest, and labels one tie per pair', () => {
    const elements = toElements(GRAPH, { ...ALL, selectedId: 'm-ciara' });
    const classesOf = (id: string) =>
      String(elements.find((element) => element.data.id === id)?.classes ?? '').split(' ');
    expect(classesOf('m-ciara')).toContain('selected');
    expect(classesOf('m-aoife')).toContain('neighbour'); // synergy
    expect(classesOf('m-fergal')).toContain('neighbour'); // one-to-one
    expect(classesOf('m-brian')).toContain('faded');
    expect(classesOf('oto-2')).toContain('neighbour');
    expect(classesOf('ref-1')).toContain('faded');
  });

  it('finds nothing to do between equal lists', () => {
    expect(diffElements(toElements(GRAPH, ALL), toElements(GRAPH, ALL))).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });
});

describe('contactPositions', () => {
  it('puts contacts on a ring around the member, the first one above', () => {
    const positions = contactPositions({ x: 100, y: 100 }, ['a', 'b', 'c', 'd'], 50);
    expect(positions.get('a')).toEqual({ x: 100, y: 50 });
    expect(positions.get('b')).toEqual({ x: 150, y: 100 });
    expect(positions.get('c')).toEqual({ x: 100, y: 150 });
  });
});

describe('legend and industries', () => {
  it('lists the power groups by name with how many members each holds', () => {
    expect(legendEntries(GRAPH).map(({ name, members }) => ({ name, members }))).toEqual([
      { name: 'Finance', members: 2 },
      // Fergal is in both: counted in each, as the power-group cards count him.
      { name: 'Property', members: 4 },
    ]);
  });

  it('lists the industries present, by name', () => {
    expect(industriesOf(GRAPH).map((industry) => industry.name)).toEqual([
      'Accountant',
      'Estate agent',
      'Insurance broker',
      'IT support',
      'Mortgage intermediary',
      'Solicitor',
    ]);
  });
});

describe('competition edges ("Show competition")', () => {
  // Brian (solicitor) and Declan (estate agent) made to compete, as the server would send it.
  const COMPETING = {
    ...GRAPH,
    edges: [
      ...GRAPH.edges,
      {
        id: 'cmp:m-brian:m-declan',
        source: 'm-brian',
        target: 'm-declan',
        kind: 'COMPETITION' as const,
        weight: 1,
        count: 1,
        label: 'Solicitor competes with Estate agent',
        won: 0,
        stalled: 0,
        wentWrong: 0,
      },
    ],
  };
  const SHOWN: ViewOptions = { edgeKinds: [...(ALL.edgeKinds ?? []), 'COMPETITION'] };

  it('are hidden by default and drawn, undirected, when the toggle is on', () => {
    const defaults = parseUrl('/groups/g', '');
    const hidden = toElements(COMPETING, { edgeKinds: defaults.edges });
    expect(classesOf(hidden, 'cmp:m-brian:m-declan')).toContain('kind-off');

    const on = parseUrl('/groups/g', '?edges=synergy,referral,one-to-one,competition');
    const shown = toElements(COMPETING, { edgeKinds: on.edges });
    expect(classesOf(shown, 'cmp:m-brian:m-declan')).toEqual(['relation', 'competition']);
    expect(byId(shown, 'cmp:m-brian:m-declan').data).toMatchObject({
      kind: 'COMPETITION',
      width: 3,
      label: '',
      title:
        'Brian Walsh — Declan Ryan: competitors, never suggested as partners\nSolicitor competes with Estate agent',
    });
    const cy = cytoscape({ headless: true, elements: shown });
    expect(
      cy
        .getElementById('cmp:m-brian:m-declan')
        .connectedNodes()
        .map((node) => node.id()),
    ).toEqual(['m-brian', 'm-declan']);
    cy.destroy();
  });

  it('keep the toggle in the link, and leave the default link as it was', () => {
    const on = parseUrl('/groups/g', '?edges=synergy,referral,one-to-one,competition');
    expect(on.edges).toEqual(['SYNERGY', 'REFERRAL', 'ONE_TO_ONE', 'COMPETITION']);
    expect(formatUrl(on)).toBe('/groups/g?edges=synergy,referral,one-to-one,competition&tab=power-groups');
    expect(formatUrl({ ...on, edges: on.edges.filter((kind) => kind !== 'COMPETITION') })).toBe(
      '/groups/g?tab=power-groups',
    );
  });

  it('make no one better connected and carry no question’s path', () => {
    const ranks = (graph: typeof GRAPH) =>
      toElements(graph, SHOWN)
        .filter((element) => element.group === 'nodes')
        .map((element) => [element.data.id, element.data.labelRank]);
    expect(ranks(COMPETING)).toEqual(ranks(GRAPH));
    // A two-hop answer through Declan, whom Brian only competes with: the path is a path link.
    const through: WhoKnowsResult['answers'][number] = {
      hops: 2,
      strength: 0.5,
      reason: 'Brian had a one-to-one with Declan, who knows one.',
      member: { id: 'm-brian', name: 'Brian Walsh', company: 'Walsh Ltd', industry: null },
      path: [
        { nodeId: 'm-brian', kind: 'MEMBER', label: 'Brian Walsh', via: null },
        { nodeId: 'm-declan', kind: 'MEMBER', label: 'Declan Ryan', via: 'ONE_TO_ONE' },
        { nodeId: null, kind: 'CONTACT', label: 'a contact', via: 'KNOWS' },
      ],
    };
    const highlight = pathHighlight(COMPETING, [through]);
    expect(highlight.edgeIds.has('cmp:m-brian:m-declan')).toBe(false);
    expect(highlight.extraEdges.map((edge) => [edge.source, edge.target])).toEqual([['m-brian', 'm-declan']]);
  });

  it('bring a selected member’s competitors into their circle while shown', () => {
    const elements = toElements(COMPETING, { ...SHOWN, selectedId: 'm-brian' });
    expect(classesOf(elements, 'm-declan')).toContain('neighbour');
    expect(classesOf(elements, 'cmp:m-brian:m-declan')).toContain('neighbour');
  });
});
