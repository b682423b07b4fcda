// Referrals and one-to-ones: reading them, and recording them in one transaction each.
import { REFERRAL_STATUSES } from '@powergroups/rules';
import { GIVEN_AT, GIVEN_SINCE, IS_STALLED } from './fragments/referral.ts';

const REFERRAL_COLUMNS = `
OPTIONAL MATCH (r)-[:ABOUT]->(c:Contact)
OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(ci:Industry)
RETURN r.id AS id, giver.id AS giverId, receiver.id AS receiverId, g.id AS groupId,
       c.id AS contactId, c.name AS contactName, c.company AS contactCompany, ci.id AS contactIndustryId,
       r.status AS status, r.value AS value, r.notes AS notes, r.hotness AS hotness,
       toString(coalesce(r.createdAt, r.updatedAt)) AS createdAt,
       toString(coalesce(r.updatedAt, r.createdAt)) AS updatedAt,
       coalesce(${IS_STALLED}, false) AS stalled`;

/** Referrals filtered by group (of the receiver), member (either side), status and stalled-ness. */
export const REFERRALS_FILTERED = `
MATCH (giver:Member)-[:GAVE]->(r:Referral)-[:TO]->(receiver:Member)
OPTIONAL MATCH (receiver)-[:MEMBER_OF]->(g:Group)
WITH giver, r, receiver, g
WHERE ($groupId IS NULL OR g.id = $groupId)
  AND ($memberId IS NULL OR giver.id = $memberId OR receiver.id = $memberId)
  AND ($status IS NULL OR r.status = $status)
  AND ($stalled IS NULL OR $stalled = coalesce(${IS_STALLED}, false))
WITH giver, r, receiver, g ORDER BY r.updatedAt DESC, r.id LIMIT $limit
${REFERRAL_COLUMNS}`;

/** A status's place in the pipeline (OFFERED first, WITHDRAWN last), as a Cypher map. */
const STATUS_RANK = `{${REFERRAL_STATUSES.map((status, rank) => `${status}: ${rank}`).join(', ')}}`;

/** When a referral last moved; a referral with no dates sorts as the oldest. */
const LAST_MOVED_AT = "coalesce(r.updatedAt, r.createdAt, datetime('1970-01-01T00:00:00Z'))";

/**
 * One page of a group's referral pipeline (those received by its members) and how many pass the
 * filters, in one statement. Every choice is a parameter: the filters ($statuses, $stalled through
 * IS_STALLED, $since on the day it was given, $memberId and $partyId on either side), the order
 * ($orderBy names the key, $descending flips its sign, so one ORDER BY serves every order) and
 * the keyset cursor (the sort key and id of the row to start after or before). The page is at
 * most $limit rows after $after, or, $inverted, the $limit rows just before $before, nearest
 * first. With nothing on the page, one row still says the count (its id is null).
 */
export const REFERRAL_PIPELINE = `
MATCH (g:Group {id: $groupId})
CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(receiver:Member)<-[:TO]-(r:Referral)<-[:GAVE]-(giver:Member)
  WHERE ($statuses IS NULL OR r.status IN $statuses)
    AND ($stalled IS NULL OR $stalled = coalesce(${IS_STALLED}, false))
    AND ${GIVEN_SINCE}
    AND ($memberId IS NULL OR $memberId IN [giver.id, receiver.id])
    AND ($partyId IS NULL OR $partyId IN [giver.id, receiver.id])
  WITH giver, r, receiver,
       CASE $orderBy
         WHEN 'CREATED_AT' THEN toFloat(${GIVEN_AT}.epochMillis)
         WHEN 'VALUE' THEN coalesce(toFloat(r.value), -1.0)
         WHEN 'STATUS' THEN toFloat(coalesce(${STATUS_RANK}[r.status], 99))
         ELSE toFloat(${LAST_MOVED_AT}.epochMillis)
       END * CASE WHEN $descending THEN -1.0 ELSE 1.0 END AS sortKey
  ORDER BY sortKey, r.id
  RETURN collect({giver: giver, r: r, receiver: receiver, sortKey: sortKey}) AS matched
}
WITH g, size(matched) AS totalCount,
     [row IN matched
      WHERE ($afterId IS NULL OR row.sortKey > $afterKey OR (row.sortKey = $afterKey AND row.r.id > $afterId))
        AND ($beforeId IS NULL OR row.sortKey < $beforeKey OR (row.sortKey = $beforeKey AND row.r.id < $beforeId))
     ] AS window
WITH g, totalCount, CASE WHEN $inverted THEN reverse(window[-$limit..]) ELSE window[..$limit] END AS page
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH g, totalCount, position, page[position] AS row
WITH g, totalCount, position, row.giver AS giver, row.r AS r, row.receiver AS receiver, row.sortKey AS sortKey
${REFERRAL_COLUMNS}, sortKey AS sortKey, totalCount AS totalCount, position AS position
ORDER BY position`;

