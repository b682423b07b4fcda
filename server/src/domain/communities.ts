/**
 * Communities that the group's actual ties form (Louvain modularity), to compare with the curated
 * power groups. Runs on the group's fetched subgraph, never on the whole database.
 *
 * Deterministic: nodes and edges are added in sorted order and Louvain gets a seeded PRNG, so the
 * same members and ties always give the same communities, whatever order they arrive in.
 * Members with no tie are left out: a community of one says nothing about who works together.
 */
import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { LRUCache } from 'lru-cache';
import type { PowerGroupTemplate } from './power-groups.ts';

/** Undirected; parallel ties between the same two members add up. */
export interface Tie {
  a: string;
  b: string;
  weight: number;
}

export interface DetectedCommunity {
  id: number;
  memberIds: string[];
  bestMatch: { powerGroupId: string; jaccard: number } | null;
}

export const DEFAULT_COMMUNITY_SEED = 42;

/** Joins ids into one key: a character no id contains (ids are kebab-case, rules/fields.ts idOf). */
const SEPARATOR = '\u0000';

/**
 * Communities already found, by their whole input as given (members, ties, resolution and seed): a
 * group's ties change only when someone records a referral or a one-to-one, and Louvain is the
 * costliest part of the powerGroups answer. The same input in another order is only a miss (the
 * answer does not depend on the order). Each caller gets copies of its own.
 */
const foundBefore = new LRUCache<string, readonly (readonly string[])[]>({ max: 1_000 });

/**
 * Weight of a tie for detection. A one-to-one counts twice a referral (DESIGN: one-to-ones are the
 * best signal of a relationship), with diminishing returns so one very busy pair does not swallow
 * the rest: base · (1 + log2(count)), i.e. 1 → base, 2 → 2·base, 4 → 3·base; 0 or less → 0.
 */
export function tieWeight(kind: 'ONE_TO_ONE' | 'REFERRAL', count: number): number {
  if (!(count > 0)) return 0;
  const base = kind === 'ONE_TO_ONE' ? 2 : 1;
  return base * (1 + Math.log2(count));
}

/** A group's one-to-ones and referrals (each pair counted once per direction) as weighted ties. */
export function tiesOf(group: {
  oneToOnes: { a: string; b: string; count: number }[];
  referrals: { giver: string; receiver: string; count: number }[];
}): Tie[] {
  return [
    ...group.oneToOnes.map((tie) => ({ a: tie.a, b: tie.b, weight: tieWeight('ONE_TO_ONE', tie.count) })),
    ...group.referrals.map((tie) => ({
      a: tie.giver,
      b: tie.receiver,
      weight: tieWeight('REFERRAL', tie.count),
    })),
  ];
}

/**
 * Louvain communities over the members' ties. Ties to unknown members, self-ties and ties with
 * weight ≤ 0 are ignored. Each community's ids are sorted; communities by size desc, then first id.
 */
export function detectCommunities(
  memberIds: string[],
  ties: Tie[],
  options: { resolution?: number; seed?: number } = {},
): string[][] {
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? DEFAULT_COMMUNITY_SEED;
  // Keyed on the input as it came: putting it in order first made a cached answer cost twice as much.
  const input = [
    `${resolution}${SEPARATOR}${seed}${SEPARATOR}${memberIds.join(SEPARATOR)}`,
    ...ties.map((tie) => `${tie.a}${SEPARATOR}${tie.b}${SEPARATOR}${tie.weight}`),
  ].join('\n');
  const before = foundBefore.get(input);
  if (before) return before.map((community) => [...community]);

  const known = new Set(memberIds);
  const weights = new Map<string, { a: string; b: string; weight: number }>();
  for (const tie of ties) {
    if (tie.a === tie.b || !known.has(tie.a) || !known.has(tie.b) || !(tie.weight > 0)) continue;
    const [a, b] = tie.a < tie.b ? [tie.a, tie.b] : [tie.b, tie.a];
    const key = `${a}${SEPARATOR}${b}`;
    const sum = weights.get(key);
    if (sum) sum.weight += tie.weight;
    else weights.set(key, { a, b, weight: tie.weight });
  }
  if (weights.size === 0) return [];

  const edges = [...weights.values()].sort((x, y) => compareStrings(x.a, y.a) || compareStrings(x.b, y.b));
  const nodes = [...new Set(edges.flatMap((e) => [e.a, e.b]))].sort(compareStrings);

  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const node of nodes) graph.addNode(node);
  for (const e of edges) graph.addEdge(e.a, e.b, { weight: e.weight });

  const assignment = louvain(graph, {
    getEdgeWeight: 'weight',
    resolution,
    rng: mulberry32(seed),
  });

  const byCommunity = new Map<number, string[]>();
  for (const node of nodes) {
    const c = assignment[node];
    if (c === undefined) continue;
    const group = byCommunity.get(c) ?? [];
    group.push(node);
    byCommunity.set(c, group);
  }
  const communities = [...byCommunity.values()].sort(
    (x, y) => y.length - x.length || compareStrings(x[0] ?? '', y[0] ?? ''),
  );
  foundBefore.set(
    input,
    communities.map((community) => [...community]),
  );
  return communities;
}

/**
 * Each community with the power group whose industries it resembles most: Jaccard similarity
 * |community industries ∩ template industries| / |union|. Members with no known industry are
 * skipped. Ties go to the earlier template; null when nothing overlaps.
 */
export function compareToPowerGroups(
  communities: string[][],
  memberIndustry: Map<string, string>,
  templates: PowerGroupTemplate[],
): DetectedCommunity[] {
  const templateIndustries = templates.map((template) => new Set(template.industryIds));
  return communities.map((memberIds, id) => {
    const industries = new Set<string>();
    for (const m of memberIds) {
      const industry = memberIndustry.get(m);
      if (industry !== undefined) industries.add(industry);
    }
    let bestMatch: DetectedCommunity['bestMatch'] = null;
    templates.forEach((template, index) => {
      const jaccard = jaccardIndex(industries, templateIndustries[index] ?? new Set());
      if (jaccard > 0 && (bestMatch === null || jaccard > bestMatch.jaccard)) {
        bestMatch = { powerGroupId: template.id, jaccard };
      }
    });
    return { id, memberIds, bestMatch };
  });
}

export function jaccardIndex(a: Set<string>, b: Set<string>): number {
  let intersection = 0;
  for (const x of a) if (b.has(x)) intersection++;
  const union = a.size + b.size - intersection;
  return union === 0 ? 0 : intersection / union;
}

/** Small seeded PRNG (mulberry32): Louvain's random walk must repeat exactly for the same seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
