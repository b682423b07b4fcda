// The app's entry (`pnpm start`, `pnpm dev`): settings, the database, the HTTP server. On the
// bundled Neo4j an empty database gets the sample data first; yours (NEO4J_URI) is never seeded.
import { loadEnv } from '@powergroups/config';
import { startApp } from './app.ts';
import { loadSampleIfEmpty } from './sample.ts';

await startApp(loadEnv(), {
  prepare: async (db, { bundled, log }) => {
    if (!bundled) return;
    // Demo identities come with the sample on the bundled database only (the picker in the explorer).
    if (await loadSampleIfEmpty(db, { demo: true })) {
      log.info('Loaded the sample data. Sign in with a demo member from the picker.');
    }
  },
});
