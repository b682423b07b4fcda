// Internals for white-box tests and benchmarks (`@powergroups/server/test`): the pure domain
// functions, bulk repository helpers, and the raw pieces a benchmark compares the API against.
// The app itself never imports this file.

export {
  acceptInvitationWithPassword,
  createOrganiser,
  inviteMember,
  issueAccessToken,
  revokeToken,
  startSession,
} from './auth/accounts.ts';
export { IDENTITY_REUSE_MS, IdentityCache, isPlainRead } from './auth/identity-cache.ts';
export { hashToken } from './db/auth-repo.ts';
export {
  GROUP_GRAPH,
  PARTNER_FACTS,
  POWER_GROUP_REPORT,
  WHO_KNOWS_IN_GROUP,
} from './db/cypher/questions.ts';
export { int, isStoppedByDeadline } from './db/database.ts';
export {
  type CsvKind,
  countAll,
  countByIdTag,
  deleteByIdTag,
  loadCsvFile,
  loadGraph,
  readGraphRows,
} from './db/seed-repo.ts';
export * from './domain/activity.ts';
export * from './domain/communities.ts';
export * from './domain/group-graph.ts';
export * from './domain/industry-match.ts';
export * from './domain/partner-scoring.ts';
export * from './domain/power-groups.ts';
export * from './domain/who-knows.ts';
export { csvLine, parseCsv } from './import/csv.ts';
export { emptyRows, locate, validateGraph } from './import/dataset.ts';
export * from './import/generator.ts';
export { IMPORT_LIMITS, importGroupCsv as importGroupCsvTexts } from './import/group-csv.ts';
export { ONE_TRANSACTION_ROWS } from './import/loader.ts';
export { type ApiTokenRow, ROW_KINDS } from './import/rows.ts';
export { operationCost, useResponseSizeCap } from './request-limits.ts';
export {
  ACCESS_CALLERS,
  ACCESS_RULES,
  type AccessCaller,
  type AccessOutcome,
  GUARDED_TYPES,
  NOT_PRIVATE,
  outcomesOf,
} from './schema/access-table.ts';
export { AUDITED } from './schema/audit.ts';
export { QUERY_LIMITS } from './schema/cost.ts';
export { schema } from './schema/index.ts';
export { recordsById } from './schema/loaders.ts';
