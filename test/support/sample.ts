// The sample data's known answers, and tokens to call the API as its members.
import { SAMPLE_FACTS } from '@powergroups/seed';
import { testApi } from './server.ts';

export { SAMPLE_FACTS };

export const tokenOf = (memberId: string) => `demo-${memberId}`;

/** The API over the run's Neo4j, with the clock pinned to the sample data's "today". */
export function sampleApi() {
  return testApi({ now: new Date(SAMPLE_FACTS.now), demoAccounts: true });
}
