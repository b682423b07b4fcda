// Keeps the explorer live: follows the group's changes (the groupChanged subscription) and, at
// each, refetches what is on screen, so a referral recorded in another browser shows here within
// a second. Reconnects by itself (the server ends each stream after 15 minutes, or restarts), and
// refetches after a gap, since changes made meanwhile were not heard.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useSession } from '../session/SessionProvider.tsx';

export type LiveState = 'off' | 'connecting' | 'live' | 'reconnecting';

/** Changes that come together (an import, a burst of writes) refetch once. */
const GATHER_MS = 50;
const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export function useLiveGroup(groupId: string | null): LiveState {
  const { ops, me } = useSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('off');
  const viewer = me?.id ?? 'anonymous';

  useEffect(() => {
    // The stream is opened as the current caller: a sign-in or sign-out opens a new one.
    void viewer;
    if (!groupId) {
      setState('off');
      return;
    }
    const stop = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refetch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries(), GATHER_MS);
    };

    void (async () => {
      let failures = 0;
      let heardBefore = false;
      while (!stop.signal.aborted) {
        setState(heardBefore || failures ? 'reconnecting' : 'connecting');
        try {
          await ops.groupChanges(
            groupId,
            {
              open: () => {
                setState('live');
                // Reopened after a gap: what changed meanwhile was not heard.
                if (failures || heardBefore) refetch();
                failures = 0;
                heardBefore = true;
              },
              change: refetch,
            },
            stop.signal,
          );
        } catch {
          failures += 1;
        }
        if (stop.signal.aborted) break;
        const wait = failures ? (RETRY_MS[Math.min(failures, RETRY_MS.length) - 1] ?? 30_000) : 0;
        if (wait) setState('reconnecting');
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    })();

    return () => {
      stop.abort();
      clearTimeout(timer);
    };
  }, [groupId, viewer, ops, queryClient]);

  return state;
}
