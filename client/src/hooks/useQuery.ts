// Runs an async load when its key changes, and again when `refresh` changes. A refresh keeps the
// data it already has while it reloads, so the graph neither blinks nor lays out again after a
// write. A newer load always wins over an older one that ends late.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useQuery<T>(
  key: string | null,
  load: () => Promise<T>,
  refresh: string | number = 0,
): QueryState<T> {
  const [state, setState] = useState<{
    data: T | undefined;
    error: unknown;
    loading: boolean;
    key: string | null;
  }>({
    data: undefined,
    error: undefined,
    loading: key !== null,
    key,
  });
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    // tick and refresh only trigger the reload.
    void tick;
    void refresh;
    if (key === null) {
      setState({ data: undefined, error: undefined, loading: false, key });
      return;
    }
    let current = true;
    setState((previous) => ({
      // Data of another key is stale: drop it. Data of this key stays while it reloads.
      data: previous.key === key ? previous.data : undefined,
      error: undefined,
      loading: true,
      key,
    }));
    loadRef.current().then(
      (data) => current && setState({ data, error: undefined, loading: false, key }),
      (error: unknown) => current && setState((previous) => ({ ...previous, error, loading: false, key })),
    );
    return () => {
      current = false;
    };
  }, [key, tick, refresh]);

  const reload = useCallback(() => setTick((value) => value + 1), []);
  return {
    data: state.key === key ? state.data : undefined,
    error: state.error,
    loading: state.loading,
    reload,
  };
}
