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
