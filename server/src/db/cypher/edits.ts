// Edits of members, contacts, industries and power groups. Each mutation's statements run in one
// transaction (Database.writeTransaction), so a failed check leaves nothing half-written.

/** Who already sits in an industry in a group (one member per industry per group), and its name. */
export const INDUSTRY_SEAT_TAKEN = `
MATCH (:Group {id: $groupId})<-[:MEMBER_OF]-(m:Member)-[:IN_INDUSTRY]->(i:Industry {id: $industryId})
WHERE m.id <> $memberId
RETURN m.id AS id, m.name AS name, i.name AS industryName
LIMIT 1`;

export const ENTITIES_EXIST = `
RETURN EXISTS { MATCH (:Group {id: $groupId}) } AS group,
       EXISTS { MATCH (:Industry {id: $industryId}) } AS industry,
       EXISTS { MATCH (:Member {id: $memberId}) } AS member`;

export const CREATE_MEMBER = `
MATCH (g:Group {id: $groupId}), (i:Industry {id: $industryId})
CREATE (m:Member {id: $id, name: $name, company: $company, email: $email, phone: $phone, bio: $bio,
                  joinedAt: date(), wantsToMeet: $wantsToMeet, doesNotWantToMeet: $doesNotWantToMeet})
CREATE (m)-[:MEMBER_OF {since: date(), role: $role}]->(g)
CREATE (m)-[:IN_INDUSTRY]->(i)
RETURN m.id AS id`;

/** Sets only the properties given ($props holds no nulls), and moves industry when one is given. */
export const UPDATE_MEMBER = `
MATCH (m:Member {id: $id})
SET m += $props
WITH m
CALL (m) {
  MATCH (i:Industry {id: $industryId})
  OPTIONAL MATCH (m)-[old:IN_INDUSTRY]->(:Industry)
  DELETE old
  CREATE (m)-[:IN_INDUSTRY]->(i)
}
RETURN m.id AS id`;

/**
 * Removes a member with their ties, referrals and one-to-ones; returns the contacts they were tied
 * to, for the orphan sweep (REMOVE_ORPHAN_CONTACTS) to remove those that belong to no one now.
 */
export const REMOVE_MEMBER = `
MATCH (m:Member {id: $id})
WITH m, COLLECT {
  MATCH (m)-[:KNOWS]->(c:Contact) RETURN c.id AS id
  UNION
  MATCH (m)-[:GAVE|TO]-(:Referral)-[:ABOUT]->(c:Contact) RETURN c.id AS id
} AS contactIds
OPTIONAL MATCH (m)-[:GAVE|TO]-(r:Referral)
OPTIONAL MATCH (m)-[:ATTENDED]->(o:OneToOne)
WITH m, contactIds, collect(DISTINCT r) AS referrals, collect(DISTINCT o) AS meetings
FOREACH (n IN referrals + meetings | DETACH DELETE n)
DETACH DELETE m
RETURN contactIds AS contactIds`;

/** A contact and who knows them; with $industryId null, a private person (no IN_INDUSTRY). */
export const CREATE_CONTACT = `
MATCH (m:Member {id: $memberId})
CREATE (c:Contact {id: $id, name: $name, company: $company})
CREATE (m)-[:KNOWS {strength: $strength, since: date(), context: $context}]->(c)
WITH c
OPTIONAL MATCH (i:Industry {id: $industryId})
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | CREATE (c)-[:IN_INDUSTRY]->(i))
RETURN c.id AS id`;

export const INDUSTRIES_EXIST = `
UNWIND $ids AS industryId
OPTIONAL MATCH (i:Industry {id: industryId})
RETURN industryId AS id, i IS NOT NULL AS exists`;

/** Synergy is stored once per pair, whichever way it was first written. */
export const SET_SYNERGY = `
MATCH (a:Industry {id: $a}), (b:Industry {id: $b})
OPTIONAL MATCH (a)-[old:SYNERGY]-(b)
DELETE old
CREATE (a)-[s:SYNERGY {strength: $strength, reason: $reason}]->(b)
RETURN s.strength AS strength`;

export const REMOVE_SYNERGY = `
MATCH (:Industry {id: $a})-[old:SYNERGY]-(:Industry {id: $b})
DELETE old
RETURN count(*) AS removed`;

export const SET_COMPETITION = `
MATCH (a:Industry {id: $a}), (b:Industry {id: $b})
OPTIONAL MATCH (a)-[old:COMPETES_WITH]-(b)
DELETE old
WITH a, b
FOREACH (_ IN CASE WHEN $competes THEN [1] ELSE [] END | CREATE (a)-[:COMPETES_WITH]->(b))
RETURN $competes AS competes`;

export const UPSERT_POWER_GROUP = `
MERGE (pg:PowerGroup {id: $id})
SET pg.name = $name, pg.description = $description
WITH pg
OPTIONAL MATCH (pg)-[old:INCLUDES]->(:Industry)
DELETE old
WITH DISTINCT pg
UNWIND $industryIds AS industryId
MATCH (i:Industry {id: industryId})
MERGE (pg)-[:INCLUDES]->(i)
RETURN DISTINCT pg.id AS id`;

export const REMOVE_POWER_GROUP = `
MATCH (pg:PowerGroup {id: $id})
DETACH DELETE pg
RETURN count(*) AS removed`;
