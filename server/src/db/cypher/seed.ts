// Cypher of the loader (sample data, CSV/JSON import, the synthetic generator) and of the export.
//
// Every write is `MERGE` on the stable `id`, then `SET` of every property, so loading the same rows
// twice changes nothing. Each `*_BODY` takes one `row` map; it is used twice: after `UNWIND $rows`
// (the loader, parameters over Bolt) and inside `LOAD CSV … CALL (row) { … } IN TRANSACTIONS`
// (the benchmark's anchor), so both measure the same work. Dates arrive as ISO strings.
import { DEFAULT_ONE_TO_ONE_STATUS } from '@powergroups/rules';
import { contactsOfGroup, groupIdsOfContact, isOrphanContact } from './fragments/contact.ts';
import { setIndustrySearchKeys } from './fragments/industry.ts';

const INDUSTRY_BODY = `
MERGE (i:Industry {id: row.id})
SET i.name = row.name, i.synonyms = row.synonyms, i.sector = row.sector
SET ${setIndustrySearchKeys('i')}`;

// Stored once per pair, from the smaller id to the larger (the loader orders each pair).
const SYNERGY_BODY = `
MATCH (a:Industry {id: row.a})
MATCH (b:Industry {id: row.b})
MERGE (a)-[s:SYNERGY]->(b)
SET s.strength = row.strength, s.reason = row.reason`;

const COMPETES_BODY = `
MATCH (a:Industry {id: row.a})
MATCH (b:Industry {id: row.b})
MERGE (a)-[:COMPETES_WITH]->(b)`;

const POWER_GROUP_BODY = `
MERGE (p:PowerGroup {id: row.id})
SET p.name = row.name, p.description = row.description
WITH p, row
CALL (p, row) {
  OPTIONAL MATCH (p)-[stale:INCLUDES]->(other:Industry)
  WHERE NOT other.id IN row.industryIds
  DELETE stale
}
WITH p, row
UNWIND row.industryIds AS industryId
MATCH (i:Industry {id: industryId})
MERGE (p)-[:INCLUDES]->(i)`;

// Nodes and KNOWS created by a group import carry its id (`importId`, from the row): provenance,
// and what a failed import deletes (db/import-repo.ts). Other loads leave it unset.
const GROUP_BODY = `
MERGE (g:Group {id: row.id})
ON CREATE SET g.importId = row.importId
SET g.name = row.name, g.region = row.region, g.meetingDay = row.meetingDay`;

/**
 * An optional field a CSV file left out (row.keep lists it) keeps its stored value; a new node gets
 * the row's default. `field` is a constant of ours, never input.
 */
const kept = (field: string, stored: string, next: string) =>
  `CASE WHEN '${field}' IN coalesce(row.keep, []) THEN coalesce(${stored}, ${next}) ELSE ${next} END`;
const keeps = (field: string) => `'${field}' IN coalesce(row.keep, [])`;

// A member belongs to one group and one industry: a changed row moves the member.
const MEMBER_BODY = `
MATCH (g:Group {id: row.groupId})
MATCH (i:Industry {id: row.industryId})
MERGE (m:Member {id: row.id})
ON CREATE SET m.importId = row.importId
SET m.name = row.name, m.company = row.company, m.joinedAt = date(row.joinedAt),
    m.email = ${kept('email', 'm.email', 'row.email')}, m.phone = ${kept('phone', 'm.phone', 'row.phone')},
    m.bio = ${kept('bio', 'm.bio', 'row.bio')},
    m.wantsToMeet = ${kept('wantsToMeet', 'm.wantsToMeet', 'row.wantsToMeet')},
    m.doesNotWantToMeet = ${kept('doesNotWantToMeet', 'm.doesNotWantToMeet', 'row.doesNotWantToMeet')}
MERGE (m)-[mo:MEMBER_OF]->(g)
SET mo.since = ${kept('since', 'mo.since', 'date(row.since)')}, mo.role = ${kept('role', 'mo.role', 'row.role')}
MERGE (m)-[:IN_INDUSTRY]->(i)
WITH m, g, i
CALL (m, g, i) {
  OPTIONAL MATCH (m)-[staleGroup:MEMBER_OF]->(otherGroup:Group) WHERE otherGroup <> g
  OPTIONAL MATCH (m)-[staleIndustry:IN_INDUSTRY]->(otherIndustry:Industry) WHERE otherIndustry <> i
  DELETE staleGroup, staleIndustry
}`;

