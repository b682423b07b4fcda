// Colours of the explorer. Power groups get a colour by their position in the group's list
// (sorted by id, so a group keeps its colours from one visit to the next).

/** Distinct on white and for the common colour-vision deficiencies (Okabe–Ito + Tableau). */
export const POWER_GROUP_PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#8C6D31',
  '#7B61C4',
  '#2F9C95',
  '#B8860B',
  '#9C4F6B',
  '#5C7F3B',
] as const;

export const NO_POWER_GROUP_COLOUR = '#9AA3AE';

export const EDGE_COLOURS = {
  SYNERGY: '#9FB4C7',
  REFERRAL: '#E0762B',
  ONE_TO_ONE: '#3F7FBF',
  /** Red, and dotted in the graph: a warning, not a tie to work on. */
  COMPETITION: '#C62828',
} as const;

/**
 * A referral tie by how its referrals went (to-elements.ts referralOutcomeClasses): green when won,
 * dashed amber while one is stalled, red when one went wrong. The worse news is drawn.
 */
export const REFERRAL_OUTCOME_COLOURS = {
  won: '#15803D',
  stalled: '#CA8A04',
  wentWrong: '#DC2626',
} as const;

/** A member's traffic light (@powergroups/rules health.ts): the ring on the graph, the dot in the table. */
export const HEALTH_COLOURS = {
  GREEN: '#15803D',
  AMBER: '#D97706',
  RED: '#DC2626',
} as const;

export const HIGHLIGHT_COLOUR = '#C2185B';
export const SELECTED_COLOUR = '#111827';

export function powerGroupColours(powerGroups: readonly { id: string }[]): Map<string, string> {
  const ids = powerGroups.map((group) => group.id).sort();
  return new Map(
    ids.map((id, index) => [id, POWER_GROUP_PALETTE[index % POWER_GROUP_PALETTE.length] as string]),
  );
}

export function nodeColour(powerGroupIds: readonly string[], colours: ReadonlyMap<string, string>): string {
  const first = powerGroupIds[0];
  return (first && colours.get(first)) || NO_POWER_GROUP_COLOUR;
}

/** At most this many slices on a member; more power groups than that share the last one. */
export const MAX_SLICES = 4;

/**
 * A member in several power groups is drawn as a pie with one equal slice per group (cytoscape's
 * pie-N-background-*), so the picture says what the power-group cards say.
 */
export function pieSlices(
  powerGroupIds: readonly string[],
  colours: ReadonlyMap<string, string>,
): Record<string, string | number> {
  const known = powerGroupIds.map((id) => colours.get(id)).filter((colour): colour is string => !!colour);
  const shown = known.slice(0, MAX_SLICES);
  const slices: Record<string, string | number> = {};
  for (let index = 0; index < MAX_SLICES; index++) {
    slices[`pie${index + 1}`] = shown[index] ?? NO_POWER_GROUP_COLOUR;
    slices[`pie${index + 1}Size`] = shown.length > 1 && index < shown.length ? 100 / shown.length : 0;
  }
  return slices;
}
