// referralPipeline through GraphQL on the suite's own copy of the sample: filters, orders, keyset
// paging forwards and back (no referral twice, none missed), the stalled flag and days, and who
// sees which referrals. The right answers come from the rows the copy was loaded from.
import { daysWithoutUpdate, monthsBefore, REFERRAL_STATUSES, STALLED_AFTER_DAYS } from '@powergroups/rules';
import { SAMPLE_FACTS } from '@powergroups/seed';
import { describe, expect, it } from 'vitest';
import { useIsolatedSample } from '../support/isolated-sample.ts';

const sample = useIsolatedSample('api-referral-pipeline');
const { facts: F, tokenOf } = sample;
const NOW = new Date(SAMPLE_FACTS.now);

interface Row {
  id: string;
  status: string;
  value: number | null;
  createdAt: string;
  updatedAt: string;
  stalled: boolean;
  daysSinceUpdate: number;
  giver: { id: string };
  receiver: { id: string };
}

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
  edges: { cursor: string; node: Row }[];
}

const PIPELINE = `query Pipeline($groupId: ID!, $filter: ReferralPipelineFilter, $orderBy: ReferralPipelineOrder,
                          $first: Int, $after: String, $last: Int, $before: String) {
  referralPipeline(groupId: $groupId, filter: $filter, orderBy: $orderBy,
                   first: $first, after: $after, last: $last, before: $before) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id status value createdAt updatedAt stalled daysSinceUpdate giver { id } receiver { id } } }
  }
}`;

type Variables = {
  filter?: Record<string, unknown>;
  orderBy?: { field: string; direction?: 'ASC' | 'DESC' };
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  groupId?: string;
};

async function pipeline(variables: Variables, token = tokenOf(F.organiserId)) {
  return sample.api.graphql<{ referralPipeline: Page }>(
    PIPELINE,
    { groupId: F.groupId, ...variables },
    token,
  );
}

async function page(variables: Variables, token?: string): Promise<Page> {
  const { data, errors } = await pipeline(variables, token);
  expect(errors, JSON.stringify(errors)).toBeUndefined();
  if (!data) throw new Error('no data');
  return data.referralPipeline;
}

