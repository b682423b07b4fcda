import { type DatabaseInfo, databaseInfo } from '../db/system-repo.ts';
import { builder } from './builder.ts';

const DatabaseInfoRef = builder.objectRef<DatabaseInfo>('DatabaseInfo').implement({
  description: 'The Neo4j server the API reads and writes.',
  fields: (t) => ({
    name: t.exposeString('name'),
    version: t.exposeString('version'),
    edition: t.exposeString('edition'),
  }),
});

builder.queryField('databaseInfo', (t) =>
  t.field({
    type: DatabaseInfoRef,
    description: 'Which Neo4j answers: a cheap end-to-end check.',
    authScopes: { public: true },
    resolve: (_root, _args, { db }) => databaseInfo(db),
  }),
);
