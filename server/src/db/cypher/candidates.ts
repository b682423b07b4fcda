// The visitor pipeline (rules/src/candidates.ts): contacts whom members know, as candidates for
// their group, and the people members know in the industries a group is missing.
//
//   (:Contact)-[:CANDIDATE_FOR {status, invitedOn, visitedOn, joinedOn, declinedOn, by, updatedAt}]->(:Group)
//
// One relationship per contact and group (MERGE): status is the latest step; each step's day is
// a date property, null until taken; `by` is the member id of whoever marked the latest step and
// updatedAt when. The audit trail (Change) keeps every move with its actor.

import { candidateColumns, gapContactRow, gapContactsOf } from './fragments/gap-contact.ts';

/**
 * For each gap (a group and an industry it lacks): the contacts in that industry whom the group's
 * members know, each once, with every tie to them (strongest first) and their candidacy for the
 * group. Candidates under way (invited or visited) first, then the strongest tie; at most $perGap
 * a gap. One statement for every gap of a report; each starts from the group, not the industry.
 */
export const GAP_CONTACTS = `
UNWIND $gaps AS gap
MATCH (g:Group {id: gap.groupId}), (i:Industry {id: gap.industryId})
${gapContactsOf('g', 'i')}
RETURN ${gapContactRow('g', 'i')} AS row`;

/**
 * What a move of a candidate needs, in the write's transaction: the group, whether the contact
 * exists, the group's members who know them, and their candidacy there. No row: no such group.
 */
export const CANDIDATE_FOR_UPDATE = `
MATCH (g:Group {id: $groupId})
OPTIONAL MATCH (c:Contact {id: $contactId})
OPTIONAL MATCH (c)-[cf:CANDIDATE_FOR]->(g)
RETURN g.id AS groupId, c IS NOT NULL AS contactExists,
       COLLECT { MATCH (g)<-[:MEMBER_OF]-(m:Member)-[:KNOWS]->(c) RETURN m.id ORDER BY m.id } AS knownBy,
       ${candidateColumns('cf')}`;

/** The members (of any group) who know a contact: whom the pipeline lets move them. */
export const CONTACT_KNOWERS = `
MATCH (m:Member)-[:KNOWS]->(:Contact {id: $contactId})
RETURN m.id AS memberId
ORDER BY memberId`;

/** Makes the contact a candidate for the group, or moves them on: the state the rules allowed. */
export const SET_CANDIDATE = `
MATCH (c:Contact {id: $contactId}), (g:Group {id: $groupId})
MERGE (c)-[cf:CANDIDATE_FOR]->(g)
SET cf.status = $status,
    cf.invitedOn = date($invitedOn),
    cf.visitedOn = date($visitedOn),
    cf.joinedOn = date($joinedOn),
    cf.declinedOn = date($declinedOn),
    cf.by = $by,
    cf.updatedAt = datetime()
RETURN ${candidateColumns('cf')}`;
