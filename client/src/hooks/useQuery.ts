// The explorer's reads, through TanStack Query: cached by key (the same key anywhere is one fetch),
// refetched when a write invalidates them (App's afterWrite), retried once, and kept on screen while
// they refetch, so the graph neither blinks nor lays out again after a write.
import {
  type QueryClient,
  useInfiniteQuery,
  useQueryClient,
  useQuery as useTanstackQuery,
} from '@tanstack/react-query';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  /** Loads it again, and with it every other read on screen that failed. */
  reload: () => void;
}

export interface QueryOptions {
  /**
   * While a new key loads, keep showing the data of a previous key with the same `keepAcross`
   * (the same group's graph, signed in or out), rather than nothing.
   */
  keepAcross?: string;
}

/** While a new key loads, the data of a previous key with the same `keepAcross` stays shown. */
function keepingAcross({ keepAcross }: QueryOptions) {
  return <Data>(previous: Data | undefined, previousQuery?: { meta?: Record<string, unknown> }) =>
    keepAcross !== undefined && previousQuery?.meta?.keepAcross === keepAcross ? previous : undefined;
}

/**
 * Refetches `key` and every read on screen that failed. A retry mostly follows a server that was
 * away, when every read failed: one Retry brings them all back (the group list, the graph and the
 * panel), not only the one it sits in.
 */
function retryWithFailed(queryClient: QueryClient, key: string | null): void {
  void queryClient.refetchQueries({
    type: 'active',
    predicate: (other) => other.queryKey[0] === key || other.state.status === 'error',
  });
}

export function useQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  options: QueryOptions = {},
): QueryState<T> {
  const queryClient = useQueryClient();
  const query = useTanstackQuery({
    queryKey: [key],
    queryFn: load,
    enabled: key !== null,
    meta: { keepAcross: options.keepAcross },
    placeholderData: keepingAcross(options),
  });
  return {
    data: key === null ? undefined : query.data,
    error: query.error ?? undefined,
    loading: query.isFetching,
    reload: () => retryWithFailed(queryClient, key),
  };
}

export interface PagedQueryState<Page> {
  /** The pages loaded so far, in order. */
  pages: Page[] | undefined;
  error: unknown;
  /** The first page, or all of them again after a write, is on its way. */
  loading: boolean;
  /** The next page is on its way ("Load more"). */
  loadingMore: boolean;
  /** There is a next page to load. */
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A list read page by page with a cursor (a Relay connection): the first page when the key is
 * set, the next one on loadMore, each page after the cursor `nextCursor` reads from the last.
 * Cached, refetched after writes and kept on screen meanwhile like useQuery; while a new key (other
 * filters) loads, the pages of a previous key with the same `keepAcross` stay shown.
 */
export function usePagedQuery<Page>(
  key: string | null,
  load: (after: string | null) => Promise<Page>,
  nextCursor: (page: Page) => string | null,
  options: QueryOptions = {},
): PagedQueryState<Page> {
  const queryClient = useQueryClient();
  const query = useInfiniteQuery({
    queryKey: [key],
    queryFn: ({ pageParam }) => load(pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => nextCursor(last) ?? undefined,
    enabled: key !== null,
    meta: { keepAcross: options.keepAcross },
    placeholderData: keepingAcross(options),
  });
  return {
    pages: key === null ? undefined : query.data?.pages,
    error: query.error ?? undefined,
    loading: query.isFetching && !query.isFetchingNextPage,
    loadingMore: query.isFetchingNextPage,
    hasMore: query.hasNextPage,
    loadMore: () => void query.fetchNextPage(),
    reload: () => retryWithFailed(queryClient, key),
  };
}
