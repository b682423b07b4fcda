// A group's give and receive over a period (issue #10), from the facts one statement reads
// (db/activity-repo.ts): the months without activity filled in, the group's totals, and each
// member's traffic light by the rules of @powergroups/rules health.ts.
import { type ActivityPeriod, type Health, healthOf, monthsBetween, monthsFrom } from '@powergroups/rules';

/** What a member did in the period. */
export interface ActivityCounts {
  given: number;
  received: number;
  /** Received and won. */
  won: number;
  /** Closed business of the won ones, in euros. */
  valueWon: number;
  oneToOnes: number;
  /** Received, open and not updated for STALLED_AFTER_DAYS days. */
  stalled: number;
}

/** One calendar month of the group: referrals given and received by its members, one-to-ones held. */
export interface ActivityMonth {
  /** YYYY-MM (UTC) */
  month: string;
  given: number;
  received: number;
  won: number;
  valueWon: number;
  oneToOnes: number;
}

export type ActivityTotals = Omit<ActivityMonth, 'month'>;

export interface MemberActivity extends ActivityCounts {
  memberId: string;
  health: Health;
}

export interface GroupActivity {
  groupId: string;
  period: ActivityPeriod;
  /** The first day counted (YYYY-MM-DD): the period's start, or for all time the first month with activity. */
  since: string | null;
  members: MemberActivity[];
  totals: ActivityTotals;
  /** Every month of the period, oldest first, the quiet ones with zeros. */
  months: ActivityMonth[];
}

export interface GroupActivityInput {
  groupId: string;
  period: ActivityPeriod;
  /** Where the period begins (activitySince); null for all time. */
  since: Date | null;
  now: Date;
  members: readonly (ActivityCounts & { memberId: string; joinedAt: string | null })[];
  /** The months with any activity. */
  months: readonly ActivityMonth[];
}

const EMPTY: ActivityTotals = { given: 0, received: 0, won: 0, valueWon: 0, oneToOnes: 0 };

/** The first instant of a YYYY-MM month (UTC). */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00Z`);

export function groupActivity(input: GroupActivityInput): GroupActivity {
  const { now } = input;
  const recorded = new Map(input.months.map((month) => [month.month, month]));
  const firstRecorded = input.months.map((month) => month.month).sort()[0];
  // All time begins with the group's first recorded month; a group with none, today.
  const start = input.since ?? (firstRecorded ? monthStart(firstRecorded) : now);
  const names = new Set([...monthsFrom(start, now), ...recorded.keys()]);
  const months = [...names].sort().map((month) => recorded.get(month) ?? { month, ...EMPTY });
  const totals = months.reduce<ActivityTotals>(
    (sum, month) => ({
      given: sum.given + month.given,
      received: sum.received + month.received,
      won: sum.won + month.won,
      valueWon: sum.valueWon + month.valueWon,
      oneToOnes: sum.oneToOnes + month.oneToOnes,
    }),
    EMPTY,
  );
  const members = input.members.map(({ joinedAt, ...counts }) => {
    // A member who joined during the period is judged from the day they joined.
    const joined = joinedAt ? new Date(joinedAt.slice(0, 10)) : null;
    const sinceJoining = joined !== null && !Number.isNaN(joined.getTime()) && joined > start;
    const judgedFrom = sinceJoining && joined ? joined : start;
    return {
      ...counts,
      health: healthOf(counts, { months: monthsBetween(judgedFrom, now), sinceJoining }),
    };
  });
  return {
    groupId: input.groupId,
    period: input.period,
    since: input.since || firstRecorded ? start.toISOString().slice(0, 10) : null,
    members,
    totals,
    months,
  };
}
