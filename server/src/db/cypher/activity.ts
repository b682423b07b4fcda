// A group's activity over a period (issue #10, "give and receive"): every member's referrals given
// and received, won and their value, one-to-ones held and stalled referrals, and the group's month
// by month, in one statement. Every referral counts by the day it was given (GIVEN_SINCE, the
// pipeline's period rule), so the pipeline filtered to the same period lists exactly these.
import { industryRecord, memberRecord } from './fragments/member.ts';
import { isHeld, onOrAfterSince } from './fragments/one-to-one.ts';
import { GIVEN_AT, GIVEN_SINCE, IS_STALLED } from './fragments/referral.ts';

/** The calendar month (YYYY-MM, UTC) referral `r` was given in. */
const GIVEN_MONTH = `substring(toString(datetime({datetime: ${GIVEN_AT}, timezone: 'UTC'})), 0, 7)`;

/**
 * The members of $groupId (each whole, with their industry, so the request holds them) with their
 * counts since $since ($since null: all time), and the group's months that saw anything: referrals
 * given and received by its members, won and their value, and distinct one-to-ones held. No row
 * for an unknown group.
 */
export const GROUP_ACTIVITY = `
MATCH (g:Group {id: $groupId})
CALL (g) {
  MATCH (g)<-[:MEMBER_OF]-(m:Member)
  CALL (m) {
    OPTIONAL MATCH (m)-[:GAVE]->(r:Referral)
    WHERE ${GIVEN_SINCE}
    RETURN count(r) AS given
  }
  CALL (m) {
    OPTIONAL MATCH (m)<-[:TO]-(r:Referral)
    WHERE ${GIVEN_SINCE}
    RETURN count(r) AS received,
           count(CASE WHEN r.status = 'WON' THEN 1 END) AS won,
           sum(CASE WHEN r.status = 'WON' THEN toFloat(coalesce(r.value, 0)) ELSE 0.0 END) AS valueWon,
           count(CASE WHEN ${IS_STALLED} THEN 1 END) AS stalled
  }
  WITH m, given, received, won, valueWon, stalled ORDER BY m.name, m.id
  RETURN collect({
    member: ${memberRecord('m')},
    industry: COLLECT {
      MATCH (m)-[:IN_INDUSTRY]->(activityIndustry:Industry) RETURN ${industryRecord('activityIndustry')}
    }[0],
    given: given, received: received, won: won, valueWon: valueWon, stalled: stalled,
    oneToOnes: COUNT { (m)-[:ATTENDED]->(o:OneToOne) WHERE ${isHeld('o')} AND ${onOrAfterSince('o')} }
  }) AS members
}
CALL (g) {
  CALL (g) {
    MATCH (g)<-[:MEMBER_OF]-(:Member)-[:GAVE]->(r:Referral)
    WHERE ${GIVEN_SINCE}
    RETURN ${GIVEN_MONTH} AS month, count(DISTINCT r) AS given, 0 AS received, 0 AS won,
           0.0 AS valueWon, 0 AS oneToOnes
    UNION ALL
    MATCH (g)<-[:MEMBER_OF]-(:Member)<-[:TO]-(r:Referral)
    WHERE ${GIVEN_SINCE}
    RETURN ${GIVEN_MONTH} AS month, 0 AS given, count(DISTINCT r) AS received,
           count(DISTINCT CASE WHEN r.status = 'WON' THEN r END) AS won,
           sum(CASE WHEN r.status = 'WON' THEN toFloat(coalesce(r.value, 0)) ELSE 0.0 END) AS valueWon,
           0 AS oneToOnes
    UNION ALL
    MATCH (g)<-[:MEMBER_OF]-(:Member)-[:ATTENDED]->(o:OneToOne)
    WHERE ${isHeld('o')} AND ${onOrAfterSince('o')}
    RETURN substring(toString(o.on), 0, 7) AS month, 0 AS given, 0 AS received, 0 AS won,
           0.0 AS valueWon, count(DISTINCT o) AS oneToOnes
  }
  WITH month, sum(given) AS given, sum(received) AS received, sum(won) AS won,
       sum(valueWon) AS valueWon, sum(oneToOnes) AS oneToOnes
  ORDER BY month
  RETURN collect({month: month, given: given, received: received, won: won, valueWon: valueWon,
                  oneToOnes: oneToOnes}) AS months
}
RETURN members AS members, months AS months`;
