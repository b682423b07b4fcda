// A member as the server reads it (variables inside are named so they cannot meet the caller's) (db/member-repo.ts MemberRecord), as one Cypher map expression:
// statements that answer a question return their members whole, so the request holds them
// (schema/loaders.ts recordsById) and nested fields cost no further round trip.

/** A map with MemberRecord's fields, for the bound member `m`: its industry and first membership. */
export const memberRecord = (m: string) => `${m} {
  .id, .name, .company, .email, .phone, .bio,
  joinedAt: toString(${m}.joinedAt),
  wantsToMeet: coalesce(${m}.wantsToMeet, []),
  doesNotWantToMeet: coalesce(${m}.doesNotWantToMeet, []),
  industryId: COLLECT { MATCH (${m})-[:IN_INDUSTRY]->(ownIndustry:Industry) RETURN ownIndustry.id }[0],
  groupId: COLLECT {
    MATCH (${m})-[membership:MEMBER_OF]->(ownGroup:Group) RETURN ownGroup.id ORDER BY membership.since
  }[0],
  role: coalesce(COLLECT {
    MATCH (${m})-[membership:MEMBER_OF]->(:Group) RETURN membership.role ORDER BY membership.since
  }[0], 'MEMBER')
}`;

/** An industry as db/member-repo.ts IndustryRecord, for the bound industry `i`. */
export const industryRecord = (i: string) =>
  `${i} {.id, .name, synonyms: coalesce(${i}.synonyms, []), sector: coalesce(${i}.sector, '')}`;
