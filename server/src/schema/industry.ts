// Industries, their synergy and competition, and the curated power groups.
import {
  idOf,
  powerGroupDescription,
  powerGroupIndustries,
  powerGroupName,
  synergyReason,
  synergyStrength,
} from '@powergroups/rules';
import { z } from 'zod';
import { recordChange } from '../db/audit-repo.ts';
import type { Tx } from '../db/database.ts';
import {
  missingIndustries,
  removePowerGroup,
  setCompetition,
  setSynergy,
  upsertPowerGroup,
} from '../db/edit-repo.ts';
import {
  type IndustryRecord,
  industriesByIds,
  industryMatchCandidates,
  type PowerGroupRecord,
  searchIndustries,
} from '../db/member-repo.ts';
import {
  chooseIndustryMatch,
  type IndustryMatchResult,
  MATCH_KINDS,
  normaliseIndustryText,
  toFulltextQuery,
} from '../domain/industry-match.ts';
import { actorOf } from './audit.ts';
import { builder } from './builder.ts';
import type { Context } from './context.ts';
import { DOMAIN_LIST_SIZES, listOf } from './cost.ts';
import { invalid, MUTATION_ERRORS, NotFoundError } from './errors.ts';
import { powerGroupsOnce, recordsById } from './loaders.ts';

/** The request's industries by id (loaders.ts recordsById): held when a statement returned them. */
export const heldIndustries = recordsById<IndustryRecord>(
  (context, ids) => industriesByIds(context.db, ids),
  'industry',
);

export const IndustryRef = builder.objectRef<IndustryRecord>('Industry').implement({
  description: "A member's or contact's classification (e.g. Mortgage intermediary).",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    synonyms: t.exposeStringList('synonyms'),
    sector: t.exposeString('sector'),
  }),
});

export const PowerGroupRef = builder.objectRef<PowerGroupRecord>('PowerGroup').implement({
  description: 'A curated set of non-competing industries that serve the same clients.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    industries: t.field({
      type: [IndustryRef],
      complexity: listOf(DOMAIN_LIST_SIZES.industriesInPowerGroup),
      resolve: heldIndustries.allNamed((powerGroup) => powerGroup.industryIds),
    }),
  }),
});

const MatchKind = builder.enumType('MatchKind', {
  description:
    'How the text was matched to an industry: its whole name, a whole synonym, every word of it in a name or synonym (WORD), ' +
    'every word within a typo of one (FUZZY), or most of its words in one (PARTIAL); NONE when nothing holds enough of them.',
  values: MATCH_KINDS,
});

export const IndustryMatchRef = builder.objectRef<IndustryMatchResult>('IndustryMatch').implement({
  fields: (t) => ({
    industry: t.field({
      type: IndustryRef,
      nullable: true,
      resolve: heldIndustries.maybeNamed((match) => match.industry?.id),
    }),
    matchedBy: t.expose('matchedBy', { type: MatchKind }),
    matchedText: t.exposeString('matchedText', { nullable: true }),
    ambiguous: t.exposeBoolean('ambiguous'),
    alternatives: t.field({
      type: [IndustryRef],
      description:
        'Other plausible industries, best first: every other one when ambiguous; with NONE, those holding some of the words.',
      resolve: heldIndustries.allNamed((match) => match.alternatives.map((each) => each.id)),
    }),
  }),
});

/** Turns free text ("who knows a mortgage broker?") into an industry: names, synonyms, words, then fuzzy. */
export async function matchIndustryText(context: Context, text: string): Promise<IndustryMatchResult> {
  const normalised = normaliseIndustryText(text);
  if (!normalised) return chooseIndustryMatch(text, []);
  const candidates = await industryMatchCandidates(context.db, normalised, toFulltextQuery(text));
  return chooseIndustryMatch(text, candidates);
}

builder.queryFields((t) => ({
  industries: t.field({
    type: [IndustryRef],
    authScopes: { public: true },
    args: { search: t.arg.string({ validate: z.string().max(100) }) },
    resolve: (_root, args, context) => searchIndustries(context.db, args.search ?? null),
  }),
  matchIndustry: t.field({
    type: IndustryMatchRef,
    description: 'Which industry a piece of text means, how it matched, and alternatives when ambiguous.',
    authScopes: { public: true },
    args: { text: t.arg.string({ required: true, validate: z.string().trim().min(1).max(200) }) },
    resolve: (_root, args, context) => matchIndustryText(context, args.text),
  }),
  powerGroupTemplates: t.field({
    type: [PowerGroupRef],
    description: 'The curated power groups (templates), as defined for every group.',
    authScopes: { public: true },
    resolve: (_root, _args, context) => powerGroupsOnce(context)(),
  }),
}));

async function requireIndustries(tx: Tx, ids: string[], path: string[]): Promise<void> {
  const missing = await missingIndustries(tx, ids);
  if (missing.length > 0) throw invalid(path, `Unknown industry: ${missing.join(', ')}`);
}

