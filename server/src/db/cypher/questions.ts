// The questions of DESIGN.md §5, each answered in one statement.
import { competes, whyCompetes } from './fragments/competition.ts';
import { gapContactRow, gapContactsOf } from './fragments/gap-contact.ts';
import { INDUSTRY_CANDIDATES } from './fragments/industry.ts';
import { industryRecord, memberRecord } from './fragments/member.ts';
import { isHeld } from './fragments/one-to-one.ts';
import { POWER_GROUP_TEMPLATES } from './fragments/power-group.ts';
import { IS_OPEN_AND_MOVING, IS_STALLED } from './fragments/referral.ts';

/**
 * Members who are in the industry (hops 0), know a contact in it (1), or have a one-to-one or
 * referral tie with a member of their group who knows one (2). One row per path; the domain
 * layer keeps each member's best and ranks them. Every branch starts from the group `g`, so the
 * work is the group's size, not the industry's (tens of thousands of contacts at scale).
 */
const WHO_KNOWS_PATHS = `
CALL (target, g) {
  MATCH (g)<-[:MEMBER_OF]-(m:Member)-[:IN_INDUSTRY]->(target)
  RETURN m, 0 AS hops, 1.0 AS strength, 'IN_INDUSTRY' AS via,
         null AS contact, null AS contactStrength, null AS through
  UNION ALL
  MATCH (g)<-[:MEMBER_OF]-(m:Member)-[k:KNOWS]->(c:Contact)-[:IN_INDUSTRY]->(target)
  WHERE $maxHops >= 1 AND NOT EXISTS { (m)-[:IN_INDUSTRY]->(target) }
  RETURN m, 1 AS hops, coalesce(k.strength, 1) / 5.0 AS strength, 'KNOWS' AS via,
         c AS contact, k.strength AS contactStrength, null AS through
  UNION ALL
  MATCH (g)<-[:MEMBER_OF]-(n:Member)-[k:KNOWS]->(c:Contact)-[:IN_INDUSTRY]->(target)
  WHERE $maxHops >= 2
  MATCH (g)<-[:MEMBER_OF]-(m:Member)
  WHERE m <> n
    AND NOT EXISTS { (m)-[:IN_INDUSTRY]->(target) }
    AND NOT EXISTS { (m)-[:KNOWS]->(:Contact)-[:IN_INDUSTRY]->(target) }
  WITH m, n, c, k,
       COUNT { (m)-[:ATTENDED]->(o:OneToOne)<-[:ATTENDED]-(n) WHERE ${isHeld('o')} } AS oneToOnes,
       COUNT { (m)-[:GAVE]->(:Referral)-[:TO]->(n) } + COUNT { (n)-[:GAVE]->(:Referral)-[:TO]->(m) } AS referrals
  WHERE oneToOnes + referrals > 0
  // Two hops are only as strong as the weaker link: the tie (saturating in its count) and the contact.
  RETURN m, 2 AS hops,
         (coalesce(k.strength, 1) / 5.0) * (1.0 - 1.0 / (2.0 + oneToOnes + referrals)) AS strength,
         CASE WHEN oneToOnes > 0 THEN 'ONE_TO_ONE' ELSE 'REFERRAL' END AS via,
         c AS contact, k.strength AS contactStrength, n AS through
}`;

/**
 * The whole whoKnows question in one statement: the industries the text may mean (fragments/
 * industry.ts), then the paths to $industryId, or, when it is null, to the first candidate (the
 * domain layer's usual choice; when it chooses another, it asks again naming it), then every
 * answering member and their industries whole, to prime the loaders of nested fields.
 * `groups` binds `g`: the group asked about, or every group.
 */
const whoKnowsQuestion = (groups: string) => `
${INDUSTRY_CANDIDATES}
WITH collect(i {.id, .name, synonyms: coalesce(i.synonyms, []), sector: coalesce(i.sector, ''), ftScore: ftScore})
     AS candidates
WITH candidates, coalesce($industryId, candidates[0].id) AS industryId
CALL (industryId) {
  MATCH (target:Industry {id: industryId})
  ${groups}
  ${WHO_KNOWS_PATHS}
  WITH g, m, hops, strength, via, contact, contactStrength, through LIMIT 5000
  RETURN collect({memberId: m.id, memberName: m.name, groupId: g.id, hops: hops, strength: strength,
                  via: via, contactId: contact.id, contactName: contact.name,
                  contactStrength: contactStrength, throughId: through.id, throughName: through.name}) AS hits,
         collect(DISTINCT m) AS answering
}
CALL (answering) {
  UNWIND answering AS m
  OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(industry:Industry)
  RETURN collect(${memberRecord('m')}) AS members, collect(DISTINCT ${industryRecord('industry')}) AS industries
}
RETURN candidates, industryId, hits, members, industries`;

