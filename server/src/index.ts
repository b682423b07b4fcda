// The server's public surface: what scripts, benchmarks and tests use to run the app in-process,
// open the database, and load or move data. White-box tests use ./test-entry.ts instead.
export { startApp } from './app.ts';
export { type OpenedDatabase, type OpenOptions, openDatabase } from './db/connect.ts';
export type { Database } from './db/database.ts';
export { ensureSchema } from './db/schema-setup.ts';
export { createRequestHandler } from './http.ts';
export { exportGroupCsv, filesIn, importGroupCsv } from './import/csv-files.ts';
export { ImportError } from './import/dataset.ts';
export { type GenerateOptions, generateGroups } from './import/generator.ts';
export { importGraphDocument, importGraphJson, writeGraphJson } from './import/json-files.ts';
export type { GraphRows, RowKind } from './import/rows.ts';
export { loadCatalogue, streamGenerated } from './import/stream-load.ts';
export { createGroupFeed, type GroupFeed } from './live/group-feed.ts';
export { createLogger, type Logger } from './logger.ts';
export { printedSchema, SCHEMA_FILE } from './print-schema.ts';
export { loadSampleData, loadSampleIfEmpty, SAMPLE_DATA, validatedSample } from './sample.ts';
export { createYogaServer, type YogaOptions, type YogaServer } from './yoga.ts';
