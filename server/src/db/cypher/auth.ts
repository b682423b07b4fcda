// Accounts, sessions, access tokens and invitations (DESIGN.md §6b).
//
//   (:Account {id, email, passwordHash, admin, demo})-[:IS]->(:Member)     at most one member
//   (:Session {hash, createdAt, expiresAt})-[:OF]->(:Account)               a browser sign-in
//   (:AccessToken {id, hash, name, scope, createdAt, expiresAt, lastUsedAt, revokedAt})-[:OF]->(:Account)
//   (:Invitation {hash, createdAt, expiresAt})-[:FOR]->(:Account), (:Account)-[:INVITED]->(:Invitation)
//
// Secrets are stored only as their SHA-256 (hash); expiry is compared with the database's clock.

/** Who the account is: its member, that member's groups and the ones it organises. */
const CALLER_COLUMNS = `
OPTIONAL MATCH (a)-[:IS]->(m:Member)
OPTIONAL MATCH (m)-[mo:MEMBER_OF]->(g:Group)
WITH a, m, credential, collect(g.id) AS memberOf,
     collect(CASE WHEN mo.role = 'ORGANISER' THEN g.id END) AS organiserOf
RETURN a.id AS accountId, m.id AS memberId, coalesce(m.name, a.email, a.id) AS name,
       memberOf AS memberOf, organiserOf AS organiserOf, coalesce(a.admin, false) AS admin,
       coalesce(a.demo, false) AS demo`;

export const CALLER_BY_SESSION_HASH = `
MATCH (credential:Session {hash: $hash})-[:OF]->(a:Account)
WHERE credential.expiresAt > datetime()
${CALLER_COLUMNS}, 'write' AS scope, null AS tokenId, false AS stale`;

/** `stale`: not marked as used in the last hour (the mark is a write, so it is kept rare). */
export const CALLER_BY_ACCESS_TOKEN_HASH = `
MATCH (credential:AccessToken {hash: $hash})-[:OF]->(a:Account)
WHERE credential.expiresAt > datetime() AND credential.revokedAt IS NULL
${CALLER_COLUMNS}, credential.scope AS scope, credential.id AS tokenId,
       coalesce(credential.lastUsedAt < datetime() - duration('PT1H'), true) AS stale`;

export const MARK_ACCESS_TOKEN_USED = `
MATCH (t:AccessToken {id: $id})
SET t.lastUsedAt = datetime()
RETURN t.id AS id`;

// ---- accounts ------------------------------------------------------------------------------------

export const ACCOUNT_FOR_SIGN_IN = `
MATCH (a:Account {email: $email})
WHERE NOT coalesce(a.demo, false)
RETURN a.id AS accountId, a.passwordHash AS passwordHash`;

export const ACCOUNT_BY_EMAIL = `
MATCH (a:Account {email: $email})
OPTIONAL MATCH (a)-[:IS]->(m:Member)
RETURN a.id AS accountId, a.email AS email, m.id AS memberId, coalesce(a.admin, false) AS admin,
       a.passwordHash IS NOT NULL AS hasPassword`;

export const ACCOUNT_OF_MEMBER = `
MATCH (a:Account)-[:IS]->(m:Member {id: $memberId})
RETURN a.id AS accountId, a.email AS email, m.id AS memberId, coalesce(a.admin, false) AS admin,
       a.passwordHash IS NOT NULL AS hasPassword`;

/** An account, for a member when $memberId names one (an instance admin may have none). */
export const CREATE_ACCOUNT = `
CREATE (a:Account {id: $id, email: $email, createdAt: datetime(), admin: $admin, demo: false})
WITH a
OPTIONAL MATCH (m:Member {id: $memberId})
FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (a)-[:IS]->(m))
RETURN a.id AS accountId`;

export const SET_ADMIN = `
MATCH (a:Account {id: $accountId})
SET a.admin = $admin
RETURN a.id AS accountId`;

export const ADMIN_EXISTS = `
RETURN EXISTS { MATCH (a:Account) WHERE a.admin = true } AS exists`;

