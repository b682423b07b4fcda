// Regions as scenes of chapters (issue #11): a national network is browsed region → chapters →
// one chapter, and no scene draws more than MAX_SCENE_NODES nodes; what is left out is counted.
import { monthsBefore } from '@powergroups/rules';
import { createGraphQLError } from 'graphql-yoga';
import {
  allRegions,
  type ChapterRecord,
  type ChapterTieRecord,
  type RegionGraphRecord,
  type RegionRecord,
  regionGraph,
} from '../db/region-repo.ts';
import { builder } from './builder.ts';
import { listOf } from './cost.ts';

/** The most chapters one region scene holds; a region with more says how many it left out. */
export const MAX_SCENE_NODES = 200;

/** How far back a chapter's referrals given are counted. */
const REFERRAL_MONTHS = 12;

/** A guess at how many regions a national network has, for the cost of `regions`. */
const REGIONS_IN_NETWORK = 40;

const ChapterRef = builder.objectRef<ChapterRecord>('RegionChapter').implement({
  description: 'A chapter (group) drawn as one node of its region.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    meetingDay: t.exposeString('meetingDay'),
    memberCount: t.exposeInt('memberCount'),
    referralsGiven: t.exposeInt('referralsGiven', {
      description: `Referrals the chapter's members gave in the last ${REFERRAL_MONTHS} months.`,
    }),
  }),
});

const ChapterTieRef = builder.objectRef<ChapterTieRecord>('ChapterTie').implement({
  description: 'What ties two chapters: referrals between their members (either way) and held one-to-ones.',
  fields: (t) => ({
    source: t.exposeID('a', { description: 'The chapter with the smaller id.' }),
    target: t.exposeID('b'),
    referrals: t.exposeInt('referrals'),
    oneToOnes: t.exposeInt('oneToOnes'),
  }),
});

const RegionGraphRef = builder.objectRef<RegionGraphRecord & { region: string }>('RegionGraph').implement({
  description: 'A region as its chapters, at most MAX_SCENE_NODES of them (the largest), in one round trip.',
  fields: (t) => ({
    region: t.exposeString('region'),
    chapters: t.field({
      type: [ChapterRef],
      complexity: listOf(MAX_SCENE_NODES),
      resolve: (graph) => graph.chapters,
    }),
    ties: t.field({
      type: [ChapterTieRef],
      description: 'Only between chapters shown.',
      complexity: listOf(MAX_SCENE_NODES),
      resolve: (graph) => graph.ties,
    }),
    hiddenChapters: t.exposeInt('hiddenChapters', {
      description: 'Chapters of the region left out of this scene (the smallest).',
    }),
    maxChapters: t.int({
      description: 'The most chapters a scene holds.',
      resolve: () => MAX_SCENE_NODES,
    }),
  }),
});

const RegionRef = builder.objectRef<RegionRecord>('Region').implement({
  description: 'A region of the network: its chapters and their members, counted.',
  fields: (t) => ({
    name: t.exposeString('name'),
    chapterCount: t.exposeInt('chapterCount'),
    memberCount: t.exposeInt('memberCount'),
  }),
});

builder.queryFields((t) => ({
  regionGraph: t.field({
    type: RegionGraphRef,
    description: 'The region’s chapters, each one node, and the ties between them, in one round trip.',
    authScopes: { public: true },
    args: {
      region: t.arg.string({ required: true }),
      limit: t.arg.int({
        description: `How many chapters at most (1–${MAX_SCENE_NODES}; default all up to it).`,
      }),
    },
    resolve: async (_root, args, context) => {
      const limit = args.limit ?? MAX_SCENE_NODES;
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SCENE_NODES)
        throw createGraphQLError(`limit must be between 1 and ${MAX_SCENE_NODES}, got ${limit}`, {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      const since = monthsBefore(context.now, REFERRAL_MONTHS);
      const graph = await regionGraph(context.db, args.region, limit, since);
      return { ...graph, region: args.region };
    },
  }),
  regions: t.field({
    type: [RegionRef],
    description: 'Every region, the largest first: the first scene of a national network.',
    authScopes: { public: true },
    complexity: listOf(REGIONS_IN_NETWORK),
    resolve: (_root, _args, context) => allRegions(context.db),
  }),
}));