/** Every row, page by page with the cursor; checks pageInfo on the way. */
async function allPages(variables: Variables, size: number, token?: string): Promise<Row[]> {
  const rows: Row[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 100; pages++) {
    const answer = await page({ ...variables, first: size, after }, token);
    rows.push(...answer.edges.map((edge) => edge.node));
    expect(answer.pageInfo.hasPreviousPage).toBe(after !== undefined);
    if (!answer.pageInfo.hasNextPage) {
      expect(rows).toHaveLength(answer.totalCount);
      return rows;
    }
    expect(answer.edges).toHaveLength(size);
    after = answer.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

// The copy's main group: its members, and the referrals they received (the group's pipeline).
const membersOfGroup = () =>
  new Set(sample.rows.members.filter((m) => m.groupId === F.groupId).map((m) => m.id));
const groupReferrals = () => {
  const members = membersOfGroup();
  return sample.rows.referrals.filter((r) => members.has(r.toId));
};
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);
const sorted = (values: readonly string[]) => [...values].sort();
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const time = (iso: string) => new Date(iso).getTime();

describe('referralPipeline: the whole group for its organisers', () => {
  it('lists every referral received in the group, last updated first, with the count on every page', async () => {
    const expected = [...groupReferrals()].sort(
      (a, b) => time(b.updatedAt) - time(a.updatedAt) || byId(a, b),
    );
    expect(expected.length).toBeGreaterThan(20);
    const first = await page({ first: 10 });
    expect(first.totalCount).toBe(expected.length);
    expect(ids(first.edges.map((edge) => edge.node))).toEqual(ids(expected.slice(0, 10)));
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const everything = await page({ first: 200 });
    expect(ids(everything.edges.map((edge) => edge.node))).toEqual(ids(expected));
  });

  it('pages through every order with the cursor: each referral once, none missed, in order', async () => {
    const total = groupReferrals().length;
    for (const field of ['UPDATED_AT', 'CREATED_AT', 'VALUE', 'STATUS', 'DAYS_SINCE_UPDATE']) {
      for (const direction of ['ASC', 'DESC'] as const) {
        const orderBy = { field, direction };
        const whole = (await page({ orderBy, first: 200 })).edges.map((edge) => edge.node);
        const paged = await allPages({ orderBy }, 7);
        expect(ids(paged), `${field} ${direction}`).toEqual(ids(whole));
        expect(new Set(ids(paged)).size).toBe(total);
      }
    }
  });

  it('sorts by each column as the explorer shows it', async () => {
    const rowsBy = async (field: string, direction: 'ASC' | 'DESC') =>
      (await page({ orderBy: { field, direction }, first: 200 })).edges.map((edge) => edge.node);
    const isOrdered = (values: number[], direction: 'ASC' | 'DESC') =>
      values.every((value, i) => {
        const previous = values[i - 1];
        return previous === undefined || (direction === 'ASC' ? previous <= value : previous >= value);
      });

    const byValue = await rowsBy('VALUE', 'DESC');
    // The biggest closed business first, and referrals without a value after every one with one.
    expect(
      isOrdered(
        byValue.map((row) => row.value ?? -1),
        'DESC',
      ),
    ).toBe(true);
    expect(byValue[0]?.value).toBe(Math.max(...groupReferrals().map((r) => r.value ?? 0)));
    const rank = (status: string) => REFERRAL_STATUSES.indexOf(status as (typeof REFERRAL_STATUSES)[number]);
    expect(
      isOrdered(
        (await rowsBy('STATUS', 'ASC')).map((row) => rank(row.status)),
        'ASC',
      ),
    ).toBe(true);
    expect(
      isOrdered(
        (await rowsBy('CREATED_AT', 'ASC')).map((row) => time(row.createdAt)),
        'ASC',
      ),
    ).toBe(true);
    const waiting = await rowsBy('DAYS_SINCE_UPDATE', 'DESC');
    expect(
      isOrdered(
        waiting.map((row) => row.daysSinceUpdate),
        'DESC',
      ),
    ).toBe(true);
    expect(ids(waiting)).toEqual(ids([...(await rowsBy('UPDATED_AT', 'ASC'))]));
  });

  it('pages backwards with last and before, to the same rows', async () => {
    const orderBy = { field: 'VALUE', direction: 'DESC' as const };
    const whole = (await page({ orderBy, first: 200 })).edges.map((edge) => edge.node);
    const tail = await page({ orderBy, last: 5 });
    expect(ids(tail.edges.map((edge) => edge.node))).toEqual(ids(whole.slice(-5)));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const before = await page({ orderBy, last: 5, before: tail.pageInfo.startCursor });
    expect(ids(before.edges.map((edge) => edge.node))).toEqual(ids(whole.slice(-10, -5)));
    const head = await page({ orderBy, first: 3 });
    const start = await page({ orderBy, last: 10, before: head.pageInfo.endCursor });
    expect(ids(start.edges.map((edge) => edge.node))).toEqual(ids(whole.slice(0, 2)));
    expect(start.pageInfo.hasPreviousPage).toBe(false);
  });

  it('keeps its place when a referral moves between two pages', async () => {
    const first = await page({ first: 5 });
    // The oldest referral moves: it jumps to the top, already read, and the next page goes on as before.
    const expected = [...groupReferrals()].sort(
      (a, b) => time(b.updatedAt) - time(a.updatedAt) || byId(a, b),
    );
    const oldest = expected[expected.length - 1];
    if (!oldest) throw new Error('no referrals');
    const touched = await sample.api.db.write<{ before: string }>(
      `MATCH (r:Referral {id: $id}) WITH r, toString(r.updatedAt) AS before
       SET r.updatedAt = datetime($now) RETURN before AS before`,
      { id: oldest.id, now: SAMPLE_FACTS.now },
    );
    try {
      const next = await page({ first: 5, after: first.pageInfo.endCursor });
      expect(ids(next.edges.map((edge) => edge.node))).toEqual(ids(expected.slice(5, 10)));
    } finally {
      await sample.api.db.write('MATCH (r:Referral {id: $id}) SET r.updatedAt = datetime($before)', {
        id: oldest.id,
        before: touched[0]?.before,
      });
    }
  });
});

describe('referralPipeline filters', () => {
  it('by status: any of those listed', async () => {
    const statuses = ['WON', 'WENT_WRONG'];
    const rows = await allPages({ filter: { statuses } }, 50);
    expect(sorted(ids(rows))).toEqual(
      sorted(ids(groupReferrals().filter((r) => statuses.includes(r.status)))),
    );
    expect(rows.some((row) => row.status === 'WENT_WRONG')).toBe(true);
    // An empty list filters nothing.
    expect((await page({ filter: { statuses: [] }, first: 1 })).totalCount).toBe(groupReferrals().length);
  });

  it('stalled: exactly the sample’s stalled referrals of the group, flagged with their days', async () => {
    const inGroup = new Set(ids(groupReferrals()));
    const stalledIds = F.stalledReferralIds.filter((id) => inGroup.has(id));
    expect(stalledIds.length).toBeGreaterThan(2);
    const rows = await allPages({ filter: { stalled: true }, orderBy: { field: 'DAYS_SINCE_UPDATE' } }, 3);
    expect(sorted(ids(rows))).toEqual(sorted(stalledIds));
    for (const row of rows) {
      expect(row.stalled).toBe(true);
      expect(row.daysSinceUpdate).toBeGreaterThanOrEqual(STALLED_AFTER_DAYS);
      expect(row.daysSinceUpdate).toBe(daysWithoutUpdate(row.updatedAt, NOW));
    }
    // Shane never followed up on Lorna Morrissey: CONTACTED, last update 2026-09-15.
    const shane = rows.find((row) => row.id === F.stalledReferralId);
    expect(shane?.updatedAt.slice(0, 10)).toBe('2026-09-15');
    expect(shane?.daysSinceUpdate).toBe(68);
    const moving = await allPages({ filter: { stalled: false } }, 50);
    expect(moving).toHaveLength(groupReferrals().length - stalledIds.length);
    expect(moving.every((row) => !row.stalled)).toBe(true);
  });

  it('by period: given in the last 3, 6 or 12 months, or since a day', async () => {
    for (const months of [3, 6, 12]) {
      const start = monthsBefore(NOW, months).getTime();
      const expected = groupReferrals().filter((r) => time(r.createdAt) >= start);
      const rows = await allPages({ filter: { lastMonths: months } }, 50);
      expect(sorted(ids(rows)), `${months} months`).toEqual(sorted(ids(expected)));
    }
    const three = (await page({ filter: { lastMonths: 3 }, first: 1 })).totalCount;
    expect(three).toBeGreaterThan(0);
    expect(three).toBeLessThan(groupReferrals().length);
    const since = await allPages({ filter: { since: '2026-10-01' } }, 50);
    expect(sorted(ids(since))).toEqual(
      sorted(ids(groupReferrals().filter((r) => time(r.createdAt) >= time('2026-10-01T00:00:00Z')))),
    );
  });

  it('by member, given or received, and filters together', async () => {
    const member = F.networkingTrainerId;
    const theirs = groupReferrals().filter((r) => r.fromId === member || r.toId === member);
    const rows = await allPages({ filter: { memberId: member } }, 50);
    expect(sorted(ids(rows))).toEqual(sorted(ids(theirs)));
    expect(rows.every((row) => row.giver.id === member || row.receiver.id === member)).toBe(true);
    const won = await allPages({ filter: { memberId: member, statuses: ['WON'], lastMonths: 12 } }, 50);
    const start = monthsBefore(NOW, 12).getTime();
    expect(sorted(ids(won))).toEqual(
      sorted(ids(theirs.filter((r) => r.status === 'WON' && time(r.createdAt) >= start))),
    );
  });

  it('refuses what it cannot mean: both periods, a cursor of another order, a negative page', async () => {
    const both = await pipeline({ filter: { lastMonths: 3, since: '2026-01-01' }, first: 5 });
    expect(both.errors?.[0]?.message).toMatch(/lastMonths or since/);
    const badDate = await pipeline({ filter: { since: '2026-02-30' }, first: 5 });
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
    const byValue = await page({ orderBy: { field: 'VALUE' }, first: 2 });
    const crossed = await pipeline({ first: 2, after: byValue.pageInfo.endCursor });
    expect(crossed.errors?.[0]?.message).toMatch(/another order/);
    const garbage = await pipeline({ first: 2, after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.message).toMatch(/Not a cursor/);
    const negative = await pipeline({ first: -1 });
    expect(negative.errors?.length).toBeGreaterThan(0);
  });
});

describe('referralPipeline privacy', () => {
  it('shows another member of the group only the referrals they gave or received', async () => {
    const member = F.solicitorId;
    const theirs = groupReferrals().filter((r) => r.fromId === member || r.toId === member);
    expect(theirs.length).toBeGreaterThan(0);
    const rows = await allPages({}, 50, tokenOf(member));
    expect(sorted(ids(rows))).toEqual(sorted(ids(theirs)));
    // Their own referrals show their values (DESIGN.md §6).
    const wonByThem = rows.find((row) => row.id === F.wonReferralId);
    expect(wonByThem?.value).toBe(2400);
    // Naming another member narrows to the referrals between the two, never beyond the caller's own.
    const other = F.mortgageIntermediaryId;
    const between = await allPages({ filter: { memberId: other } }, 50, tokenOf(member));
    expect(sorted(ids(between))).toEqual(
      sorted(ids(theirs.filter((r) => r.fromId === other || r.toId === other))),
    );
    const none = await page({ filter: { memberId: F.organiserId }, first: 5 }, tokenOf(F.estateAgentId));
    expect(none.edges.every((e) => [e.node.giver.id, e.node.receiver.id].includes(F.estateAgentId))).toBe(
      true,
    );
  });

  it('refuses a member of another group, and anonymous callers', async () => {
    const outsider = sample.rows.members.find((m) => m.groupId === F.otherGroupIds[0]);
    if (!outsider) throw new Error('no member in the other group');
    const refused = await pipeline({ first: 5 }, tokenOf(outsider.id));
    expect(refused.data).toBeNull();
    expect(refused.errors?.[0]?.message).toMatch(/only a member of the group/);
    const anonymous = await sample.api.graphql(PIPELINE, { groupId: F.groupId, first: 5 });
    expect(anonymous.errors?.[0]?.message).toMatch(/Sign in first/);
  });
});

describe('the graph’s referral ties', () => {
  it('count what the pipeline lists for each pair: won, stalled (the same IS_STALLED) and gone wrong', async () => {
    type Tie = {
      kind: string;
      source: string;
      target: string;
      count: number;
      won: number;
      stalled: number;
      wentWrong: number;
    };
    const { data, errors } = await sample.api.graphql<{ groupGraph: { edges: Tie[] } }>(
      `{ groupGraph(groupId: "${F.groupId}") { edges { kind source target count won stalled wentWrong } } }`,
    );
    expect(errors).toBeUndefined();
    const edges = data?.groupGraph.edges ?? [];
    const ties = edges.filter((edge) => edge.kind === 'REFERRAL');
    // Other ties carry no referral outcomes.
    expect(
      edges.filter((edge) => edge.kind !== 'REFERRAL').every((e) => e.won + e.stalled + e.wentWrong === 0),
    ).toBe(true);
    const members = membersOfGroup();
    const listed = (await allPages({}, 100)).filter((row) => members.has(row.giver.id));
    const expected = new Map<string, Omit<Tie, 'kind' | 'source' | 'target'>>();
    for (const row of listed) {
      const key = `${row.giver.id}>${row.receiver.id}`;
      const tie = expected.get(key) ?? { count: 0, won: 0, stalled: 0, wentWrong: 0 };
      tie.count += 1;
      if (row.status === 'WON') tie.won += 1;
      if (row.stalled) tie.stalled += 1;
      if (row.status === 'WENT_WRONG') tie.wentWrong += 1;
      expected.set(key, tie);
    }
    const drawn = new Map(
      ties.map(({ source, target, count, won, stalled, wentWrong }) => [
        `${source}>${target}`,
        { count, won, stalled, wentWrong },
      ]),
    );
    expect(drawn).toEqual(expected);
    expect(ties.some((tie) => tie.stalled > 0)).toBe(true);
    expect(ties.some((tie) => tie.wentWrong > 0)).toBe(true);
  });
});
