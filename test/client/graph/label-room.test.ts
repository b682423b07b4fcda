// Which labels have room (client/src/graph/label-room.ts): best first, none covering another,
// the selected and hovered always.
import { labelBox, labelsWithRoom } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';

const GEOMETRY = { fontPx: 11, offsetPx: 18, maxWidthPx: 130 };
const member = (id: string, x: number, y: number, always = false) => ({
  id,
  x,
  y,
  lines: [`Member ${id}`, 'Accountant'],
  always,
});

describe('labelsWithRoom', () => {
  it('labels everyone when they are far apart', () => {
    const far = [member('a', 0, 0), member('b', 300, 0), member('c', 0, 300)];
    expect([...labelsWithRoom(far, GEOMETRY)].sort()).toEqual(['a', 'b', 'c']);
  });

  it('skips a label that would cover a better one, and keeps the next that has room', () => {
    const crowded = [member('best', 0, 0), member('overlapping', 20, 10), member('clear', 400, 0)];
    expect([...labelsWithRoom(crowded, GEOMETRY)]).toEqual(['best', 'clear']);
  });

  it('leaves out a label the edge of the screen would cut, unless it must be drawn', () => {
    const viewport = { width: 390, height: 600 };
    const atTheEdge = [
      member('inside', 100, 100),
      member('cut', 380, 100),
      member('selected', 385, 300, true),
    ];
    expect([...labelsWithRoom(atTheEdge, { ...GEOMETRY, viewport })].sort()).toEqual(['inside', 'selected']);
    // Without a viewport, as before: nothing is cut.
    expect([...labelsWithRoom(atTheEdge, GEOMETRY)].sort()).toEqual(['cut', 'inside', 'selected']);
  });

  it('always labels the selected member, even where a better-ranked label would have gone', () => {
    const withSelection = [member('best', 0, 0), member('selected', 20, 10, true)];
    expect([...labelsWithRoom(withSelection, GEOMETRY)]).toEqual(['selected']);
  });

  it('places the label under its member, as wide as its longest line up to the wrap width', () => {
    const box = labelBox(member('a', 100, 100), GEOMETRY);
    expect(box.y1).toBe(118);
    expect(box.x1).toBeLessThan(100);
    expect(box.x2 - box.x1).toBeLessThanOrEqual(130);
    expect(box.y2 - box.y1).toBeGreaterThanOrEqual(2 * 11);
  });
});
