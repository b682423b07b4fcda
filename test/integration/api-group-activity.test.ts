// groupActivity through GraphQL on the suite's own copy of the sample: every member's figures and
// the group's months against the rows the copy was loaded from (and a few numbers written out),
// the period's first instant, who sees closed business, and that the pipeline filtered to the
// same months lists exactly the referrals counted.
import {
  healthOf,
  monthsBefore,
  OPEN_STATUSES,
  type ReferralStatus,
  stalledBefore,
} from '@powergroups/rules';
import { SAMPLE_FACTS } from '@powergroups/seed';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-group-activity');
const { facts: F, tokenOf, rows } = sample;
const NOW = new Date(SAMPLE_FACTS.now);

interface MemberActivity {
  member: { id: string; name: string; industry: { name: string } | null };
  given: number;
  received: number;
  won: number;
  valueWon: number | null;
  oneToOnes: number;
  stalled: number;
  health: { light: 'GREEN' | 'AMBER' | 'RED'; reasons: string[] };
}
interface Figures {
  given: number;
  received: number;
  won: number;
  valueWon: number | null;
  oneToOnes: number;
}
interface Activity {
  period: string;
  since: string | null;
  members: MemberActivity[];
  totals: Figures;
  months: (Figures & { month: string })[];
}

const ACTIVITY = `query Activity($groupId: ID!, $period: ActivityPeriod!) {
  groupActivity(groupId: $groupId, period: $period) {
    period since
    members { member { id name industry { name } } given received won valueWon oneToOnes stalled health { light reasons } }
    totals { given received won valueWon oneToOnes }
    months { month given received won valueWon oneToOnes }
  }
}`;

async function activity(period: string, token = tokenOf(F.organiserId), groupId = F.groupId) {
  return sample.api.graphql<{ groupActivity: Activity }>(ACTIVITY, { groupId, period }, token);
}

async function answer(period: string, token?: string): Promise<Activity> {
  const { data, errors } = await activity(period, token);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.groupActivity;
}

const memberOf = (result: Activity, id: string) => {
  const found = result.members.find((entry) => entry.member.id === id);
  if (!found) throw new Error(`${id} is not in the answer`);
  return found;
};

/** What the rows say a member did since `since` (null: all time): the expected answer, worked out apart. */
function expectedOf(memberId: string, since: Date | null) {
  const inPeriod = (instant: string) => since === null || new Date(instant) >= since;
  const given = rows.referrals.filter((r) => r.fromId === memberId && inPeriod(r.createdAt));
  const received = rows.referrals.filter((r) => r.toId === memberId && inPeriod(r.createdAt));
  const won = received.filter((r) => r.status === 'WON');
  const staleBy = stalledBefore(NOW);
  const sinceDay = since?.toISOString().slice(0, 10) ?? '';
  return {
    given: given.length,
    received: received.length,
    won: won.length,
    valueWon: won.reduce((sum, r) => sum + (r.value ?? 0), 0),
    oneToOnes: rows.oneToOnes.filter(
      (o) => o.memberIds.includes(memberId) && (o.status ?? 'HELD') === 'HELD' && o.on >= sinceDay,
    ).length,
    stalled: received.filter(
      (r) => OPEN_STATUSES.includes(r.status as ReferralStatus) && new Date(r.updatedAt) <= staleBy,
    ).length,
  };
}

const groupMembers = rows.members.filter((member) => member.groupId === F.groupId);

