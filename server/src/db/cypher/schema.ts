// Constraints and indexes: idempotent (IF NOT EXISTS), run on server start and by the loader.

const ID_LABELS = ['Group', 'Member', 'Industry', 'Contact', 'PowerGroup', 'Referral', 'OneToOne'] as const;

export const ID_CONSTRAINTS = ID_LABELS.map(
  (label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

/** Sign-in (cypher/auth.ts): an email names one account; every secret's hash finds one node. */
export const AUTH_CONSTRAINTS = [
  'CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT account_email IF NOT EXISTS FOR (a:Account) REQUIRE a.email IS UNIQUE',
  'CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.hash IS UNIQUE',
  'CREATE CONSTRAINT access_token_id IF NOT EXISTS FOR (t:AccessToken) REQUIRE t.id IS UNIQUE',
  'CREATE CONSTRAINT access_token_hash IF NOT EXISTS FOR (t:AccessToken) REQUIRE t.hash IS UNIQUE',
  'CREATE CONSTRAINT invitation_hash IF NOT EXISTS FOR (i:Invitation) REQUIRE i.hash IS UNIQUE',
];

/**
 * "mortgage broker" finds Mortgage intermediary through its synonyms; the `english` analyzer
 * stems words ("cleaners" finds Commercial cleaning), as domain/industry-match.ts does for its
 * comparisons. It replaces industry_text (the standard analyzer), dropped for databases that had it.
 */
export const INDUSTRY_FULLTEXT_INDEX = `CREATE FULLTEXT INDEX industry_words IF NOT EXISTS
FOR (i:Industry) ON EACH [i.name, i.synonyms]
OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`;

const OLD_INDUSTRY_FULLTEXT_INDEX = 'DROP INDEX industry_text IF EXISTS';

export const PROPERTY_INDEXES = [
  'CREATE INDEX member_name IF NOT EXISTS FOR (m:Member) ON (m.name)',
  'CREATE INDEX industry_name IF NOT EXISTS FOR (i:Industry) ON (i.name)',
  'CREATE INDEX referral_status IF NOT EXISTS FOR (r:Referral) ON (r.status)',
  'CREATE INDEX referral_updated_at IF NOT EXISTS FOR (r:Referral) ON (r.updatedAt)',
  'CREATE INDEX one_to_one_on IF NOT EXISTS FOR (o:OneToOne) ON (o.on)',
  // The audit trail (cypher/audit.ts) is read by group, newest first, and by what was changed.
  'CREATE CONSTRAINT change_id IF NOT EXISTS FOR (c:Change) REQUIRE c.id IS UNIQUE',
  'CREATE INDEX change_group_at IF NOT EXISTS FOR (c:Change) ON (c.groupId, c.at)',
  'CREATE INDEX change_target IF NOT EXISTS FOR (c:Change) ON (c.targetId)',
];

export const SCHEMA_STATEMENTS = [
  ...ID_CONSTRAINTS,
  ...AUTH_CONSTRAINTS,
  OLD_INDUSTRY_FULLTEXT_INDEX,
  INDUSTRY_FULLTEXT_INDEX,
  ...PROPERTY_INDEXES,
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

export const DBMS_COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
RETURN name AS name, versions[0] AS version, edition AS edition`;
