// referralPipeline (issue #10): a group's referrals as its organisers follow them up: filtered by
// status, stalled-ness, period and member, sorted, and paged with keyset cursors, so a page never
// repeats or skips a referral while others are recorded meanwhile. One Cypher round trip a page
// (rows and count); the giver and receiver are loaded by id, all of a page's in one statement.
//
// Who sees what (DESIGN.md §6, as `referrals` and the Referral fields have it): the group's
// organisers see every referral received in the group; any other member of the group sees only
// the referrals they gave or received (the list is theirs, not the group's); anyone else is refused.
// Contact, value and notes keep their own rules on the Referral type.

import { resolveCursorConnection } from '@pothos/plugin-relay';
import { calendarDate, monthsBefore, STALLED_AFTER_DAYS } from '@powergroups/rules';
import { z } from 'zod';
import {
  type PipelinePosition,
  type PipelineRow,
  type PipelineSortKey,
  referralPipeline,
} from '../db/referral-repo.ts';
import { builder } from './builder.ts';
import { organises, staleBefore } from './context.ts';
import { listSizedBy } from './cost.ts';
import { invalid } from './errors.ts';
import { ReferralRef, ReferralStatus } from './referral.ts';

const ReferralPipelineFilter = builder.inputType('ReferralPipelineFilter', {
  description: 'Which referrals of the group to list; every filter given must hold.',
  fields: (t) => ({
    statuses: t.field({
      type: [ReferralStatus],
      description: 'Any of these statuses; left out or empty: every status.',
    }),
    stalled: t.boolean({
      description: `true: only stalled ones (open, not updated for ${STALLED_AFTER_DAYS} days or more); false: none of them.`,
    }),
    lastMonths: t.int({
      description: 'Given in the last N calendar months, counted back from now (3, 6, 12, …).',
      validate: z.number().int().min(1, 'lastMonths is at least 1').max(120, 'lastMonths is at most 120'),
    }),
    since: t.string({
      description: 'Or given on or after this day (YYYY-MM-DD, UTC); not with lastMonths.',
      validate: calendarDate,
    }),
    memberId: t.id({ description: 'Given or received by this member.' }),
  }),
});

const ReferralPipelineOrderField = builder.enumType('ReferralPipelineOrderField', {
  values: {
    UPDATED_AT: { description: 'When it last moved (the default, newest first).' },
    CREATED_AT: { description: 'When it was given.' },
    VALUE: { description: 'Closed business in euros; referrals without a value count as less than any.' },
    STATUS: {
      description:
        'Along the pipeline: OFFERED, CONTACTED, MEETING_BOOKED, WON, LOST, WENT_WRONG, WITHDRAWN.',
    },
    DAYS_SINCE_UPDATE: { description: 'Days without an update (DESC: the longest waiting first).' },
  },
});

const OrderDirection = builder.enumType('OrderDirection', { values: ['ASC', 'DESC'] as const });

const ReferralPipelineOrder = builder.inputType('ReferralPipelineOrder', {
  fields: (t) => ({
    field: t.field({ type: ReferralPipelineOrderField, required: true }),
    direction: t.field({ type: OrderDirection, required: true, defaultValue: 'DESC' }),
  }),
});

type OrderField = 'UPDATED_AT' | 'CREATED_AT' | 'VALUE' | 'STATUS' | 'DAYS_SINCE_UPDATE';

/** The statement's sort key and direction for an order: more days without an update is an older update. */
function sortOf(field: OrderField, direction: 'ASC' | 'DESC'): { key: PipelineSortKey; descending: boolean } {
  if (field === 'DAYS_SINCE_UPDATE') return { key: 'UPDATED_AT', descending: direction === 'ASC' };
  return { key: field, descending: direction === 'DESC' };
}

// A cursor is the order it belongs to, and the sort key and id of its row (base64url JSON): where
// the next page starts, whatever was recorded since. Opaque to callers.
const encodeCursor = (order: string, row: PipelineRow) =>
  Buffer.from(JSON.stringify([order, row.sortKey, row.id])).toString('base64url');

const cursorShape = z.tuple([z.string(), z.number(), z.string()]);

function decodeCursor(
  order: string,
  cursor: string | undefined,
  arg: 'after' | 'before',
): PipelinePosition | null {
  if (cursor === undefined) return null;
  let parsed: z.infer<typeof cursorShape> | null = null;
  try {
    parsed = cursorShape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed) throw invalid([arg], `Not a cursor of referralPipeline: start again without ${arg}`);
  const [cursorOrder, sortKey, id] = parsed;
  if (cursorOrder !== order)
    throw invalid([arg], `This cursor belongs to another order: start again without ${arg}`);
  return { sortKey, id };
}

builder.queryFields((t) => ({
  referralPipeline: t.connection(
    {
      type: ReferralRef,
      description:
        'The referrals received in a group, with status, age, value, giver and receiver: filtered, ' +
        'sorted (default: last updated first) and paged with cursors. Its organisers see them all; ' +
        'another member of the group sees the ones they gave or received.',
      authScopes: (_root, args) => ({ memberOf: String(args.groupId) }),
      args: {
        groupId: t.arg.id({ required: true }),
        filter: t.arg({ type: ReferralPipelineFilter }),
        orderBy: t.arg({ type: ReferralPipelineOrder }),
      },
      complexity: listSizedBy(50),
      resolve: async (_root, args, context) => {
        const groupId = String(args.groupId);
        const filter = args.filter ?? {};
        if (filter.lastMonths != null && filter.since != null)
          throw invalid(['filter', 'since'], 'Give lastMonths or since, not both');
        const field = args.orderBy?.field ?? 'UPDATED_AT';
        const direction = args.orderBy?.direction ?? 'DESC';
        const order = `${field}:${direction}`;
        const sort = sortOf(field, direction);
        const since =
          filter.lastMonths != null
            ? monthsBefore(context.now, filter.lastMonths)
            : filter.since
              ? new Date(`${filter.since}T00:00:00Z`)
              : null;
        let totalCount = 0;
        const connection = await resolveCursorConnection<Promise<PipelineRow[]>>(
          {
            args,
            defaultSize: 50,
            maxSize: 200,
            toCursor: (row: PipelineRow) => encodeCursor(order, row),
          },
          async ({ after, before, limit, inverted }) => {
            const page = await referralPipeline(
              context.db,
              {
                groupId,
                statuses: filter.statuses?.length ? filter.statuses : null,
                stalled: filter.stalled ?? null,
                since,
                memberId: filter.memberId ? String(filter.memberId) : null,
                // Not an organiser of the group: their own referrals only (the rule above).
                partyId: organises(context, groupId) ? null : (context.caller?.memberId ?? ''),
                orderBy: sort.key,
                descending: sort.descending,
                after: decodeCursor(order, after, 'after'),
                before: decodeCursor(order, before, 'before'),
                limit,
                inverted,
              },
              staleBefore(context),
            );
            totalCount = page.totalCount;
            return page.rows;
          },
        );
        return { ...connection, totalCount };
      },
    },
    {
      name: 'ReferralPipelineConnection',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'How many referrals pass the filters, on every page.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'ReferralPipelineEdge' },
  ),
}));
