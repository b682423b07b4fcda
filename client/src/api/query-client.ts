// How the explorer caches what it reads (TanStack Query): fresh for half a minute, refetched when
// the window comes back into focus, one retry for a failed read (a server restarting), none for
// writes, which say what went wrong instead.
import { QueryClient } from '@tanstack/react-query';

export function createQueryClient(options: { retry?: number } = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: options.retry ?? 1, refetchOnWindowFocus: true },
      mutations: { retry: 0 },
    },
  });
}
