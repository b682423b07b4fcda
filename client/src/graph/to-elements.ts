// Pure functions from API data to cytoscape elements: no cytoscape instance, no DOM, so they run
// in Node. GraphView only applies what these return.
import type { HealthLight } from '@powergroups/rules';
import type { ElementDefinition } from 'cytoscape';
import type { Contact, EdgeKind, GraphEdge, GroupGraph, WhoKnowsAnswer } from '../api/types.ts';
import { nodeColour, pieSlices, powerGroupColours } from './colours.ts';

/** Every kind of tie; competition is drawn only when asked for (it is off in DEFAULT_EDGES). */
export const EDGE_KINDS: readonly EdgeKind[] = ['SYNERGY', 'REFERRAL', 'ONE_TO_ONE', 'COMPETITION'];

export const EDGE_KIND_LABELS: Record<EdgeKind, string> = {
  SYNERGY: 'Synergy',
  REFERRAL: 'Referrals',
  ONE_TO_ONE: 'One-to-ones',
  COMPETITION: 'Competition',
};

export interface PathHighlight {
  /** Members on any path. */
  nodeIds: ReadonlySet<string>;
  /** Members who answer the question. */
  answerIds: ReadonlySet<string>;
  /** Graph edges that a path walks along. */
  edgeIds: ReadonlySet<string>;
  /** Steps between two members that no drawn edge joins (an edge kind switched off, say). */
  extraEdges: readonly { id: string; source: string; target: string; via: string | null }[];
}

export interface ExpandedContacts {
  memberId: string;
  contacts: readonly Contact[];
}

export interface ViewOptions {
  edgeKinds: readonly EdgeKind[];
  /** Power group ids to show; empty shows all. */
  powerGroupFilter?: readonly string[];
  /** Industry ids to show; empty shows all. */
  industryFilter?: readonly string[];
  /** Members whose neighbourhood stays visible whatever the filters say. */
  expanded?: readonly string[];
  /** Contacts of expanded members that the caller may see. */
  contacts?: readonly ExpandedContacts[];
  highlight?: PathHighlight | null;
  selectedId?: string | null;
  /** The group's activity on the members (graph/activity-sizes.ts), when the graph is sized by it. */
  activity?: ActivityMarks | null;
}

export interface ActivityMarks {
  /** Diameter per member. */
  sizes: ReadonlyMap<string, number>;
  /** Traffic light per member: a ring in its colour. */
  lights: ReadonlyMap<string, HealthLight>;
  /** A line per member for the tooltip ("Referrals given: 3 in the last 3 months · amber"). */
  notes: ReadonlyMap<string, string>;
}

export const kindClass = (kind: EdgeKind) => kind.toLowerCase().replace(/_/g, '-');

/** Edge width from what the edge carries: synergy strength, or how many referrals / meetings. */
export function edgeWidth(edge: Pick<GraphEdge, 'kind' | 'weight' | 'count'>): number {
  if (edge.kind === 'SYNERGY') return round(1 + 3 * clamp(edge.weight, 0, 1));
  // Dotted: the dots need some body to read at the group's zoom.
  if (edge.kind === 'COMPETITION') return 3;
  return round(1.5 + 0.75 * Math.min(Math.max(edge.count, 1), 8));
}

export function nodeMatchesFilters(
  node: { industryId: string | null; powerGroupIds: readonly string[] },
  powerGroupFilter: readonly string[] = [],
  industryFilter: readonly string[] = [],
): boolean {
  const pgOk =
    powerGroupFilter.length === 0 || node.powerGroupIds.some((id) => powerGroupFilter.includes(id));
  const industryOk =
    industryFilter.length === 0 || (node.industryId !== null && industryFilter.includes(node.industryId));
  return pgOk && industryOk;
}

/** Which members are visible: the filter's matches, plus expanded members and their neighbours. */
export function visibleNodeIds(graph: GroupGraph, options: ViewOptions): Set<string> {
  const visible = new Set(
    graph.nodes
      .filter((node) => nodeMatchesFilters(node, options.powerGroupFilter, options.industryFilter))
      .map((node) => node.id),
  );
  const expanded = new Set(options.expanded ?? []);
  if (expanded.size === 0) return visible;
  const shownKinds = new Set(options.edgeKinds);
  for (const id of expanded) if (graph.nodes.some((node) => node.id === id)) visible.add(id);
  for (const edge of graph.edges) {
    if (!shownKinds.has(edge.kind)) continue;
    if (expanded.has(edge.source)) visible.add(edge.target);
    if (expanded.has(edge.target)) visible.add(edge.source);
  }
  return visible;
}

/**
 * The whole group as cytoscape elements. Filters never remove a member: they mark it
 * `filtered-out`, so every member keeps its place and the layout stays where it was.
 */
