// @vitest-environment node
// The picture to share (client/src/graph/export-picture.ts): the group's name and the date above
// the drawing, the legend below, every piece of text escaped.
import { framedSvg, legendLayout } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';

const DRAWING =
  '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><circle r="5"/></svg>';
const FRAME = {
  title: 'Southside Connect',
  subtitle: 'Power Groups · 34 members · 6 Dec 2026',
  legend: [
    { name: 'Finance', colour: '#0f766e', members: 4 },
    { name: 'Property & <Home>', colour: '#92400e', members: 6 },
  ],
};

describe('framedSvg', () => {
  it('puts the title, the line under it, the drawing and the legend in one SVG', () => {
    const svg = framedSvg(DRAWING, FRAME);
    // The drawing (600 wide) with a margin of 16 either side.
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="632" height=')).toBe(true);
    expect(svg).toContain('>Southside Connect</text>');
    expect(svg).toContain('>Power Groups · 34 members · 6 Dec 2026</text>');
    expect(svg).toContain(
      '<svg x="16" y="64" overflow="visible" xmlns="http://www.w3.org/2000/svg" width="600" height="400">',
    );
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('>Finance 4</text>');
    // Text from data is escaped, so a name cannot break the picture.
    expect(svg).toContain('>Property &amp; &lt;Home&gt; 6</text>');
  });

  it('centres a narrow drawing in a picture wide enough for its title', () => {
    const svg = framedSvg(DRAWING.replace('width="600"', 'width="200"'), FRAME);
    expect(svg).toContain('width="480"');
    expect(svg).toContain('<svg x="140" y="64"');
  });

  it('leaves room under the drawing for its bottom-most label before the legend starts', () => {
    const svg = framedSvg(DRAWING, FRAME);
    const legendCircle = /<circle cx="[\d.]+" cy="([\d.]+)" r="6"/.exec(svg);
    // The drawing ends at 64 + 400; the legend's first dot (radius 6) starts 16 below it.
    expect(Number(legendCircle?.[1]) - 6).toBe(64 + 400 + 16);
    // A label a viewer draws a little lower than the browser did is not cut off at the edge.
    expect(svg).toContain('overflow="visible"');
  });
});

describe('legendLayout', () => {
  it('wraps entries onto new rows when the picture is too narrow', () => {
    const legend = Array.from({ length: 8 }, (_, i) => ({
      name: `Power group ${i}`,
      colour: '#000',
      members: i,
    }));
    const wide = legendLayout(legend, 2000);
    const narrow = legendLayout(legend, 500);
    expect(new Set(wide.items.map((item) => item.y)).size).toBe(1);
    expect(new Set(narrow.items.map((item) => item.y)).size).toBeGreaterThan(2);
    expect(narrow.height).toBeGreaterThan(wide.height);
    for (const item of narrow.items) expect(item.x).toBeLessThan(500);
  });
});
