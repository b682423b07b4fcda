// Which one-to-ones count as relationship strength (@powergroups/rules): held ones only,
// and those with no status at all (data from before statuses existed), as Cypher.

import { DEFAULT_ONE_TO_ONE_STATUS } from '@powergroups/rules';

/** A predicate: the bound one-to-one `o` was held. */
export const isHeld = (o: string) => `coalesce(${o}.status, '${DEFAULT_ONE_TO_ONE_STATUS}') = 'HELD'`;

/** A predicate: the bound one-to-one `o` was on or after the day of $since, or $since is null (any time). */
export const onOrAfterSince = (o: string) => `($since IS NULL OR ${o}.on >= date(datetime($since)))`;
