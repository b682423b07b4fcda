// Per-request batching: every loader here turns many field resolutions into one Cypher round trip.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { allPowerGroups, organiserIdsByGroupIds } from '../db/member-repo.ts';
import { partnerFacts } from '../db/question-repo.ts';
import { type Context, staleBefore } from './context.ts';

export const organiserIdsLoader = createContextCache(
  (context: Context) =>
    new DataLoader((groupIds: readonly string[]) => organiserIdsByGroupIds(context.db, groupIds)),
);

/** Partner facts of many subjects (members) in one statement. */
export const partnerFactsLoader = createContextCache(
  (context: Context) =>
    new DataLoader((memberIds: readonly string[]) =>
      partnerFacts(context.db, memberIds, staleBefore(context)),
    ),
);

/** The curated power groups are few and shared by every field of a request: read them once. */
export const powerGroupsOnce = createContextCache((context: Context) => {
  let loaded: ReturnType<typeof allPowerGroups> | undefined;
  return () => {
    loaded ??= allPowerGroups(context.db);
    return loaded;
  };
});
