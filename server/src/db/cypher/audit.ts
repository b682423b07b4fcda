// The audit trail: one Change node per write, made in the write's own transaction (so a write
// that rolls back leaves no record, and a committed one always has one). Changes are not linked
// to what they changed: the record outlives a removed member or power group.

export const RECORD_CHANGE = `
CREATE (c:Change {id: $id, at: datetime(), action: $action, actorAccountId: $actorAccountId,
                  actorName: $actorName, groupId: $groupId, targetId: $targetId, summary: $summary,
                  before: $before, after: $after})
RETURN c.id AS id`;

const CHANGE_COLUMNS = `c.id AS id, toString(c.at) AS at, c.action AS action, c.actorName AS actorName,
       c.groupId AS groupId, c.targetId AS targetId, c.summary AS summary, c.before AS before,
       c.after AS after`;

/** A group's changes (or, with $groupId null, the shared catalogue's), newest first, before a time. */
export const CHANGES_OF_GROUP = `
MATCH (c:Change)
WHERE ($groupId IS NULL AND c.groupId IS NULL OR c.groupId = $groupId)
  AND ($before IS NULL OR c.at < datetime($before))
WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
RETURN ${CHANGE_COLUMNS}`;

/** The changes of many records (a referral's history), oldest first. */
export const CHANGES_OF_TARGETS = `
UNWIND $ids AS targetId
MATCH (c:Change {targetId: targetId})
WITH c ORDER BY c.at, c.id
RETURN ${CHANGE_COLUMNS}`;
