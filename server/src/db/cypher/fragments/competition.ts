// When two industries compete (DESIGN.md §1, §4): the one rule, written once. The partner
// suggestions (which never suggest a competitor), Member.competitors and the graph's COMPETITION
// edges all compose it from here.
//
//   Two industries compete when they are the same industry (one member per industry per group),
//   or when COMPETES_WITH links them, read undirected.

/** The two ways industries `a` and `b` (both bound) compete. */
const SAME_INDUSTRY = (a: string, b: string) => `${a} = ${b}`;
const LINKED = (a: string, b: string) => `EXISTS { (${a})-[:COMPETES_WITH]-(${b}) }`;

/** A predicate: the bound industries `a` and `b` compete (null when either is null). */
export const competes = (a: string, b: string) => `(${SAME_INDUSTRY(a, b)} OR ${LINKED(a, b)})`;

/**
 * An expression: why the bound industries `a` and `b` compete, 'SAME_INDUSTRY' or 'COMPETES_WITH'
 * (the first that applies), or null when they do not.
 */
export const whyCompetes = (a: string, b: string) =>
  `CASE WHEN ${SAME_INDUSTRY(a, b)} THEN 'SAME_INDUSTRY' WHEN ${LINKED(a, b)} THEN 'COMPETES_WITH' END`;
