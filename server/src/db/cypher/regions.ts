// A region as chapters, and the regions of the network: the scenes that keep a national network
// browsable (region → chapters → one chapter), each a bounded number of nodes, in one statement.
import { isHeld } from './fragments/one-to-one.ts';
import { GIVEN_SINCE } from './fragments/referral.ts';

/**
 * The region's $limit largest chapters (by members, then name) as nodes, with how many chapters
 * were left out, the referrals each chapter's members gave since $since, and the ties between the
 * chapters shown: referrals given by a member of one to a member of the other, either way, and
 * held one-to-ones between their members, summed per pair of chapters (a < b by id). Always one
 * row; a region nobody uses has no chapters.
 */
export const REGION_GRAPH = `
OPTIONAL MATCH (g:Group {region: $region})
WITH g, COUNT { (g)<-[:MEMBER_OF]-(:Member) } AS memberCount
ORDER BY memberCount DESC, g.name, g.id
WITH collect(CASE WHEN g IS NULL THEN null ELSE {g: g, memberCount: memberCount} END) AS everyChapter
WITH size(everyChapter) AS total, everyChapter[0..$limit] AS shown
CALL (shown) {
  UNWIND shown AS chapter
  WITH chapter.g AS g, chapter.memberCount AS memberCount
  CALL (g) {
    OPTIONAL MATCH (g)<-[:MEMBER_OF]-(:Member)-[:GAVE]->(r:Referral)
    WHERE ${GIVEN_SINCE}
    RETURN count(r) AS referralsGiven
  }
  RETURN collect({id: g.id, name: g.name, meetingDay: coalesce(g.meetingDay, ''), memberCount: memberCount,
                  referralsGiven: referralsGiven}) AS chapters
}
CALL (shown) {
  WITH [chapter IN shown | chapter.g] AS groups
  CALL (groups) {
    UNWIND groups AS ga
    MATCH (ga)<-[:MEMBER_OF]-(:Member)-[:GAVE]->(:Referral)-[:TO]->(:Member)-[:MEMBER_OF]->(gb:Group)
    WHERE ga <> gb AND gb IN groups
    RETURN CASE WHEN ga.id < gb.id THEN ga.id ELSE gb.id END AS a,
           CASE WHEN ga.id < gb.id THEN gb.id ELSE ga.id END AS b, 1 AS referral, 0 AS oneToOne
    UNION ALL
    UNWIND groups AS ga
    MATCH (ga)<-[:MEMBER_OF]-(:Member)-[:ATTENDED]->(o:OneToOne)<-[:ATTENDED]-(:Member)-[:MEMBER_OF]->(gb:Group)
    WHERE ga.id < gb.id AND gb IN groups AND ${isHeld('o')}
    RETURN ga.id AS a, gb.id AS b, 0 AS referral, 1 AS oneToOne
  }
  WITH a, b, sum(referral) AS referrals, sum(oneToOne) AS oneToOnes
  ORDER BY a, b
  RETURN collect({a: a, b: b, referrals: referrals, oneToOnes: oneToOnes}) AS ties
}
RETURN chapters AS chapters, ties AS ties, total - size(chapters) AS hiddenChapters`;

/** Every region with its chapters and members, the largest first (a group without a region is in ''). */
export const REGIONS = `
MATCH (g:Group)
WITH coalesce(g.region, '') AS region, COUNT { (g)<-[:MEMBER_OF]-(:Member) } AS members
RETURN region AS name, count(*) AS chapterCount, sum(members) AS memberCount
ORDER BY memberCount DESC, name`;
