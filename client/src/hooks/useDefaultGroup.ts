// A bare address still opens a graph: the caller's own group, or else the first one. It only
// fills a missing group, so a link to another group is never overridden.
import { useEffect } from 'react';
import type { GroupSummary, Me } from '../api/types.ts';
import type { SetUrlState } from './useUrlState.ts';

export function useDefaultGroup(
  groupId: string | null,
  groups: readonly GroupSummary[] | undefined,
  me: Me | null,
  setUrl: SetUrlState,
): void {
  useEffect(() => {
    if (groupId || !groups?.length) return;
    const preferred = groups.find((group) => group.id === me?.group?.id) ?? groups[0];
    if (preferred) setUrl({ groupId: preferred.id });
  }, [groupId, groups, me, setUrl]);
}
