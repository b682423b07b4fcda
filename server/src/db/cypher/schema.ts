// Constraints and indexes: idempotent (IF NOT EXISTS), run on server start and by the loader.

const ID_LABELS = ['Group', 'Member', 'Industry', 'Contact', 'PowerGroup', 'Referral', 'OneToOne'] as const;

export const ID_CONSTRAINTS = ID_LABELS.map(
  (label) =>
    `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
);

export const API_TOKEN_CONSTRAINT =
  'CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.hash IS UNIQUE';

/** "mortgage broker" finds Mortgage intermediary through its synonyms. */
export const INDUSTRY_FULLTEXT_INDEX =
  'CREATE FULLTEXT INDEX industry_text IF NOT EXISTS FOR (i:Industry) ON EACH [i.name, i.synonyms]';

export const PROPERTY_INDEXES = [
  'CREATE INDEX member_name IF NOT EXISTS FOR (m:Member) ON (m.name)',
  'CREATE INDEX industry_name IF NOT EXISTS FOR (i:Industry) ON (i.name)',
  'CREATE INDEX referral_status IF NOT EXISTS FOR (r:Referral) ON (r.status)',
  'CREATE INDEX referral_updated_at IF NOT EXISTS FOR (r:Referral) ON (r.updatedAt)',
  'CREATE INDEX one_to_one_on IF NOT EXISTS FOR (o:OneToOne) ON (o.on)',
];

export const SCHEMA_STATEMENTS = [
  ...ID_CONSTRAINTS,
  API_TOKEN_CONSTRAINT,
  INDUSTRY_FULLTEXT_INDEX,
  ...PROPERTY_INDEXES,
];

export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

export const DBMS_COMPONENTS = `
CALL dbms.components() YIELD name, versions, edition
RETURN name AS name, versions[0] AS version, edition AS edition`;