export function toElements(graph: GroupGraph, options: ViewOptions): ElementDefinition[] {
  const colours = powerGroupColours(graph.powerGroups);
  const visible = visibleNodeIds(graph, options);
  const shownKinds = new Set(options.edgeKinds);
  const highlight = options.highlight ?? null;
  const nodeIds = new Set(graph.nodes.map((node) => node.id));
  const names = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const groupNames = new Map(graph.powerGroups.map((group) => [group.id, group.name]));
  const ranks = labelRanks(graph);
  // The selected member's circle: emphasised, everyone else faded (a question's highlight wins).
  const focus =
    !highlight && options.selectedId && nodeIds.has(options.selectedId) ? options.selectedId : null;
  const circle = focus ? neighbourIds(graph, focus, shownKinds) : null;
  const labelledPairs = new Set<string>();
  const elements: ElementDefinition[] = [];

  // Sorted by id: the layout is seeded, and the same data in the same order gives the same picture.
  for (const node of [...graph.nodes].sort(byId)) {
    const classes = ['member'];
    if (node.role === 'ORGANISER') classes.push('organiser');
    if (!visible.has(node.id)) classes.push('filtered-out');
    if (highlight) {
      if (highlight.answerIds.has(node.id)) classes.push('answer');
      else if (highlight.nodeIds.has(node.id)) classes.push('on-path');
      else classes.push('dimmed');
    }
    if (circle && node.id !== focus) classes.push(circle.has(node.id) ? 'neighbour' : 'faded');
    if (options.selectedId === node.id) classes.push('selected');
    if (node.powerGroupIds.length > 1) classes.push('multi-group');
    const size = options.activity?.sizes.get(node.id);
    if (size !== undefined) classes.push('sized');
    const light = options.activity?.lights.get(node.id);
    if (light) classes.push(`health-${light.toLowerCase()}`);
    const groups = node.powerGroupIds.map((id) => groupNames.get(id)).filter(Boolean);
    elements.push({
      group: 'nodes',
      data: {
        id: node.id,
        label: node.label,
        display: `${node.label}\n${node.industryName}`,
        company: node.company,
        industryId: node.industryId,
        industryName: node.industryName,
        powerGroupIds: node.powerGroupIds,
        role: node.role,
        colour: nodeColour(node.powerGroupIds, colours),
        ...pieSlices(node.powerGroupIds, colours),
        labelRank: ranks.get(node.id) ?? graph.nodes.length,
        ...(size === undefined ? {} : { size }),
        title: [
          node.label,
          [node.company, node.industryName].filter(Boolean).join(' · '),
          groups.length ? `Power groups: ${groups.join(', ')}` : 'No power group',
          node.role === 'ORGANISER' ? 'Organiser' : '',
          options.activity?.notes.get(node.id) ?? '',
        ]
          .filter(Boolean)
          .join('\n'),
      },
      classes: classes.join(' '),
    });
  }

  for (const edge of [...graph.edges].sort(byId)) {
    // An edge to a member outside the group graph would make cytoscape throw.
    if (!nodeIds.has(edge.source) || !nodeIds.has(edge.target)) continue;
    const classes = ['relation', kindClass(edge.kind), ...referralOutcomeClasses(edge)];
    if (!shownKinds.has(edge.kind)) classes.push('kind-off');
    if (!visible.has(edge.source) || !visible.has(edge.target)) classes.push('filtered-out');
    if (highlight) classes.push(highlight.edgeIds.has(edge.id) ? 'on-path' : 'dimmed');
    const touchesFocus = focus !== null && (edge.source === focus || edge.target === focus);
    if (focus) classes.push(touchesFocus ? 'neighbour' : 'faded');
    // Labels only where the eye is (the selected member's ties, the highlighted paths), only when
    // they say something, and one per pair of members: parallel edges' labels would pile up.
    const label = edgeLabel(edge);
    const pair = pairKey(edge.source, edge.target);
    if (label && (touchesFocus || highlight?.edgeIds.has(edge.id)) && !labelledPairs.has(pair)) {
      labelledPairs.add(pair);
      classes.push('labelled');
    }
    elements.push({
      group: 'edges',
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        kind: edge.kind,
        weight: edge.weight,
        count: edge.count,
        width: edgeWidth(edge),
        label,
        title: edgeTitle(edge, names),
      },
      classes: classes.join(' '),
    });
  }

  for (const extra of highlight?.extraEdges ?? []) {
    if (!nodeIds.has(extra.source) || !nodeIds.has(extra.target)) continue;
    elements.push({
      group: 'edges',
      data: {
        id: extra.id,
        source: extra.source,
        target: extra.target,
        kind: 'PATH',
        width: 3,
        label: '',
        title: `${names.get(extra.source)} — ${names.get(extra.target)}: on the answer’s path`,
      },
      classes: 'path-link on-path',
    });
  }

  for (const { memberId, contacts } of options.contacts ?? []) {
    if (!nodeIds.has(memberId)) continue;
    for (const contact of contacts) {
      const id = contactNodeId(memberId, contact.id);
      elements.push({
        group: 'nodes',
        data: {
          id,
          label: contact.name,
          display: contact.industry ? `${contact.name}\n${contact.industry.name}` : contact.name,
          industryId: contact.industry?.id ?? null,
          industryName: contact.industry?.name ?? null,
          ownerId: memberId,
          colour: '#FFFFFF',
          title: [
            contact.name,
            contact.industry?.name ?? 'No industry',
            `A contact of ${names.get(memberId)}`,
          ].join('\n'),
        },
        classes: `contact${highlight ? ' dimmed' : ''}`,
      });
      // The API leaves out a strength nobody recorded: draw the thinnest line and say nothing.
      const strength = contact.strength ?? 0;
      const ofFive = contact.strength === null ? '' : ` (strength ${contact.strength} of 5)`;
      elements.push({
        group: 'edges',
        data: {
          id: `knows:${memberId}:${contact.id}`,
          source: memberId,
          target: id,
          kind: 'KNOWS',
          width: 1 + strength * 0.4,
          label: '',
          title: `${names.get(memberId)} knows ${contact.name}${ofFive}`,
        },
        classes: 'knows',
      });
    }
  }
  return elements;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The members one shown tie away from a member. */