/** A removed member takes their account with them: its sessions, tokens and open invitations. */
export const REMOVE_ACCOUNT_OF_MEMBER = `
MATCH (a:Account)-[:IS]->(:Member {id: $memberId})
OPTIONAL MATCH (held)-[:OF|FOR]->(a)
WITH a, collect(held) AS held
FOREACH (n IN held | DETACH DELETE n)
DETACH DELETE a
RETURN count(*) AS removed`;

// ---- sessions ------------------------------------------------------------------------------------

export const CREATE_SESSION = `
MATCH (a:Account {id: $accountId})
CREATE (s:Session {hash: $hash, createdAt: datetime(), expiresAt: datetime() + duration({days: $days})})-[:OF]->(a)
RETURN s.expiresAt AS expiresAt`;

/** Sessions past their expiry are removed when their account signs in again. */
export const REMOVE_EXPIRED_SESSIONS = `
MATCH (s:Session)-[:OF]->(:Account {id: $accountId})
WHERE s.expiresAt <= datetime()
DETACH DELETE s
RETURN count(*) AS removed`;

export const END_SESSION = `
MATCH (s:Session {hash: $hash})
DETACH DELETE s
RETURN count(*) AS removed`;

export const END_ALL_SESSIONS = `
MATCH (s:Session)-[:OF]->(:Account {id: $accountId})
DETACH DELETE s
RETURN count(*) AS removed`;

// ---- invitations ---------------------------------------------------------------------------------

/** One open invitation per account: a new one replaces the last. */
export const REMOVE_OPEN_INVITATIONS = `
MATCH (i:Invitation)-[:FOR]->(:Account {id: $accountId})
DETACH DELETE i
RETURN count(*) AS removed`;

export const CREATE_INVITATION = `
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (by:Account {id: $invitedBy})
CREATE (i:Invitation {hash: $hash, createdAt: datetime(), expiresAt: datetime() + duration({days: $days})})-[:FOR]->(a)
FOREACH (_ IN CASE WHEN by IS NULL THEN [] ELSE [1] END | CREATE (by)-[:INVITED]->(i))
RETURN i.expiresAt AS expiresAt`;

export const OPEN_INVITATION = `
MATCH (i:Invitation {hash: $hash})-[:FOR]->(a:Account)
WHERE i.expiresAt > datetime()
OPTIONAL MATCH (a)-[:IS]->(m:Member)
OPTIONAL MATCH (m)-[:MEMBER_OF]->(g:Group)
RETURN a.id AS accountId, a.email AS email, coalesce(m.name, a.email) AS name, g.name AS groupName,
       a.passwordHash IS NOT NULL AS hasPassword, i.expiresAt AS expiresAt
LIMIT 1`;

/** Sets the password and uses the invitation up, in one statement: a link works once. */
export const ACCEPT_INVITATION = `
MATCH (i:Invitation {hash: $hash})-[:FOR]->(a:Account)
WHERE i.expiresAt > datetime()
SET a.passwordHash = $passwordHash, a.passwordSetAt = datetime()
DETACH DELETE i
RETURN a.id AS accountId`;

// ---- access tokens -------------------------------------------------------------------------------

const ACCESS_TOKEN_COLUMNS = `t.id AS id, t.name AS name, t.scope AS scope, t.createdAt AS createdAt,
       t.expiresAt AS expiresAt, t.lastUsedAt AS lastUsedAt, t.expiresAt <= datetime() AS expired`;

export const CREATE_ACCESS_TOKEN = `
MATCH (a:Account {id: $accountId})
CREATE (t:AccessToken {id: $id, hash: $hash, name: $name, scope: $scope, createdAt: datetime(),
                       expiresAt: datetime() + duration({days: $days})})-[:OF]->(a)
RETURN ${ACCESS_TOKEN_COLUMNS}`;

export const ACCESS_TOKENS_OF_ACCOUNT = `
MATCH (t:AccessToken)-[:OF]->(:Account {id: $accountId})
WHERE t.revokedAt IS NULL
RETURN ${ACCESS_TOKEN_COLUMNS}
ORDER BY t.createdAt DESC`;