// A contact's industry may be unknown (null): then it has no IN_INDUSTRY.
const CONTACT_BODY = `
MERGE (c:Contact {id: row.id})
ON CREATE SET c.importId = row.importId
SET c.name = row.name, c.company = ${kept('company', 'c.company', 'row.company')}
WITH c, row
CALL (c, row) {
  WITH c, row WHERE NOT ${keeps('industryId')}
  OPTIONAL MATCH (c)-[stale:IN_INDUSTRY]->(other:Industry) WHERE other.id <> row.industryId OR row.industryId IS NULL
  DELETE stale
}
WITH c, row
CALL (c, row) {
  OPTIONAL MATCH (i:Industry {id: row.industryId})
  FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | MERGE (c)-[:IN_INDUSTRY]->(i))
}`;

const KNOWS_BODY = `
MATCH (m:Member {id: row.memberId})
MATCH (c:Contact {id: row.contactId})
MERGE (m)-[k:KNOWS]->(c)
ON CREATE SET k.importId = row.importId
SET k.strength = toInteger(row.strength), k.since = date(row.since),
    k.context = ${kept('context', 'k.context', 'row.context')}`;

// The row names both attendees: anyone else attending is a stale link from an earlier import.
const ONE_TO_ONE_BODY = `
MERGE (o:OneToOne {id: row.id})
ON CREATE SET o.importId = row.importId
SET o.on = date(row.on), o.notes = ${kept('notes', 'o.notes', 'row.notes')},
    o.status = ${kept('status', 'o.status', `coalesce(row.status, '${DEFAULT_ONE_TO_ONE_STATUS}')`)}
WITH o, row
CALL (o, row) {
  OPTIONAL MATCH (other:Member)-[stale:ATTENDED]->(o) WHERE NOT other.id IN row.memberIds
  DELETE stale
}
WITH o, row
UNWIND row.memberIds AS memberId
MATCH (m:Member {id: memberId})
MERGE (m)-[:ATTENDED]->(o)`;

// One giver, one receiver and at most one contact: a re-import that names others replaces them.
const REFERRAL_BODY = `
MATCH (giver:Member {id: row.fromId})
MATCH (receiver:Member {id: row.toId})
MERGE (r:Referral {id: row.id})
ON CREATE SET r.importId = row.importId
SET r.status = row.status, r.value = ${kept('value', 'r.value', 'row.value')},
    r.notes = ${kept('notes', 'r.notes', 'row.notes')},
    r.hotness = toInteger(row.hotness), r.createdAt = datetime(row.createdAt),
    r.updatedAt = datetime(row.updatedAt)
MERGE (giver)-[:GAVE]->(r)
MERGE (r)-[:TO]->(receiver)
WITH r, row, giver, receiver
CALL (r, row, giver, receiver) {
  OPTIONAL MATCH (otherGiver:Member)-[staleGave:GAVE]->(r) WHERE otherGiver <> giver
  OPTIONAL MATCH (r)-[staleTo:TO]->(otherReceiver:Member) WHERE otherReceiver <> receiver
  DELETE staleGave, staleTo
}
WITH r, row
CALL (r, row) {
  WITH r, row WHERE NOT ${keeps('contactId')}
  OPTIONAL MATCH (r)-[staleAbout:ABOUT]->(other:Contact) WHERE row.contactId IS NULL OR other.id <> row.contactId
  DELETE staleAbout
}
WITH r, row
CALL (r, row) {
  OPTIONAL MATCH (c:Contact {id: row.contactId})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (r)-[:ABOUT]->(c))
}`;

const unwind = (body: string) => `UNWIND $rows AS row${body}`;

