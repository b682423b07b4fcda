// @vitest-environment node
// The graph sized by the group's activity: diameters by area between the clamps, the rings of the
// traffic lights, and what toElements puts on each member.
import { activityMarks, memberSizes, NODE_SIZE, toElements } from '@powergroups/client/test';
import { describe, expect, it } from 'vitest';
import { ACTIVITY, GRAPH } from '../fixtures/sample-group.ts';

describe('memberSizes', () => {
  it('sizes by area between the smallest and the largest, none for "none"', () => {
    const sizes = memberSizes(ACTIVITY.members, 'given');
    expect(sizes?.get('m-brian')).toBe(NODE_SIZE.max); // gave 4, the most
    expect(sizes?.get('m-ciara')).toBe(NODE_SIZE.min); // gave nothing
    // Half the most: √½ of the way from the smallest to the largest.
    expect(sizes?.get('m-aoife')).toBeCloseTo(
      NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * Math.SQRT1_2,
      1,
    );
    expect(memberSizes(ACTIVITY.members, 'none')).toBeNull();
  });

  it('keeps everyone at the usual size when nobody has any of the measure, and reads a hidden value as none', () => {
    const quiet = ACTIVITY.members.map((entry) => ({ ...entry, oneToOnes: 0, valueWon: null }));
    expect([...(memberSizes(quiet, 'oneToOnes')?.values() ?? [])]).toEqual([28, 28, 28, 28]);
    expect([...(memberSizes(quiet, 'valueWon')?.values() ?? [])]).toEqual([28, 28, 28, 28]);
  });
});

describe('toElements with the activity', () => {
  it('sizes and rings each member, and says the figure in the tooltip', () => {
    const activity = activityMarks(ACTIVITY.members, 'valueWon', 'LAST_3_MONTHS');
    const elements = toElements(GRAPH, { edgeKinds: ['REFERRAL'], activity });
    const aoife = elements.find((element) => element.data.id === 'm-aoife');
    expect(aoife?.data.size).toBe(NODE_SIZE.max);
    expect(aoife?.classes).toContain('sized');
    expect(aoife?.classes).toContain('health-green');
    expect(aoife?.data.title).toContain('Value won: €4,200 (last 3 months) · green light');
    const declan = elements.find((element) => element.data.id === 'm-declan');
    expect(declan?.classes).toContain('health-red');
    // A member of the graph with no activity row keeps the usual look.
    const eimear = elements.find((element) => element.data.id === 'm-eimear');
    expect(eimear?.classes).not.toContain('sized');
    expect(eimear?.data.size).toBeUndefined();
  });

  it('draws nothing of the activity when the graph is not sized', () => {
    expect(activityMarks(ACTIVITY.members, 'none', 'LAST_3_MONTHS')).toBeNull();
    const plain = toElements(GRAPH, { edgeKinds: ['REFERRAL'], activity: null });
    expect(plain.some((element) => String(element.classes).includes('health-'))).toBe(false);
  });
});
