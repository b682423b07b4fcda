// `pnpm --filter @powergroups/server start`: the API (and, in production, the built client).
import { startApp } from './app.ts';

await startApp();
