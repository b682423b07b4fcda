import { createGraphQLError } from 'graphql-yoga';
import { allGroups, groupsByIds } from '../db/member-repo.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { organiserIdsLoader } from './loaders.ts';
import { heldMembers, MemberRef } from './member.ts';

export const GroupRef = builder.loadableObjectRef('Group', {
  load: (ids: string[], context: Context) => groupsByIds(context.db, ids),
  sort: (group) => group.id,
});

GroupRef.implement({
  description: 'A networking group (chapter) that meets weekly.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    region: t.string({ resolve: (group) => group.region ?? '' }),
    meetingDay: t.string({ resolve: (group) => group.meetingDay ?? '' }),
    memberCount: t.exposeInt('memberCount'),
    organisers: t.field({
      type: [MemberRef],
      resolve: async (group, _args, context) => {
        const ids = await organiserIdsLoader(context).load(group.id);
        return Promise.all(ids.map((id) => heldMembers.loadOrFail(context, id)));
      },
    }),
  }),
});

builder.queryFields((t) => ({
  groups: t.field({
    type: [GroupRef],
    authScopes: { public: true },
    resolve: (_root, _args, context) => allGroups(context.db),
  }),
  group: t.field({
    type: GroupRef,
    nullable: true,
    authScopes: { public: true },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args) => String(args.id),
  }),
}));

/** The refusal of a question about a group that does not exist. */
export const noSuchGroup = (groupId: string) =>
  createGraphQLError(`No group with id "${groupId}"`, { extensions: { code: 'NOT_FOUND' } });
