// A bare address still opens a graph: the caller's own group, or else the first one. It only
// fills an empty screen (`missing`: the URL names no group, no region and not the regions index),
// so a link to another group, a region or the index is never overridden.
import { useEffect } from 'react';
import type { GroupSummary, Me } from '../api/types.ts';
import type { SetUrlState } from './useUrlState.ts';

export function useDefaultGroup(
  missing: boolean,
  groups: readonly GroupSummary[] | undefined,
  me: Me | null,
  setUrl: SetUrlState,
): void {
  useEffect(() => {
    if (!missing || !groups?.length) return;
    const preferred = groups.find((group) => group.id === me?.group?.id) ?? groups[0];
    if (preferred) setUrl({ groupId: preferred.id });
  }, [missing, groups, me, setUrl]);
}