describe('groupActivity', () => {
  it.each([
    ['LAST_3_MONTHS', 3],
    ['LAST_6_MONTHS', 6],
    ['LAST_12_MONTHS', 12],
  ] as const)('%s: every member’s figures are the rows’, by name', async (period, months) => {
    const result = await answer(period);
    const since = monthsBefore(NOW, months);
    expect(result.period).toBe(period);
    expect(result.since).toBe(since.toISOString().slice(0, 10));
    expect(result.members.map((entry) => entry.member.id).sort()).toEqual(
      groupMembers.map((member) => member.id).sort(),
    );
    const names = result.members.map((entry) => entry.member.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const entry of result.members) {
      const { member, health: _health, ...figures } = entry;
      expect(figures, member.name).toEqual(expectedOf(member.id, since));
    }
  });

  it('writes out the numbers an organiser would check by hand', async () => {
    const year = await answer('LAST_12_MONTHS');
    // Niamh gives the most; Liam gives much and receives little; Siobhán → Aoife won 2400.
    expect(memberOf(year, F.networkingTrainerId)).toMatchObject({ given: 8, received: 4, oneToOnes: 8 });
    expect(memberOf(year, F.givesMuchReceivesLittleId)).toMatchObject({
      given: 7,
      received: 1,
      oneToOnes: 4,
    });
    expect(memberOf(year, F.mortgageIntermediaryId)).toMatchObject({
      given: 2,
      received: 2,
      won: 2,
      valueWon: 4200,
      oneToOnes: 4,
    });
    const quarter = await answer('LAST_3_MONTHS');
    expect(memberOf(quarter, F.accountantId)).toMatchObject({ given: 0, received: 3, oneToOnes: 3 });
    expect(memberOf(quarter, F.mortgageIntermediaryId)).toMatchObject({ given: 2, received: 0, valueWon: 0 });
  });

  it('the group’s months add up to its totals and to what its members gave and received', async () => {
    for (const period of ['LAST_3_MONTHS', 'LAST_12_MONTHS', 'ALL_TIME'] as const) {
      const result = await answer(period);
      const sum = (key: 'given' | 'received' | 'won' | 'oneToOnes') =>
        result.months.reduce((total, month) => total + month[key], 0);
      expect(result.totals).toEqual({
        given: sum('given'),
        received: sum('received'),
        won: sum('won'),
        valueWon: result.months.reduce((total, month) => total + (month.valueWon ?? 0), 0),
        oneToOnes: sum('oneToOnes'),
      });
      const ids = new Set(groupMembers.map((member) => member.id));
      expect(result.totals.given).toBe(result.members.reduce((total, entry) => total + entry.given, 0));
      expect(result.totals.received).toBe(result.members.reduce((total, entry) => total + entry.received, 0));
      // A one-to-one between two members is one meeting for the group.
      const meetings = rows.oneToOnes.filter(
        (o) =>
          (o.status ?? 'HELD') === 'HELD' &&
          o.memberIds.some((id) => ids.has(id)) &&
          (result.since === null || period === 'ALL_TIME' || o.on >= result.since),
      );
      expect(result.totals.oneToOnes).toBe(meetings.length);
    }
  });

  it('lists every month of the period, oldest first, the quiet ones with zeros', async () => {
    const quarter = await answer('LAST_3_MONTHS');
    expect(quarter.months.map((month) => month.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    const year = await answer('LAST_12_MONTHS');
    expect(year.months).toHaveLength(13);
    expect(year.months[0]?.month).toBe('2025-11');
    // The sample begins on 2025-12-01: all time begins with its first month.
    const all = await answer('ALL_TIME');
    expect(all.since).toBe('2025-12-01');
    expect(all.months[0]?.month).toBe('2025-12');
    expect(all.months.at(-1)?.month).toBe('2026-11');
    expect(all.totals).toMatchObject({ given: expect.any(Number) });
    expect(all.totals.given).toBe(
      rows.referrals.filter((r) => groupMembers.some((member) => member.id === r.fromId)).length,
    );
  });

  it('gives each member the traffic light its rules give, with the reasons', async () => {
    const quarter = await answer('LAST_3_MONTHS');
    for (const entry of quarter.members) {
      const joined = groupMembers.find((member) => member.id === entry.member.id)?.joinedAt ?? null;
      const since = monthsBefore(NOW, 3);
      const sinceJoining = joined !== null && new Date(joined) > since;
      const from = sinceJoining && joined ? new Date(joined) : since;
      const months = (NOW.getTime() - from.getTime()) / ((365.25 / 12) * 86_400_000);
      expect(entry.health, entry.member.name).toEqual(healthOf(entry, { months, sinceJoining }));
    }
    // Niamh gave 3 and held 2 in the quarter, nothing stalled: green. Maeve did neither: red.
    expect(memberOf(quarter, F.networkingTrainerId).health.light).toBe('GREEN');
    expect(memberOf(quarter, F.twoHopMortgageId).health).toEqual({
      light: 'RED',
      reasons: ['gave no referrals and held no one-to-ones in 3 months'],
    });
    // Declan held 3 one-to-ones but gave nothing, and a referral he received is stalled.
    expect(memberOf(quarter, F.accountantId).health.light).toBe('AMBER');
    expect(memberOf(quarter, F.accountantId).health.reasons).toContain(
      'gave 0 referrals in 3 months (green needs 1)',
    );
  });

  it('agrees with the referral pipeline filtered to the same months', async () => {
    const year = await answer('LAST_12_MONTHS');
    const { data } = await sample.api.graphql<{ referralPipeline: { totalCount: number } }>(
      `{ referralPipeline(groupId: "${F.groupId}", first: 1, filter: { lastMonths: 12 }) { totalCount } }`,
      {},
      tokenOf(F.organiserId),
    );
    expect(year.totals.received).toBe(data?.referralPipeline.totalCount);
  });
});

describe('groupActivity: who sees what', () => {
  it('closed business: a member sees their own, not the others’ nor the group’s', async () => {
    const result = await answer('LAST_12_MONTHS', tokenOf(F.mortgageIntermediaryId));
    expect(memberOf(result, F.mortgageIntermediaryId).valueWon).toBe(4200);
    expect(memberOf(result, F.solicitorId).valueWon).toBeNull();
    expect(result.members.filter((entry) => entry.valueWon !== null)).toHaveLength(1);
    expect(result.totals.valueWon).toBeNull();
    expect(result.months.every((month) => month.valueWon === null)).toBe(true);
    // The counts are the group's to see (MemberStats shows them too).
    expect(memberOf(result, F.solicitorId).given).toBeGreaterThan(0);
  });

  it('closed business: an organiser sees everyone’s and the group’s', async () => {
    const result = await answer('LAST_12_MONTHS', tokenOf(F.organiserId));
    expect(result.members.every((entry) => entry.valueWon !== null)).toBe(true);
    expect(result.totals.valueWon).toBe(
      result.members.reduce((sum, entry) => sum + (entry.valueWon ?? 0), 0),
    );
    expect(result.totals.valueWon).toBeGreaterThan(0);
  });

  it('is refused to anyone outside the group', async () => {
    const other = rows.members.find((member) => member.groupId === F.otherGroupIds[0]);
    const outsider = await activity('LAST_3_MONTHS', tokenOf(other?.id ?? ''));
    expect(outsider.data).toBeNull();
    expect(outsider.errors?.[0]?.message).toMatch(/not authori[sz]ed|member of the group/i);
    const anonymous = await sample.api.graphql(ACTIVITY, { groupId: F.groupId, period: 'ALL_TIME' });
    expect(anonymous.errors?.[0]?.message).toMatch(/Sign in/);
  });
});

describe('groupActivity: the period’s first instant', () => {
  it('counts a referral given at the first instant of the period, not one a second earlier', async () => {
    const since = monthsBefore(NOW, 3);
    const before = memberOf(await answer('LAST_3_MONTHS'), F.twoHopMortgageId);
    await sample.api.db.write(
      `MATCH (giver:Member {id: $giver}), (receiver:Member {id: $receiver})
       CREATE (giver)-[:GAVE]->(:Referral {id: $onTime, status: 'OFFERED', createdAt: datetime($since), updatedAt: datetime($since)})-[:TO]->(receiver)
       CREATE (giver)-[:GAVE]->(:Referral {id: $early, status: 'OFFERED', createdAt: datetime($since) - duration('PT1S'), updatedAt: datetime($since)})-[:TO]->(receiver)
       CREATE (giver)-[:ATTENDED]->(o1:OneToOne {id: $onDay, on: date(datetime($since)), status: 'HELD'})<-[:ATTENDED]-(receiver)
       CREATE (giver)-[:ATTENDED]->(o2:OneToOne {id: $dayBefore, on: date(datetime($since)) - duration('P1D'), status: 'HELD'})<-[:ATTENDED]-(receiver)`,
      {
        giver: F.twoHopMortgageId,
        receiver: F.estateAgentId,
        since: since.toISOString(),
        onTime: sample.ownId('ref', 'on-time'),
        early: sample.ownId('ref', 'early'),
        onDay: sample.ownId('oto', 'on-day'),
        dayBefore: sample.ownId('oto', 'day-before'),
      },
    );
    const after = memberOf(await answer('LAST_3_MONTHS'), F.twoHopMortgageId);
    expect(after.given - before.given).toBe(1);
    expect(after.oneToOnes - before.oneToOnes).toBe(1);
    // Both referrals are open and last moved three months ago: the counted one is stalled for Brian.
    const year = memberOf(await answer('LAST_12_MONTHS'), F.twoHopMortgageId);
    expect(year.given).toBe(expectedOf(F.twoHopMortgageId, monthsBefore(NOW, 12)).given + 2);
  });
});
