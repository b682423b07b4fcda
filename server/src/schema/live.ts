// Live: the groupChanged subscription (server-sent events) tells every explorer open on a group
// that something there changed, so it reads again what it shows, through the usual queries and
// their access rules. The feed itself is live/group-feed.ts; changes are announced as they commit.
import type { GroupChange } from '../live/group-feed.ts';
import { builder } from './builder.ts';

const GroupChangeRef = builder.objectRef<GroupChange>('GroupChange').implement({
  description: 'Something in a group changed: read again what you show of it.',
  fields: (t) => ({
    groupId: t.exposeID('groupId'),
    at: t.exposeString('at', { description: 'When the change committed (ISO 8601).' }),
    action: t.string({
      nullable: true,
      description:
        'The write that made it, e.g. recordReferral: for members of the group only (null for others).',
      authScopes: (change) => ({ memberOf: change.groupId }),
      unauthorizedResolver: () => null,
      resolve: (change) => change.action,
    }),
  }),
});

builder.subscriptionType({});
builder.subscriptionField('groupChanged', (t) =>
  t.field({
    type: GroupChangeRef,
    description:
      'Each change committed to the group from now on (over server-sent events: POST /graphql with Accept: text/event-stream). A stream ends after 15 minutes: open a new one.',
    // Whoever may read the group's graph (public, like groupGraph) may hear that it changed.
    authScopes: { public: true },
    args: { groupId: t.arg.id({ required: true }) },
    subscribe: (_root, args, context) =>
      context.feed.changesOf(
        String(args.groupId),
        context.caller ? { accountId: context.caller.accountId } : { address: context.clientAddress },
        context.tab,
      ),
    resolve: (change) => change,
  }),
);