/** whoKnows within one group. */
export const WHO_KNOWS_IN_GROUP = whoKnowsQuestion('MATCH (g:Group {id: $groupId})');

/** whoKnows across every group (anonymous callers naming no group). */
export const WHO_KNOWS_EVERYWHERE = whoKnowsQuestion('MATCH (g:Group)');

/**
 * Everything the partner score needs about each non-self member of the subject's group, for
 * several subjects at once (so a page of members costs one round trip).
 */
export const PARTNER_FACTS = `
UNWIND $memberIds AS subjectId
MATCH (s:Member {id: subjectId})-[:MEMBER_OF]->(g:Group)<-[:MEMBER_OF]-(c:Member)
WHERE c <> s
OPTIONAL MATCH (s)-[:IN_INDUSTRY]->(si:Industry)
OPTIONAL MATCH (c)-[:IN_INDUSTRY]->(ci:Industry)
CALL (si, ci) {
  OPTIONAL MATCH (si)-[syn:SYNERGY]-(ci)
  WITH syn ORDER BY syn.strength DESC LIMIT 1
  RETURN syn.strength AS synergyStrength, syn.reason AS synergyReason
}
CALL (s, c) {
  OPTIONAL MATCH (s)-[:ATTENDED]->(o:OneToOne)<-[:ATTENDED]-(c)
  WHERE ${isHeld('o')}
  RETURN count(o) AS oneToOnes, toString(max(o.on)) AS lastOneToOne
}
CALL (s, c) {
  OPTIONAL MATCH (s)-[:GAVE]->(r:Referral)-[:TO]->(c)
  RETURN count(r) AS referralsGiven, max(r.createdAt) AS lastGiven
}
CALL (s, c) {
  OPTIONAL MATCH (c)-[:GAVE]->(r:Referral)-[:TO]->(s)
  RETURN count(r) AS referralsReceived, max(r.createdAt) AS lastReceived
}
CALL (c) {
  OPTIONAL MATCH (c)<-[:TO]-(r:Referral)
  RETURN count(CASE WHEN r.status = 'WON' THEN 1 END) AS won,
         count(CASE WHEN r.status = 'LOST' THEN 1 END) AS lost,
         count(CASE WHEN r.status = 'WENT_WRONG' THEN 1 END) AS wentWrong,
         count(CASE WHEN ${IS_STALLED} THEN 1 END) AS stalled,
         count(CASE WHEN ${IS_OPEN_AND_MOVING} THEN 1 END) AS open,
         count(r) AS received
}
CALL (c) {
  OPTIONAL MATCH (c)-[:GAVE]->(r:Referral)
  RETURN count(r) AS given, count(CASE WHEN r.status = 'WENT_WRONG' THEN 1 END) AS gaveWentWrong
}
RETURN subjectId AS subjectId, c.id AS memberId, c.name AS name,
       ci.id AS industryId, coalesce(ci.name, 'no industry') AS industryName,
       synergyStrength AS synergyStrength, synergyReason AS synergyReason,
       coalesce(${competes('si', 'ci')}, false) AS competes,
       oneToOnes AS oneToOnes, lastOneToOne AS lastOneToOne,
       referralsGiven AS referralsGiven, referralsReceived AS referralsReceived,
       toString(CASE WHEN lastGiven IS NULL OR lastReceived > lastGiven THEN lastReceived ELSE lastGiven END)
         AS lastReferralAt,
       won AS won, lost AS lost, wentWrong AS wentWrong, stalled AS stalled, open AS open,
       gaveWentWrong AS gaveWentWrong, given AS given, received AS received,
       // Whole, to prime the loaders: a suggestion's member and industry cost no further round trip.
       ${memberRecord('c')} AS member, ${industryRecord('ci')} AS industry`;

// ---- one group as a whole: the explorer's graph and the power-group report -----------------------
// Pieces of the two statements below, each a CALL subquery over the bound group `g`.

/** `members`: the group's members by name, with their role and industry. */
const GROUP_MEMBERS = `CALL (g) {
  MATCH (g)<-[mo:MEMBER_OF]-(m:Member)
  OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(i:Industry)
  WITH m, mo, i ORDER BY m.name
  RETURN collect({id: m.id, name: m.name, company: coalesce(m.company, ''), role: coalesce(mo.role, 'MEMBER'),
                  industryId: i.id, industryName: i.name}) AS members
}`;

/** `synergies`: pairs of members whose industries have a synergy (the strongest, with its reason). */
const GROUP_SYNERGIES = `CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(a:Member)-[:IN_INDUSTRY]->(ia:Industry)-[syn:SYNERGY]-(ib:Industry)<-[:IN_INDUSTRY]-(b:Member)-[:MEMBER_OF]->(g)
  WHERE a.id < b.id
  WITH a, b, max(syn.strength) AS strength, head(collect(syn.reason)) AS reason
  RETURN collect({a: a.id, b: b.id, strength: strength, reason: reason}) AS synergies
}`;