export const ACCESS_TOKEN_OWNERS = `
UNWIND $ids AS id
MATCH (t:AccessToken {id: id})-[:OF]->(a:Account)
RETURN t.id AS tokenId, a.id AS accountId`;

export const REVOKE_ACCESS_TOKEN = `
MATCH (t:AccessToken {id: $id})-[:OF]->(:Account)
WHERE t.revokedAt IS NULL
SET t.revokedAt = datetime()
RETURN t.id AS id`;

/** Access tokens made in bulk for members (tests): each member gets an account if it has none. */
export const MERGE_MEMBER_ACCESS_TOKENS = `
UNWIND $rows AS row
MATCH (m:Member {id: row.memberId})
MERGE (a:Account)-[:IS]->(m)
ON CREATE SET a.id = 'acc-' + randomUUID(), a.createdAt = datetime(), a.admin = false, a.demo = false
MERGE (t:AccessToken {hash: row.hash})
ON CREATE SET t.id = 'tok-' + randomUUID(), t.createdAt = datetime(), t.scope = 'write',
              t.expiresAt = datetime() + duration('P30D')
SET t.name = row.label
MERGE (t)-[:OF]->(a)`;

// ---- demo identities (the sample on the bundled database only) -----------------------------------

export const CREATE_DEMO_ACCOUNTS = `
UNWIND $rows AS row
MATCH (m:Member {id: row.memberId})
WHERE NOT EXISTS { (:Account)-[:IS]->(m) }
CREATE (a:Account {id: row.id, createdAt: datetime(), admin: false, demo: true})-[:IS]->(m)
RETURN count(a) AS created`;

export const DEMO_ACCOUNT_OF_MEMBER = `
MATCH (a:Account {demo: true})-[:IS]->(:Member {id: $memberId})
RETURN a.id AS accountId`;

export const DEMO_ACCOUNTS = `
MATCH (:Account {demo: true})-[:IS]->(m:Member)-[mo:MEMBER_OF]->(g:Group)
OPTIONAL MATCH (m)-[:IN_INDUSTRY]->(i:Industry)
RETURN m.id AS memberId, m.name AS name, i.name AS industryName, g.id AS groupId, mo.role AS role
ORDER BY g.name, mo.role DESC, m.name`;

// ---- first run (pnpm admin create-organiser) -----------------------------------------------------

export const CREATE_GROUP_IF_MISSING = `
MERGE (g:Group {id: $id})
ON CREATE SET g.name = $name, g.region = $region, g.meetingDay = $meetingDay
RETURN g.id AS id, g.name AS name`;

export const GROUP_NAME = `
MATCH (g:Group {id: $id})
RETURN g.id AS id, g.name AS name`;

export const GROUP_MEMBER_BY_EMAIL = `
MATCH (m:Member)-[:MEMBER_OF]->(:Group {id: $groupId})
WHERE toLower(m.email) = $email
RETURN m.id AS id, m.name AS name`;

/** A new member of the group, as its organiser; the industry only when one is given. */
export const CREATE_ORGANISER_MEMBER = `
MATCH (g:Group {id: $groupId})
CREATE (m:Member {id: $id, name: $name, email: $email, company: $company, joinedAt: date(),
                  wantsToMeet: [], doesNotWantToMeet: []})-[:MEMBER_OF {since: date(), role: 'ORGANISER'}]->(g)
WITH m
OPTIONAL MATCH (i:Industry {id: $industryId})
FOREACH (_ IN CASE WHEN i IS NULL THEN [] ELSE [1] END | CREATE (m)-[:IN_INDUSTRY]->(i))
RETURN m.id AS id`;

export const MAKE_ORGANISER = `
MATCH (m:Member {id: $memberId})-[mo:MEMBER_OF]->(:Group {id: $groupId})
SET mo.role = 'ORGANISER'
RETURN m.id AS id`;

export const MEMBER_FOR_INVITATION = `
MATCH (m:Member {id: $memberId})
OPTIONAL MATCH (m)-[:MEMBER_OF]->(g:Group)
RETURN m.id AS id, m.name AS name, m.email AS email, g.id AS groupId
LIMIT 1`;
