// Which group a contact belongs to: the one rule, written once. The import's validation, the
// export and the clean-up of orphan contacts all compose it from here.
//
//   A contact belongs to every group one of whose members knows it (KNOWS), or gave or received
//   a referral about it (ABOUT). A contact that belongs to no group (nobody knows it and no
//   referral mentions it) is an orphan: no API can reach it, so it is removed.

/** The two ways a contact `c` belongs to a group `g` (either variable may already be bound). */
const KNOWN_IN = (g: string, c: string) => `(${g}:Group)<-[:MEMBER_OF]-(:Member)-[:KNOWS]->(${c}:Contact)`;
const REFERRED_IN = (g: string, c: string) =>
  `(${g}:Group)<-[:MEMBER_OF]-(:Member)-[:GAVE|TO]-(:Referral)-[:ABOUT]->(${c}:Contact)`;

/** A CALL subquery binding `c`, once each, to every contact of the bound group `g`. */
export const contactsOfGroup = (g: string, c: string) => `CALL (${g}) {
  MATCH ${KNOWN_IN(g, c)} RETURN ${c}
  UNION
  MATCH ${REFERRED_IN(g, c)} RETURN ${c}
}`;

/** An expression: the ids of the groups the bound contact `c` belongs to. */
export const groupIdsOfContact = (c: string) => `COLLECT {
  MATCH ${KNOWN_IN('owner', c)} RETURN owner.id AS groupId
  UNION
  MATCH ${REFERRED_IN('owner', c)} RETURN owner.id AS groupId
}`;

/** A predicate: the bound contact `c` belongs to no group (an orphan). */
export const isOrphanContact = (c: string) =>
  `(NOT EXISTS { MATCH ${KNOWN_IN('owner', c)} } AND NOT EXISTS { MATCH ${REFERRED_IN('owner', c)} })`;
