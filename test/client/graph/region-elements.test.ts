// @vitest-environment node
// A region as chapter nodes (client/src/graph/region-elements.ts), on a hand-drawn region of four
// chapters, one of them left out by the server.

import {
  chapterDiameter,
  hiddenChaptersNote,
  type RegionGraph,
  regionElements,
  sceneViewport,
  spiralPosition,
  tieWidth,
} from '@powergroups/client/test';
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';

const chapter = (id: string, name: string, memberCount: number) => ({
  id,
  name,
  meetingDay: 'Tuesday',
  memberCount,
  referralsGiven: memberCount * 2,
});

const REGION: RegionGraph = {
  region: 'Dublin',
  hiddenChapters: 0,
  maxChapters: 200,
  chapters: [
    chapter('g-south', 'Southside', 36),
    chapter('g-liffey', 'Liffey', 9),
    chapter('g-bay', 'Bay', 1),
  ],
  ties: [
    { source: 'g-liffey', target: 'g-south', referrals: 2, oneToOnes: 1 },
    { source: 'g-bay', target: 'g-south', referrals: 0, oneToOnes: 1 },
    // A tie to a chapter the scene does not hold is not drawn.
    { source: 'g-gone', target: 'g-south', referrals: 5, oneToOnes: 0 },
  ],
};

describe('regionElements', () => {
  const elements = regionElements(REGION);
  const nodes = elements.filter((element) => element.group === 'nodes');
  const edges = elements.filter((element) => element.group === 'edges');

  it('draws each chapter as one node labelled with its members', () => {
    expect(nodes.map((node) => [node.data.id, node.data.label])).toEqual([
      ['g-south', 'Southside · 36 members'],
      ['g-liffey', 'Liffey · 9 members'],
      ['g-bay', 'Bay · 1 member'],
    ]);
  });

  it('sizes chapters by members, area for area: the largest at the top size, one of 36 members a sixth across', () => {
    expect(nodes.map((node) => node.data.size)).toEqual([120, 36 + 84 * 0.5, 36 + 14]);
    expect(chapterDiameter(0, 0)).toBe(36);
  });

  it('weights the ties between chapters by referrals and one-to-ones together, and drops ties to chapters not shown', () => {
    expect(
      edges.map((edge) => [edge.data.source, edge.data.target, edge.data.ties, edge.data.width]),
    ).toEqual([
      ['g-liffey', 'g-south', 3, tieWidth(3)],
      ['g-bay', 'g-south', 1, 3],
    ]);
    expect(tieWidth(3)).toBe(5);
    expect(tieWidth(10_000)).toBe(10);
  });

  it('places the largest chapter at the centre and the others apart, the same on every call', () => {
    expect(nodes[0]?.position).toEqual({ x: 0, y: 0 });
    expect(regionElements(REGION)).toEqual(elements);
    // A national scene's 200 chapters: no two closer than a large node's width.
    const places = Array.from({ length: 200 }, (_, index) => spiralPosition(index));
    let closest = Number.POSITIVE_INFINITY;
    for (const [i, a] of places.entries())
      for (const b of places.slice(i + 1)) closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
    expect(closest).toBeGreaterThanOrEqual(120);
  });

  it('is a graph cytoscape accepts as it is (preset positions, every edge between drawn nodes)', () => {
    const cy = cytoscape({ headless: true, elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    expect(cy.getElementById('g-liffey').position()).toEqual(spiralPosition(1));
  });
});

describe('sceneViewport', () => {
  it('centres the chapters and their labels, and never zooms in past life size', () => {
    const one = regionElements({ ...REGION, chapters: REGION.chapters.slice(0, 1), ties: [] });
    // One node of 120 at the origin, 40 of label room on each side and below: centred at (0, 20).
    expect(sceneViewport(one, 800, 600)).toEqual({ zoom: 1, pan: { x: 400, y: 280 } });
  });

  it('zooms out until the widest scene fits between the paddings', () => {
    const wide = [
      { group: 'nodes' as const, data: { id: 'a', size: 20 }, position: { x: -1000, y: 0 } },
      { group: 'nodes' as const, data: { id: 'b', size: 20 }, position: { x: 1000, y: 0 } },
    ];
    const { zoom, pan } = sceneViewport(wide, 1000, 600, 50);
    // 2,000 between centres, 10 + 40 beyond each: 2,100 across into 900 pixels.
    expect(zoom).toBeCloseTo(900 / 2100, 6);
    expect(pan.x).toBeCloseTo(500, 6);
  });
});

describe('hiddenChaptersNote', () => {
  it('says nothing when every chapter is drawn, and counts those left out and where they open', () => {
    expect(hiddenChaptersNote(REGION)).toBeNull();
    expect(hiddenChaptersNote({ ...REGION, hiddenChapters: 1 })).toBe(
      '1 smaller chapter is not drawn: a region scene shows its 3 largest. ' +
        'Open it from the group picker at the top, which lists every chapter.',
    );
    expect(hiddenChaptersNote({ ...REGION, hiddenChapters: 9800 })).toBe(
      '9,800 smaller chapters are not drawn: a region scene shows its 3 largest. ' +
        'Open them from the group picker at the top, which lists every chapter.',
    );
  });
});