export const REFERRALS_BY_IDS = `
UNWIND $ids AS referralId
MATCH (giver:Member)-[:GAVE]->(r:Referral {id: referralId})-[:TO]->(receiver:Member)
OPTIONAL MATCH (receiver)-[:MEMBER_OF]->(g:Group)
WITH giver, r, receiver, g
${REFERRAL_COLUMNS}`;

/** What a write needs to know about the members it names (existence, group, industry). */
export const MEMBERS_FOR_WRITE = `
UNWIND $ids AS memberId
OPTIONAL MATCH (m:Member {id: memberId})
OPTIONAL MATCH (m)-[mo:MEMBER_OF]->(g:Group)
OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(i:Industry)
RETURN memberId AS id, m IS NOT NULL AS exists, g.id AS groupId, i.id AS industryId`;

export const CONTACT_FOR_REFERRAL = `
OPTIONAL MATCH (c:Contact {id: $contactId})
RETURN c IS NOT NULL AS exists, EXISTS { (:Member {id: $giverId})-[:KNOWS]->(c) } AS knownByGiver`;

export const CREATE_REFERRAL = `
MATCH (giver:Member {id: $giverId}), (receiver:Member {id: $receiverId})
CREATE (giver)-[:GAVE]->(r:Referral {id: $id, status: 'OFFERED', createdAt: datetime(), updatedAt: datetime(),
        notes: $notes, hotness: $hotness})-[:TO]->(receiver)
WITH r
OPTIONAL MATCH (c:Contact {id: $contactId})
FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | CREATE (r)-[:ABOUT]->(c))
RETURN r.id AS id`;

export const REFERRAL_FOR_UPDATE = `
MATCH (giver:Member)-[:GAVE]->(r:Referral {id: $referralId})-[:TO]->(receiver:Member)
OPTIONAL MATCH (receiver)-[:MEMBER_OF]->(g:Group)
RETURN r.id AS id, r.status AS status, r.value AS value, r.notes AS notes, giver.id AS giverId,
       receiver.id AS receiverId, g.id AS groupId`;

export const UPDATE_REFERRAL = `
MATCH (r:Referral {id: $referralId})
SET r.status = $status, r.value = $value, r.notes = $notes, r.updatedAt = datetime()
RETURN r.id AS id`;

export const CREATE_ONE_TO_ONE = `
MATCH (a:Member {id: $memberA}), (b:Member {id: $memberB})
CREATE (o:OneToOne {id: $id, on: date($on), status: $status, notes: $notes})
CREATE (a)-[:ATTENDED]->(o), (b)-[:ATTENDED]->(o)
RETURN o.id AS id`;

/** The later of the two members' joining dates: from then on both were in the group. */
export const BOTH_IN_GROUP_SINCE = `
MATCH (m:Member) WHERE m.id IN [$memberA, $memberB]
RETURN toString(max(m.joinedAt)) AS since`;

/** One-to-ones with their two members and the group they met in. */
export const ONE_TO_ONES_BY_IDS = `
UNWIND $ids AS oneToOneId
MATCH (o:OneToOne {id: oneToOneId})
CALL (o) {
  MATCH (m:Member)-[:ATTENDED]->(o)
  OPTIONAL MATCH (m)-[:MEMBER_OF]->(g:Group)
  WITH m, g ORDER BY m.id
  RETURN collect(m.id) AS memberIds, head(collect(g.id)) AS groupId
}
RETURN o.id AS id, toString(o.on) AS on, coalesce(o.status, 'HELD') AS status, o.notes AS notes,
       memberIds AS memberIds, groupId AS groupId`;

export const UPDATE_ONE_TO_ONE = `
MATCH (o:OneToOne {id: $oneToOneId})
SET o.status = $status, o.notes = $notes
RETURN o.id AS id`;

/** The planned one-to-ones of some members, soonest first (a member's panel). */
export const PLANNED_ONE_TO_ONES_BY_MEMBER_IDS = `
UNWIND $ids AS memberId
MATCH (m:Member {id: memberId})-[:ATTENDED]->(o:OneToOne {status: 'PLANNED'})
CALL (o) {
  MATCH (attendee:Member)-[:ATTENDED]->(o)
  WITH attendee ORDER BY attendee.id
  RETURN collect(attendee.id) AS memberIds
}
RETURN memberId AS ownerId, o.id AS id, toString(o.on) AS on, o.status AS status, o.notes AS notes,
       memberIds AS memberIds
ORDER BY o.on, o.id`;