export const MERGE_INDUSTRIES = unwind(INDUSTRY_BODY);
export const MERGE_SYNERGIES = unwind(SYNERGY_BODY);
export const MERGE_COMPETITIONS = unwind(COMPETES_BODY);
export const MERGE_POWER_GROUPS = unwind(POWER_GROUP_BODY);
export const MERGE_GROUPS = unwind(GROUP_BODY);
export const MERGE_MEMBERS = unwind(MEMBER_BODY);
export const MERGE_CONTACTS = unwind(CONTACT_BODY);
export const MERGE_KNOWS = unwind(KNOWS_BODY);
export const MERGE_ONE_TO_ONES = unwind(ONE_TO_ONE_BODY);
export const MERGE_REFERRALS = unwind(REFERRAL_BODY);

// ---- LOAD CSV (the benchmark's anchor): the same bodies, with CSV text converted to types first.

const loadCsv = (convert: string, body: string) => `
LOAD CSV WITH HEADERS FROM $url AS csv
CALL (csv) {
  WITH ${convert} AS row${body}
} IN TRANSACTIONS OF 10000 ROWS`;

export const LOAD_CSV_GROUPS = loadCsv(
  '{id: csv.id, name: csv.name, region: csv.region, meetingDay: csv.meetingDay}',
  GROUP_BODY,
);
export const LOAD_CSV_MEMBERS = loadCsv(
  `{id: csv.id, name: csv.name, company: csv.company, email: csv.email, phone: csv.phone, bio: csv.bio,
    joinedAt: csv.joinedAt, wantsToMeet: CASE csv.wantsToMeet WHEN '' THEN [] ELSE split(csv.wantsToMeet, ';') END,
    doesNotWantToMeet: CASE csv.doesNotWantToMeet WHEN '' THEN [] ELSE split(csv.doesNotWantToMeet, ';') END,
    industryId: csv.industryId, groupId: csv.groupId, role: csv.role, since: csv.since}`,
  MEMBER_BODY,
);
export const LOAD_CSV_CONTACTS = loadCsv(
  '{id: csv.id, name: csv.name, company: csv.company, industryId: csv.industryId}',
  CONTACT_BODY,
);
export const LOAD_CSV_KNOWS = loadCsv(
  '{memberId: csv.memberId, contactId: csv.contactId, strength: csv.strength, since: csv.since, context: csv.context}',
  KNOWS_BODY,
);
export const LOAD_CSV_ONE_TO_ONES = loadCsv(
  '{id: csv.id, on: csv.on, notes: csv.notes, memberIds: [csv.memberA, csv.memberB]}',
  ONE_TO_ONE_BODY,
);
export const LOAD_CSV_REFERRALS = loadCsv(
  `{id: csv.id, fromId: csv.fromId, toId: csv.toId, contactId: csv.contactId, status: csv.status,
    value: CASE csv.value WHEN '' THEN null ELSE toFloat(csv.value) END, notes: csv.notes,
    hotness: csv.hotness, createdAt: csv.createdAt, updatedAt: csv.updatedAt}`,
  REFERRAL_BODY,
);

// ---- Reads for validation against what is already stored.

export const INDUSTRY_KEYS = `
MATCH (i:Industry)
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms`;

export const EXISTING_MEMBERS = `
UNWIND $ids AS memberId
MATCH (m:Member {id: memberId})
OPTIONAL MATCH (m)-[:MEMBER_OF]->(g:Group)
RETURN m.id AS id, g.id AS groupId`;

/** Stored contacts with what a row would change, and the groups they belong to. */
export const EXISTING_CONTACTS = `
UNWIND $ids AS contactId
MATCH (c:Contact {id: contactId})
OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(i:Industry)
RETURN c.id AS id, c.name AS name, c.company AS company, i.id AS industryId,
       ${groupIdsOfContact('c')} AS groupIds`;

/** Stored referrals: the groups of their two members, and the contact they are about. */
export const EXISTING_REFERRALS = `
UNWIND $ids AS referralId
MATCH (r:Referral {id: referralId})
OPTIONAL MATCH (r)-[:ABOUT]->(c:Contact)
RETURN r.id AS id, c.id AS contactId,
       COLLECT { MATCH (r)-[:GAVE|TO]-(:Member)-[:MEMBER_OF]->(g:Group) RETURN DISTINCT g.id } AS groupIds`;