/** `competitions`: pairs of members whose industries compete, and why. */
const GROUP_COMPETITIONS = `CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(a:Member)-[:IN_INDUSTRY]->(ia:Industry)
  MATCH (g)<-[:MEMBER_OF]-(b:Member)-[:IN_INDUSTRY]->(ib:Industry)
  WHERE a.id < b.id
  WITH a, b, ${whyCompetes('ia', 'ib')} AS why
  WHERE why IS NOT NULL
  RETURN collect({a: a.id, b: b.id, why: why}) AS competitions
}`;

/** `oneToOnes`: pairs of members who held one-to-ones, how many and the last day. */
const GROUP_ONE_TO_ONES = `CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(a:Member)-[:ATTENDED]->(o:OneToOne)<-[:ATTENDED]-(b:Member)-[:MEMBER_OF]->(g)
  WHERE a.id < b.id AND ${isHeld('o')}
  WITH a, b, count(o) AS meetings, max(o.on) AS lastOn
  RETURN collect({a: a.id, b: b.id, count: meetings, lastOn: toString(lastOn)}) AS oneToOnes
}`;

/** `referrals`: giver → receiver pairs inside the group, how many and how they went. */
const GROUP_REFERRALS = `CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(a:Member)-[:GAVE]->(r:Referral)-[:TO]->(b:Member)-[:MEMBER_OF]->(g)
  WITH a, b, count(r) AS referrals, count(CASE WHEN r.status = 'WON' THEN 1 END) AS won,
       count(CASE WHEN ${IS_STALLED} THEN 1 END) AS stalled,
       count(CASE WHEN r.status = 'WENT_WRONG' THEN 1 END) AS wentWrong
  RETURN collect({giver: a.id, receiver: b.id, count: referrals, won: won, stalled: stalled,
                  wentWrong: wentWrong}) AS referrals
}`;

/**
 * The group as the explorer draws it (domain/group-graph.ts), with the curated templates that
 * colour its nodes: one round trip. No row: no such group.
 */
export const GROUP_GRAPH = `
MATCH (g:Group {id: $groupId})
${GROUP_MEMBERS}
${GROUP_SYNERGIES}
${GROUP_COMPETITIONS}
${GROUP_ONE_TO_ONES}
${GROUP_REFERRALS}
${POWER_GROUP_TEMPLATES}
RETURN g.id AS groupId, members, synergies, competitions, oneToOnes, referrals, templates`;

/**
 * Everything the power-group report (domain/power-groups.ts) and the fields under it show, in one
 * round trip: the members whole (member records, to prime the loader), the ties that form
 * communities, who knows contacts in which industry, the templates, every industry the report
 * names, and, when $perGap > 0, the people members know in each industry the group lacks (a
 * template's industry that no member holds), at most $perGap each. No row: no such group.
 */
export const POWER_GROUP_REPORT = `
MATCH (g:Group {id: $groupId})
CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(m:Member)
  WITH m ORDER BY m.name, m.id
  RETURN collect(${memberRecord('m')}) AS members
}
${GROUP_ONE_TO_ONES}
${GROUP_REFERRALS}
CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(m:Member)-[k:KNOWS]->(:Contact)-[:IN_INDUSTRY]->(i:Industry)
  WITH m, i, count(*) AS contacts, max(k.strength) AS maxStrength
  RETURN collect({memberId: m.id, industryId: i.id, contacts: contacts, maxStrength: maxStrength}) AS reach
}
${POWER_GROUP_TEMPLATES}
CALL (g) {
  CALL (g) {
    MATCH (:PowerGroup)-[:INCLUDES]->(i:Industry) RETURN i
    UNION
    MATCH (g)<-[:MEMBER_OF]-(:Member)-[:IN_INDUSTRY]->(i:Industry) RETURN i
  }
  RETURN collect(${industryRecord('i')}) AS industries
}
CALL (g) {
  MATCH (:PowerGroup)-[:INCLUDES]->(i:Industry)
  WITH DISTINCT i
  WHERE $perGap > 0 AND NOT EXISTS { (g)<-[:MEMBER_OF]-(:Member)-[:IN_INDUSTRY]->(i) }
  CALL (g, i) {
    ${gapContactsOf('g', 'i')}
    RETURN collect(${gapContactRow('g', 'i')}) AS contacts
  }
  RETURN collect({industryId: i.id, contacts: contacts}) AS gaps
}
RETURN g.id AS groupId, members, oneToOnes, referrals, reach, templates, industries, gaps`;
