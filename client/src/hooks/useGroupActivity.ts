// The group's activity for the period in the URL: read by the Activity tab and by the graph's
// "size by" alike (one key, one fetch). Only the group's members may read it (the server's rule),
// so nobody else asks.
import type { ActivityPeriod, GroupActivity } from '../api/types.ts';
import { useSession } from '../session/SessionProvider.tsx';
import { type QueryState, useQuery } from './useQuery.ts';

export interface GroupActivityState extends QueryState<GroupActivity> {
  /** The caller belongs to the group, so may read its activity. */
  allowed: boolean;
  /** The caller organises the group: closed business shows. */
  organiser: boolean;
}

export function useGroupActivity(
  groupId: string | null,
  period: ActivityPeriod,
  wanted = true,
): GroupActivityState {
  const { ops, me } = useSession();
  const allowed = Boolean(groupId && me?.group?.id === groupId);
  const organiser = allowed && me?.role === 'ORGANISER';
  const query = useQuery(
    allowed && wanted && groupId ? `activity:${groupId}:${period}:${me?.id}` : null,
    () => ops.groupActivity(groupId ?? '', period),
    { keepAcross: `activity:${groupId}:${me?.id}` },
  );
  return { ...query, allowed, organiser };
}