/** Stored one-to-ones: the groups of those who attended. */
export const EXISTING_ONE_TO_ONES = `
UNWIND $ids AS oneToOneId
MATCH (o:OneToOne {id: oneToOneId})
RETURN o.id AS id,
       COLLECT { MATCH (o)<-[:ATTENDED]-(:Member)-[:MEMBER_OF]->(g:Group) RETURN DISTINCT g.id } AS groupIds`;

/** Of the given contacts, removes those that belong to no group any more (the orphan rule). */
export const REMOVE_ORPHAN_CONTACTS = `
UNWIND $ids AS contactId
MATCH (c:Contact {id: contactId})
WHERE ${isOrphanContact('c')}
DETACH DELETE c
RETURN count(*) AS removed`;

/**
 * Undo what a failed batched import created: the nodes and KNOWS it created carry its importId.
 * (What it changed on nodes that existed before is put back by writing the snapshot again.)
 * Auto-commit, in batches: a large import's creations would not fit one transaction.
 */
export const DELETE_KNOWS_CREATED_BY_IMPORT = `
MATCH ()-[k:KNOWS {importId: $importId}]->()
CALL (k) {
  DELETE k
} IN TRANSACTIONS OF 10000 ROWS`;

export const DELETE_NODES_CREATED_BY_IMPORT = `
MATCH (n:Member|Contact|OneToOne|Referral|Group)
WHERE n.importId = $importId
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 2000 ROWS`;

export const EXISTING_GROUPS = `
UNWIND $ids AS groupId
MATCH (g:Group {id: groupId})
RETURN g.id AS id`;

/** Who holds which industry in the given groups: one member per industry per group. */
export const GROUP_INDUSTRY_HOLDERS = `
UNWIND $groupIds AS groupId
MATCH (g:Group {id: groupId})<-[:MEMBER_OF]-(m:Member)-[:IN_INDUSTRY]->(i:Industry)
RETURN g.id AS groupId, m.id AS memberId, m.name AS memberName, i.id AS industryId`;

export const COUNT_GROUPS = 'MATCH (g:Group) RETURN count(g) AS groups';

// ---- Export: the whole graph, or the part that belongs to some groups. Ordered by id, so two
// exports of the same graph are byte-identical.

export const EXPORT_INDUSTRIES = `
MATCH (i:Industry)
RETURN i.id AS id, i.name AS name, coalesce(i.synonyms, []) AS synonyms, i.sector AS sector
ORDER BY id`;

export const EXPORT_SYNERGIES = `
MATCH (a:Industry)-[s:SYNERGY]->(b:Industry)
RETURN a.id AS a, b.id AS b, s.strength AS strength, s.reason AS reason
ORDER BY a, b`;

export const EXPORT_COMPETITIONS = `
MATCH (a:Industry)-[:COMPETES_WITH]->(b:Industry)
RETURN a.id AS a, b.id AS b
ORDER BY a, b`;

export const EXPORT_POWER_GROUPS = `
MATCH (p:PowerGroup)
CALL (p) {
  OPTIONAL MATCH (p)-[:INCLUDES]->(i:Industry)
  WITH i ORDER BY i.id
  RETURN collect(i.id) AS industryIds
}
RETURN p.id AS id, p.name AS name, p.description AS description, industryIds AS industryIds
ORDER BY id`;

const GROUPS_IN_SCOPE = `
MATCH (g:Group)
WHERE $groupIds IS NULL OR g.id IN $groupIds`;

export const EXPORT_GROUPS = `${GROUPS_IN_SCOPE}
RETURN g.id AS id, g.name AS name, g.region AS region, g.meetingDay AS meetingDay
ORDER BY id`;

export const EXPORT_MEMBERS = `${GROUPS_IN_SCOPE}
MATCH (m:Member)-[mo:MEMBER_OF]->(g)
OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(i:Industry)
RETURN m.id AS id, m.name AS name, m.company AS company, m.email AS email, m.phone AS phone,
       m.bio AS bio, toString(m.joinedAt) AS joinedAt, coalesce(m.wantsToMeet, []) AS wantsToMeet,
       coalesce(m.doesNotWantToMeet, []) AS doesNotWantToMeet, i.id AS industryId, g.id AS groupId,
       mo.role AS role, toString(mo.since) AS since
ORDER BY id`;

