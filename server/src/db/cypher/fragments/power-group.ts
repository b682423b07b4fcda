// The curated power groups (templates) as one list, shared by every statement that needs them:
// the catalogue read on its own, and the group questions that bring them along in their one trip.

/**
 * A CALL subquery binding `templates`: every power group as db/member-repo.ts PowerGroupRecord,
 * by name, each with its industries' ids by industry name.
 */
export const POWER_GROUP_TEMPLATES = `CALL () {
  MATCH (pg:PowerGroup)
  OPTIONAL MATCH (pg)-[:INCLUDES]->(included:Industry)
  WITH pg, included ORDER BY included.name
  WITH pg, collect(included.id) AS industryIds
  ORDER BY pg.name, pg.id
  RETURN collect({id: pg.id, name: pg.name, description: coalesce(pg.description, ''), industryIds: industryIds})
         AS templates
}`;