const SetSynergyInput = builder.inputType('SetSynergyInput', {
  fields: (t) => ({
    industryA: t.id({ required: true }),
    industryB: t.id({ required: true }),
    strength: t.float({
      description: 'In (0, 1]; null removes the synergy.',
      validate: synergyStrength,
    }),
    reason: t.string({ validate: synergyReason }),
  }),
});

const SetCompetitionInput = builder.inputType('SetCompetitionInput', {
  fields: (t) => ({
    industryA: t.id({ required: true }),
    industryB: t.id({ required: true }),
    competes: t.boolean({ required: true }),
  }),
});

const UpsertPowerGroupInput = builder.inputType('UpsertPowerGroupInput', {
  fields: (t) => ({
    id: t.id({
      required: true,
      description: 'An id such as pg-home-buying: the same format as in the CSV/JSON import.',
      validate: idOf('powerGroup'),
    }),
    name: t.string({ required: true, validate: powerGroupName }),
    description: t.string({ validate: powerGroupDescription }),
    industryIds: t.idList({
      required: true,
      validate: powerGroupIndustries(z.string()),
    }),
  }),
});

const IndustryPairRef = builder
  .objectRef<{ industryA: string; industryB: string }>('IndustryPair')
  .implement({
    fields: (t) => ({
      industryA: t.field({ type: IndustryRef, resolve: heldIndustries.named((pair) => pair.industryA) }),
      industryB: t.field({ type: IndustryRef, resolve: heldIndustries.named((pair) => pair.industryB) }),
    }),
  });

/** A change to the shared catalogue: it belongs to no group (the admin reads it). */
const catalogueChange = (context: Context, action: string, targetId: string) => ({
  action,
  actor: actorOf(context),
  groupId: null,
  targetId,
});

function distinctPair(a: string, b: string): void {
  if (a === b) throw invalid(['input', 'industryB'], 'Pick two different industries');
}

builder.mutationFields((t) => ({
  setSynergy: t.field({
    type: IndustryPairRef,
    // The catalogue is shared by every group: only the instance admin changes it.
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SetSynergyInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      distinctPair(input.industryA, input.industryB);
      await context.db.writeTransaction(async (tx) => {
        await requireIndustries(tx, [input.industryA, input.industryB], ['input']);
        const synergy = {
          a: input.industryA,
          b: input.industryB,
          strength: input.strength ?? null,
          reason: input.reason ?? null,
        };
        await setSynergy(tx, synergy);
        await recordChange(tx, {
          ...catalogueChange(context, 'setSynergy', `${synergy.a}+${synergy.b}`),
          summary: `synergy ${synergy.a} – ${synergy.b}: ${synergy.strength ?? 'removed'}`,
          after: synergy,
        });
      });
      return { industryA: input.industryA, industryB: input.industryB };
    },
  }),
  setCompetition: t.field({
    type: IndustryPairRef,
    // The catalogue is shared by every group: only the instance admin changes it.
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: SetCompetitionInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      distinctPair(input.industryA, input.industryB);
      await context.db.writeTransaction(async (tx) => {
        await requireIndustries(tx, [input.industryA, input.industryB], ['input']);
        const competition = { a: input.industryA, b: input.industryB, competes: input.competes };
        await setCompetition(tx, competition);
        await recordChange(tx, {
          ...catalogueChange(context, 'setCompetition', `${competition.a}+${competition.b}`),
          summary: `${competition.a} and ${competition.b} ${competition.competes ? 'compete' : 'do not compete'}`,
          after: competition,
        });
      });
      return { industryA: input.industryA, industryB: input.industryB };
    },
  }),
  upsertPowerGroup: t.field({
    type: PowerGroupRef,
    // The catalogue is shared by every group: only the instance admin changes it.
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: UpsertPowerGroupInput, required: true }) },
    resolve: async (_root, { input }, context) => {
      const industryIds = [...new Set(input.industryIds.map(String))];
      const powerGroup = {
        id: input.id,
        name: input.name,
        description: input.description ?? '',
        industryIds,
      };
      await context.db.writeTransaction(async (tx) => {
        await requireIndustries(tx, industryIds, ['input', 'industryIds']);
        await upsertPowerGroup(tx, powerGroup);
        await recordChange(tx, {
          ...catalogueChange(context, 'upsertPowerGroup', powerGroup.id),
          summary: `power group ${powerGroup.name}: ${industryIds.length} industries`,
          after: powerGroup,
        });
      });
      return powerGroup;
    },
  }),
  removePowerGroup: t.field({
    type: 'ID',
    // The catalogue is shared by every group: only the instance admin changes it.
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context) => {
      const id = String(args.id);
      const removed = await context.db.writeTransaction(async (tx) => {
        if (!(await removePowerGroup(tx, id))) return false;
        await recordChange(tx, {
          ...catalogueChange(context, 'removePowerGroup', id),
          summary: `power group ${id} removed`,
        });
        return true;
      });
      if (!removed) throw new NotFoundError('power group', String(args.id));
      return args.id;
    },
  }),
}));
