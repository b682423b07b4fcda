// What an operation costs, known before anything runs: every field costs 1, and a list multiplies
// the cost of what is selected inside it by how many items it may return — the size the caller
// asks for (first, last, limit) or, for a list that takes no size, a chapter-sized guess. So
// `members(first: 200) { partners { member { partners … } } }` costs 200 × 5 × 5 × … and is
// refused at validation, before a resolver or Neo4j sees it (see ../request-limits.ts). The
// builder sets the default (1 a field, TYPICAL_LIST_SIZE a list); fields say when they know better.
/** Items a list without a size argument is assumed to hold: about one chapter's worth. */
export const TYPICAL_LIST_SIZE = 20;

/** The largest operation accepted; the explorer's heaviest costs under half of it (test/unit/cost). */
export const QUERY_LIMITS = { complexity: 20_000, depth: 12, breadth: 400 } as const;

/**
 * Lists whose size the domain bounds better than the chapter-sized guess: a curated power group
 * names a handful of industries, one member holds each industry in a group, a chapter has a
 * handful of power groups and detected communities, a gap lists the few who could invite, and an
 * industry competes with a few others, so a member with a few members of the group.
 */
export const DOMAIN_LIST_SIZES = {
  powerGroupsInChapter: 10,
  industriesInPowerGroup: 8,
  membersPerIndustry: 1,
  invitersPerGap: 10,
  communitiesInChapter: 8,
  competitorsOfMember: 5,
  /** Industries a chapter's power groups lack, each once; a contact is known by a few members; a candidate takes at most three steps. */
  gapsInChapter: 20,
  tiesPerContact: 3,
  candidateSteps: 3,
  /** A year of a group's activity, month by month (all time is rarely asked for). */
  monthsInActivity: 13,
} as const;

/** The cost option of a list field whose size the domain bounds (DOMAIN_LIST_SIZES). */
export const listOf = (size: number) => ({ field: 1, multiplier: size });

/**
 * The cost option of a field whose list size the caller chooses (first, last or limit), falling
 * back to the field's default size. Only these fields read arguments while costing: the others'
 * costs are fixed, so an input that fails validation is still answered field by field (a typed
 * ValidationError) and never skips the cost check.
 */
export const listSizedBy =
  (defaultSize: number) =>
  (args: Record<string, unknown>): { field: number; multiplier: number } => {
    for (const name of ['first', 'last', 'limit']) {
      const value = args[name];
      if (typeof value === 'number') return { field: 1, multiplier: Math.max(0, value) };
    }
    return { field: 1, multiplier: defaultSize };
  };
