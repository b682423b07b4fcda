// `pnpm start`: the app with the sample data. On the bundled Neo4j an empty database gets the
// sample loaded once; a database of your own (NEO4J_URI) is never written to here.
import { startApp } from '@powergroups/server/app.ts';
import { loadSampleIfEmpty } from './sample.ts';

await startApp({
  prepare: async (db, { env, log }) => {
    if (env.NEO4J_URI) return;
    if (await loadSampleIfEmpty(db)) {
      log.info(
        'Loaded the sample data. Sign in with a demo token, e.g. demo-mem-padraig-ryan (an organiser)',
      );
    }
  },
});
