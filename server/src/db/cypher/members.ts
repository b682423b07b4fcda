// Members, groups and industries: the records most fields hang off.
import { isHeld } from './fragments/one-to-one.ts';
import { IS_STALLED } from './fragments/referral.ts';
import { foldedForSearch } from './fragments/search.ts';

/** The columns every member row has; `m` must be bound, industry and membership are read here. */
const MEMBER_COLUMNS = `
OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(i:Industry)
OPTIONAL MATCH (m)-[mo:MEMBER_OF]->(g:Group)
WITH m, i, mo, g ORDER BY mo.since
WITH m, head(collect(i.id)) AS industryId, head(collect({groupId: g.id, role: mo.role})) AS membership
RETURN m.id AS id, m.name AS name, m.company AS company, m.email AS email, m.phone AS phone,
       m.bio AS bio, toString(m.joinedAt) AS joinedAt,
       coalesce(m.wantsToMeet, []) AS wantsToMeet, coalesce(m.doesNotWantToMeet, []) AS doesNotWantToMeet,
       industryId AS industryId, membership.groupId AS groupId, coalesce(membership.role, 'MEMBER') AS role`;

export const MEMBERS_BY_IDS = `
UNWIND $ids AS memberId
MATCH (m:Member {id: memberId})
${MEMBER_COLUMNS}`;

/** A page of members, optionally of one group and matching a name/company search. */
export const MEMBERS_PAGE = `
WITH ${foldedForSearch('$search')} AS needle
MATCH (m:Member)
WHERE ($groupId IS NULL OR EXISTS { (m)-[:MEMBER_OF]->(:Group {id: $groupId}) })
  AND (needle IS NULL OR ${foldedForSearch('m.name')} CONTAINS needle
       OR ${foldedForSearch("coalesce(m.company, '')")} CONTAINS needle)
WITH m ORDER BY m.name, m.id SKIP $offset LIMIT $limit
${MEMBER_COLUMNS}
ORDER BY name, id`;

export const GROUPS_ALL = `
MATCH (g:Group)
RETURN g.id AS id, g.name AS name, g.region AS region, g.meetingDay AS meetingDay,
       COUNT { (g)<-[:MEMBER_OF]-(:Member) } AS memberCount
ORDER BY g.name`;

export const GROUPS_BY_IDS = `
UNWIND $ids AS groupId
MATCH (g:Group {id: groupId})
RETURN g.id AS id, g.name AS name, g.region AS region, g.meetingDay AS meetingDay,
       COUNT { (g)<-[:MEMBER_OF]-(:Member) } AS memberCount`;

export const ORGANISERS_BY_GROUP_IDS = `
UNWIND $ids AS groupId
OPTIONAL MATCH (:Group {id: groupId})<-[:MEMBER_OF {role: 'ORGANISER'}]-(m:Member)
WITH groupId, m ORDER BY m.name
RETURN groupId AS groupId, collect(m.id) AS memberIds`;

export const INDUSTRIES_BY_IDS = `
UNWIND $ids AS industryId
MATCH (i:Industry {id: industryId})
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms, coalesce(i.sector, '') AS sector`;

export const INDUSTRIES_ALL = `
MATCH (i:Industry)
WHERE $search IS NULL OR toLower(i.name) CONTAINS $search
   OR any(s IN coalesce(i.synonyms, []) WHERE toLower(s) CONTAINS $search)
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms, coalesce(i.sector, '') AS sector
ORDER BY i.name`;

/**
 * The industries the text may mean, in one round trip: those whose name or a synonym is exactly
 * the (normalised, folded) $text, and the best full-text hits for $fulltext, a Lucene query made
 * from the text by the domain layer (escaped; '' skips the index, which refuses an empty query).
 * domain/industry-match.ts chooses among them.
 */
export const INDUSTRY_MATCH_CANDIDATES = `
CALL () {
  MATCH (i:Industry)
  WHERE ${foldedForSearch('i.name')} = $text
     OR any(s IN coalesce(i.synonyms, []) WHERE ${foldedForSearch('s')} = $text)
  RETURN i, 0.0 AS score
  UNION
  WITH $fulltext AS fulltext WHERE fulltext <> ''
  CALL db.index.fulltext.queryNodes('industry_words', fulltext, {limit: 25}) YIELD node, score
  RETURN node AS i, score
}
WITH i, max(score) AS ftScore
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms, coalesce(i.sector, '') AS sector,
       ftScore
ORDER BY ftScore DESC, name`;

export const POWER_GROUPS_ALL = `
MATCH (pg:PowerGroup)
OPTIONAL MATCH (pg)-[:INCLUDES]->(i:Industry)
WITH pg, i ORDER BY i.name
RETURN pg.id AS id, pg.name AS name, coalesce(pg.description, '') AS description, collect(i.id) AS industryIds
ORDER BY pg.name`;

export const MEMBER_STATS_BY_IDS = `
UNWIND $ids AS memberId
MATCH (m:Member {id: memberId})
CALL (m) {
  OPTIONAL MATCH (m)-[:GAVE]->(given:Referral)
  RETURN count(given) AS given
}
CALL (m) {
  OPTIONAL MATCH (m)<-[:TO]-(r:Referral)
  RETURN count(r) AS received,
         count(CASE WHEN r.status = 'WON' THEN 1 END) AS won,
         sum(CASE WHEN r.status = 'WON' THEN coalesce(r.value, 0) ELSE 0 END) AS valueWon,
         count(CASE WHEN ${IS_STALLED} THEN 1 END) AS stalled,
         count(CASE WHEN r.status = 'WENT_WRONG' THEN 1 END) AS wentWrong
}
RETURN m.id AS id, given AS given, received AS received, won AS won, valueWon AS valueWon,
       stalled AS stalled, wentWrong AS wentWrong,
       COUNT { (m)-[:ATTENDED]->(o:OneToOne) WHERE ${isHeld('o')} } AS oneToOnes`;

export const CONTACTS_BY_MEMBER_IDS = `
UNWIND $ids AS memberId
OPTIONAL MATCH (:Member {id: memberId})-[k:KNOWS]->(c:Contact)
OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(i:Industry)
WITH memberId, c, k, i ORDER BY c.name
// collect() skips the null rows of members who know nobody.
RETURN memberId AS memberId,
       collect(CASE WHEN c IS NOT NULL THEN {id: c.id, name: c.name, company: c.company, industryId: i.id,
         strength: k.strength, context: k.context} END) AS contacts`;