function neighbourIds(graph: GroupGraph, id: string, shownKinds: ReadonlySet<EdgeKind>): Set<string> {
  const ids = new Set<string>();
  for (const edge of graph.edges) {
    if (!shownKinds.has(edge.kind)) continue;
    if (edge.source === id) ids.add(edge.target);
    if (edge.target === id) ids.add(edge.source);
  }
  return ids;
}

/**
 * Who gets a label first when there is no room for all: 0 is the best connected member. Working
 * ties (referrals, one-to-ones) count double beside synergy; names break ties so the order is fixed.
 */
function labelRanks(graph: GroupGraph): Map<string, number> {
  const score = new Map(graph.nodes.map((node) => [node.id, 0]));
  for (const edge of graph.edges) {
    // Competing is no connection at all.
    const weight = edge.kind === 'COMPETITION' ? 0 : edge.kind === 'SYNERGY' ? 1 : 2;
    for (const end of [edge.source, edge.target])
      if (score.has(end)) score.set(end, (score.get(end) ?? 0) + weight);
  }
  const order = [...graph.nodes].sort(
    (a, b) => (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0) || a.label.localeCompare(b.label),
  );
  return new Map(order.map((node, index) => [node.id, index]));
}

const EDGE_NOUNS: Record<Exclude<EdgeKind, 'SYNERGY' | 'COMPETITION'>, [string, string]> = {
  REFERRAL: ['referral', 'referrals'],
  ONE_TO_ONE: ['one-to-one', 'one-to-ones'],
};

/** What a tie is, in words, for its tooltip. */
export function edgeTitle(edge: GraphEdge, names: ReadonlyMap<string, string>): string {
  const from = names.get(edge.source) ?? edge.source;
  const to = names.get(edge.target) ?? edge.target;
  if (edge.kind === 'SYNERGY') {
    const strength = `synergy ${Math.round(clamp(edge.weight, 0, 1) * 100)}%`;
    return `${from} — ${to}: ${strength}${edge.label ? `\n${edge.label}` : ''}`;
  }
  if (edge.kind === 'COMPETITION')
    return `${from} — ${to}: competitors, never suggested as partners${edge.label ? `\n${edge.label}` : ''}`;
  const [one, many] = EDGE_NOUNS[edge.kind];
  const count = Math.max(edge.count, 1);
  const arrow = edge.kind === 'REFERRAL' ? '→' : '—';
  return `${from} ${arrow} ${to}\n${edge.label ?? `${count} ${count === 1 ? one : many}`}`;
}

/**
 * How a referral tie's referrals went, as classes the stylesheet colours (REFERRAL_OUTCOME_COLOURS):
 * `ref-won`, `ref-stalled`, `ref-went-wrong`, each when at least one referral is so; the stylesheet
 * draws the worst (went wrong over stalled over won).
 */
function referralOutcomeClasses(
  edge: Pick<GraphEdge, 'kind'> & Partial<Pick<GraphEdge, 'won' | 'stalled' | 'wentWrong'>>,
): string[] {
  if (edge.kind !== 'REFERRAL') return [];
  const classes: string[] = [];
  if (edge.won) classes.push('ref-won');
  if (edge.stalled) classes.push('ref-stalled');
  if (edge.wentWrong) classes.push('ref-went-wrong');
  return classes;
}

export const contactNodeId = (memberId: string, contactId: string) => `contact:${memberId}:${contactId}`;

