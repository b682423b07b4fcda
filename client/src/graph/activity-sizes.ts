// The graph sized by what members gave and received (issue #10, "size by"), and ringed by their
// traffic light: pure functions from the group's activity to what to-elements puts on each node.
import { ACTIVITY_PERIOD_LABELS, type ActivityPeriod, type HealthLight } from '@powergroups/rules';
import { formatMoney } from '../text/format.ts';
import type { ActivityMarks } from './to-elements.ts';

export const SIZE_MEASURES = ['none', 'given', 'received', 'valueWon', 'oneToOnes'] as const;
export type SizeMeasure = (typeof SIZE_MEASURES)[number];

export const SIZE_MEASURE_LABELS: Record<SizeMeasure, string> = {
  none: 'None',
  given: 'Referrals given',
  received: 'Referrals received',
  valueWon: 'Value won',
  oneToOnes: 'One-to-ones',
};

/**
 * A member's diameter in graph units: the style's 28 when all are alike; sized ones from 18 (did
 * nothing) to 60 (did the most), so the smallest stays easy to tap and the largest never swallows
 * its neighbours' labels.
 */
export const NODE_SIZE = { min: 18, alike: 28, max: 60 } as const;

export interface MemberMeasures {
  member: { id: string };
  given: number;
  received: number;
  valueWon: number | null;
  oneToOnes: number;
  health: { light: HealthLight };
}

/**
 * Each member's diameter for a measure, by area (a member who gave twice as many covers twice the
 * ink); null for 'none'. When nobody has any of it, everyone keeps the usual size.
 */
export function memberSizes(
  members: readonly MemberMeasures[],
  measure: SizeMeasure,
): Map<string, number> | null {
  if (measure === 'none') return null;
  const values = members.map((entry) => Math.max(0, entry[measure] ?? 0));
  const most = Math.max(0, ...values);
  return new Map(
    members.map((entry, index) => {
      const share = most > 0 ? Math.sqrt((values[index] ?? 0) / most) : null;
      const size = share === null ? NODE_SIZE.alike : NODE_SIZE.min + (NODE_SIZE.max - NODE_SIZE.min) * share;
      return [entry.member.id, Math.round(size * 10) / 10];
    }),
  );
}

/**
 * What the graph draws from the group's activity when sized by a measure: each member's diameter,
 * a ring in their traffic light's colour, and a tooltip line; null when the graph is not sized.
 */
export function activityMarks(
  members: readonly MemberMeasures[] | undefined,
  measure: SizeMeasure,
  period: ActivityPeriod,
): ActivityMarks | null {
  const sizes = members ? memberSizes(members, measure) : null;
  if (!members || !sizes || measure === 'none') return null;
  const when = ACTIVITY_PERIOD_LABELS[period].toLowerCase();
  return {
    sizes,
    lights: new Map(members.map((entry) => [entry.member.id, entry.health.light])),
    notes: new Map(
      members.map((entry) => {
        const value = entry[measure];
        const shown = value === null ? 'not shown' : measure === 'valueWon' ? formatMoney(value) : value;
        return [
          entry.member.id,
          `${SIZE_MEASURE_LABELS[measure]}: ${shown} (${when}) · ${entry.health.light.toLowerCase()} light`,
        ];
      }),
    ),
  };
}