/** Every contact; or, for some groups, every contact of theirs (the ownership rule, fragments/contact.ts). */
export const EXPORT_CONTACTS = `
CALL () {
  MATCH (c:Contact)
  WHERE $groupIds IS NULL
  RETURN c
  UNION
  MATCH (g:Group)
  WHERE g.id IN $groupIds
  ${contactsOfGroup('g', 'c')}
  RETURN c
}
OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(i:Industry)
RETURN c.id AS id, c.name AS name, c.company AS company, i.id AS industryId
ORDER BY id`;

export const EXPORT_KNOWS = `${GROUPS_IN_SCOPE}
MATCH (m:Member)-[:MEMBER_OF]->(g)
MATCH (m)-[k:KNOWS]->(c:Contact)
RETURN m.id AS memberId, c.id AS contactId, k.strength AS strength, toString(k.since) AS since,
       k.context AS context
ORDER BY memberId, contactId`;

export const EXPORT_ONE_TO_ONES = `${GROUPS_IN_SCOPE}
MATCH (m:Member)-[:MEMBER_OF]->(g)
MATCH (m)-[:ATTENDED]->(o:OneToOne)
WITH DISTINCT o
CALL (o) {
  MATCH (attendee:Member)-[:ATTENDED]->(o)
  WITH attendee ORDER BY attendee.id
  RETURN collect(attendee.id) AS memberIds
}
RETURN o.id AS id, toString(o.on) AS on, coalesce(o.status, '${DEFAULT_ONE_TO_ONE_STATUS}') AS status,
       o.notes AS notes, memberIds AS memberIds
ORDER BY id`;

/** Referrals given or received by a member in scope. */
export const EXPORT_REFERRALS = `${GROUPS_IN_SCOPE}
MATCH (m:Member)-[:MEMBER_OF]->(g)
CALL (m) {
  MATCH (m)-[:GAVE]->(r:Referral)
  RETURN r
  UNION
  MATCH (r:Referral)-[:TO]->(m)
  RETURN r
}
WITH DISTINCT r
MATCH (giver:Member)-[:GAVE]->(r)-[:TO]->(receiver:Member)
OPTIONAL MATCH (r)-[:ABOUT]->(c:Contact)
RETURN r.id AS id, giver.id AS fromId, receiver.id AS toId, c.id AS contactId, r.status AS status,
       r.value AS value, r.notes AS notes, r.hotness AS hotness, toString(r.createdAt) AS createdAt,
       toString(r.updatedAt) AS updatedAt
ORDER BY id`;

// ---- Counts and clean-up by a tag inside the id (`mem-t1a2b3-…`): tests and generated data keep
// apart by tag, so they can share one database with the sample set.

export const COUNT_NODES_BY_ID_TAG = `
MATCH (n)
WHERE n.id CONTAINS $tag
RETURN labels(n)[0] AS label, count(n) AS nodes
ORDER BY label`;

export const COUNT_RELATIONSHIPS_BY_ID_TAG = `
MATCH (n)
WHERE n.id CONTAINS $tag
MATCH (n)-[r]-()
WITH DISTINCT r
RETURN type(r) AS type, count(r) AS relationships
ORDER BY type`;

/**
 * Runs in an implicit (auto-commit) transaction: `IN TRANSACTIONS` is not allowed in an explicit one.
 * Relationships go first, in batches of their own: a member of a large group holds thousands, and
 * detaching a batch of such nodes at once would pass Neo4j's transaction memory limit.
 */
export const DELETE_RELATIONSHIPS_BY_ID_TAG = `
MATCH (n)
WHERE n.id CONTAINS $tag
MATCH (n)-[r]-()
WITH DISTINCT r
CALL (r) {
  DELETE r
} IN TRANSACTIONS OF 10000 ROWS`;

export const DELETE_BY_ID_TAG = `
MATCH (n)
WHERE n.id CONTAINS $tag
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS`;

export const COUNT_ALL = `
CALL () {
  MATCH (n) RETURN count(n) AS nodes
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS relationships
}
RETURN nodes AS nodes, relationships AS relationships`;
