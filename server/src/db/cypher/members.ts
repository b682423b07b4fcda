// Members, groups and industries: the records most fields hang off.

import { whyCompetes } from './fragments/competition.ts';
import { INDUSTRY_CANDIDATES } from './fragments/industry.ts';
import { memberRecord } from './fragments/member.ts';
import { isHeld } from './fragments/one-to-one.ts';
import { POWER_GROUP_TEMPLATES } from './fragments/power-group.ts';
import { IS_STALLED } from './fragments/referral.ts';
import { foldedForSearch } from './fragments/search.ts';

/** The columns every member row has (fragments/member.ts); `m` must be bound. */
const MEMBER_COLUMNS = `
WITH ${memberRecord('m')} AS member
RETURN member.id AS id, member.name AS name, member.company AS company, member.email AS email,
       member.phone AS phone, member.bio AS bio, member.joinedAt AS joinedAt,
       member.wantsToMeet AS wantsToMeet, member.doesNotWantToMeet AS doesNotWantToMeet,
       member.industryId AS industryId, member.groupId AS groupId, member.role AS role`;

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

/** The industries the text may mean (see INDUSTRY_CANDIDATES), in one round trip. */
export const INDUSTRY_MATCH_CANDIDATES = `
${INDUSTRY_CANDIDATES}
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms, coalesce(i.sector, '') AS sector,
       ftScore`;

export const POWER_GROUPS_ALL = `
${POWER_GROUP_TEMPLATES}
UNWIND templates AS template
RETURN template.id AS id, template.name AS name, template.description AS description,
       template.industryIds AS industryIds`;

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

/**
 * The members each member competes with (fragments/competition.ts), in the member's own group:
 * why, the competitor's industry and the member's, by name. A member who competes with nobody has no row.
 */
export const COMPETITORS_BY_MEMBER_IDS = `
UNWIND $ids AS memberId
MATCH (m:Member {id: memberId})-[:IN_INDUSTRY]->(mi:Industry)
MATCH (m)-[:MEMBER_OF]->(:Group)<-[:MEMBER_OF]-(c:Member)-[:IN_INDUSTRY]->(ci:Industry)
WHERE c <> m
WITH memberId, c, mi, ci, ${whyCompetes('mi', 'ci')} AS why
WHERE why IS NOT NULL
WITH memberId, c, mi, ci, why ORDER BY c.name, c.id
RETURN memberId AS memberId,
       collect({memberId: c.id, why: why, industryId: ci.id, competesWithIndustryId: mi.id}) AS competitors`;
