// The people members know in an industry their group lacks (the visitor pipeline, cypher/
// candidates.ts): one piece shared by the batched read of a few gaps and the power-group report,
// which brings every gap's people in its one statement.

/**
 * A CALL subquery over the bound group `g` and industry `i`: the contacts in `i` whom members of
 * `g` know, each once, as `c` with `ties` (every member's tie, strongest first), `strength` (the
 * strongest) and `cf` (their candidacy for `g`, or null). Candidates under way (invited or
 * visited) first, then the strongest tie, then id; at most $perGap. Starts from the group, not
 * the industry (which has thousands of contacts at scale).
 */
export const gapContactsOf = (g: string, i: string) => `CALL (${g}, ${i}) {
  MATCH (${g})<-[:MEMBER_OF]-(m:Member)-[k:KNOWS]->(c:Contact)-[:IN_INDUSTRY]->(${i})
  WITH c, m, coalesce(k.strength, 1) AS strength, k.context AS context
  ORDER BY strength DESC, m.name, m.id
  WITH c, collect({memberId: m.id, strength: strength, context: context}) AS ties
  OPTIONAL MATCH (c)-[cf:CANDIDATE_FOR]->(${g})
  WITH c, ties, ties[0].strength AS strength, cf,
       CASE WHEN cf.status IN ['INVITED', 'VISITED'] THEN 0 ELSE 1 END AS settled
  ORDER BY settled, strength DESC, c.id
  LIMIT $perGap
  RETURN c, ties, strength, cf
}`;

/** The candidacy's fields as [name, expression] pairs; `cf` is bound, or null for no candidate yet. */
const candidateFields = (cf: string): [string, string][] => [
  ['status', `${cf}.status`],
  ['invitedOn', `toString(${cf}.invitedOn)`],
  ['visitedOn', `toString(${cf}.visitedOn)`],
  ['joinedOn', `toString(${cf}.joinedOn)`],
  ['declinedOn', `toString(${cf}.declinedOn)`],
  ['markedBy', `${cf}.by`],
];

/** The candidacy as return columns (`status`, `invitedOn`, … `markedBy`). */
export const candidateColumns = (cf: string) =>
  candidateFields(cf)
    .map(([name, expression]) => `${expression} AS ${name}`)
    .join(', ');

/**
 * One gap contact as a map with db/candidate-repo.ts's row fields, after gapContactsOf(g, i):
 * the group and industry ids, the contact, their ties and strongest tie, and the candidacy.
 */
export const gapContactRow = (g: string, i: string) =>
  `{${[
    ['groupId', `${g}.id`],
    ['industryId', `${i}.id`],
    ['contactId', 'c.id'],
    ['name', 'c.name'],
    ['company', 'c.company'],
    ['knownBy', 'ties'],
    ['strength', 'strength'],
    ...candidateFields('cf'),
  ]
    .map(([name, expression]) => `${name}: ${expression}`)
    .join(', ')}}`;