// Short on the line (a count); the server's sentence goes in the tooltip, where it has room.
function edgeLabel(edge: GraphEdge): string {
  if (edge.kind === 'REFERRAL' && edge.count > 1) return `${edge.count}`;
  if (edge.kind === 'ONE_TO_ONE' && edge.count > 1) return `${edge.count}×`;
  return '';
}

/**
 * What to light up for the answers of a "who knows" question: each answering member, the
 * members their path passes through, and the drawn edges between consecutive members.
 */
export function pathHighlight(graph: GroupGraph, answers: readonly WhoKnowsAnswer[]): PathHighlight {
  const nodeIds = new Set<string>();
  const answerIds = new Set<string>();
  const edgeIds = new Set<string>();
  const extraEdges: { id: string; source: string; target: string; via: string | null }[] = [];
  const members = new Set(graph.nodes.map((node) => node.id));
  const byPair = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    // A path walks along ties; competing is none.
    if (edge.kind === 'COMPETITION') continue;
    const key = pairKey(edge.source, edge.target);
    byPair.set(key, [...(byPair.get(key) ?? []), edge]);
  }

  for (const answer of answers) {
    if (members.has(answer.member.id)) answerIds.add(answer.member.id);
    let previous: string | null = null;
    for (const step of answer.path) {
      const current = step.kind === 'MEMBER' && step.nodeId && members.has(step.nodeId) ? step.nodeId : null;
      if (current) nodeIds.add(current);
      if (current && previous && current !== previous) {
        const candidates = byPair.get(pairKey(previous, current)) ?? [];
        const wanted = viaKind(step.via);
        const match = candidates.find((edge) => edge.kind === wanted) ?? candidates[0];
        if (match) edgeIds.add(match.id);
        else {
          const id = `path:${pairKey(previous, current)}`;
          if (!extraEdges.some((edge) => edge.id === id))
            extraEdges.push({ id, source: previous, target: current, via: step.via });
        }
      }
      // A contact or industry step ends the walk through members.
      previous = current;
    }
  }
  return { nodeIds, answerIds, edgeIds, extraEdges };
}

function viaKind(via: string | null): EdgeKind | null {
  if (via === 'ONE_TO_ONE') return 'ONE_TO_ONE';
  if (via === 'REFERRAL') return 'REFERRAL';
  if (via === 'SYNERGY') return 'SYNERGY';
  return null;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Positions for a member's contacts: a ring around the member, so expanding never moves anyone. */
export function contactPositions(
  centre: { x: number; y: number },
  contactIds: readonly string[],
  radius = 90,
): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const count = contactIds.length;
  contactIds.forEach((id, index) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
    positions.set(id, {
      x: round(centre.x + radius * Math.cos(angle)),
      y: round(centre.y + radius * Math.sin(angle)),
    });
  });
  return positions;
}

export interface ElementDiff {
  added: ElementDefinition[];
  removed: string[];
  /** Elements whose data or classes changed (same id). */
  changed: ElementDefinition[];
}

/** What to do to go from one element list to the next, by data.id (react-cytoscapejs style). */
export function diffElements(
  previous: readonly ElementDefinition[],
  next: readonly ElementDefinition[],
): ElementDiff {
  const before = new Map(previous.map((element) => [element.data.id as string, element]));
  const after = new Set<string>();
  const added: ElementDefinition[] = [];
  const changed: ElementDefinition[] = [];
  for (const element of next) {
    const id = element.data.id as string;
    after.add(id);
    const old = before.get(id);
    if (!old) added.push(element);
    else if (
      old.classes !== element.classes ||
      JSON.stringify(old.data) !== JSON.stringify(element.data) ||
      // An edge whose ends changed cannot be patched in cytoscape: it is replaced.
      old.data.source !== element.data.source
    )
      changed.push(element);
  }
  const removed = [...before.keys()].filter((id) => !after.has(id));
  return { added, removed, changed };
}

export interface LegendEntry {
  id: string;
  name: string;
  colour: string;
  members: number;
}

export function legendEntries(graph: GroupGraph): LegendEntry[] {
  const colours = powerGroupColours(graph.powerGroups);
  return [...graph.powerGroups]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((group) => ({
      id: group.id,
      name: group.name,
      colour: colours.get(group.id) ?? '#999',
      // Every member the power group holds, as its card counts them, not only those it colours.
      members: graph.nodes.filter((node) => node.powerGroupIds.includes(group.id)).length,
    }));
}

/** Industries present in the group, for the filter, by name. */
export function industriesOf(graph: GroupGraph): { id: string; name: string }[] {
  const byId = new Map<string, string>();
  // A member with no industry has none to filter by.
  for (const node of graph.nodes)
    if (node.industryId) byId.set(node.industryId, node.industryName ?? node.industryId);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
