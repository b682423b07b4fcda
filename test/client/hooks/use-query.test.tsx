// The explorer's reads (client/src/hooks/useQuery.ts over TanStack Query): one fetch per key
// however many parts show it, a refetch when a write invalidates, the old data kept meanwhile.
import { createQueryClient, useQuery } from '@powergroups/client/test';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

describe('useQuery', () => {
  it('fetches a key once for every part that shows it, and again when invalidated, keeping the data meanwhile', async () => {
    let calls = 0;
    let release: () => void = () => {};
    const load = () => {
      calls += 1;
      const answer = `answer ${calls}`;
      return calls === 1
        ? Promise.resolve(answer)
        : new Promise<string>((resolve) => {
            release = () => resolve(answer);
          });
    };
    function Shows({ id }: { id: string }) {
      const query = useQuery('member:m-1', load);
      return (
        <p data-testid={id}>
          {query.data ?? 'nothing'}
          {query.loading ? ' (loading)' : ''}
        </p>
      );
    }
    const client = createQueryClient({ retry: 0 });
    render(
      <QueryClientProvider client={client}>
        <Shows id="panel" />
        <Shows id="form" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('panel').textContent).toBe('answer 1'));
    expect(screen.getByTestId('form').textContent).toBe('answer 1');
    expect(calls).toBe(1);

    // A write elsewhere: everything refetches, and what was shown stays until the answer comes.
    await act(() => {
      void client.invalidateQueries();
    });
    await waitFor(() => expect(screen.getByTestId('panel').textContent).toBe('answer 1 (loading)'));
    expect(calls).toBe(2);
    await act(async () => release());
    await waitFor(() => expect(screen.getByTestId('form').textContent).toBe('answer 2'));
  });

  it('retries every read that failed, not only the one whose Retry was pressed', async () => {
    let serverUp = false;
    const calls: string[] = [];
    const load = (what: string) => () => {
      calls.push(what);
      return serverUp ? Promise.resolve(`${what} loaded`) : Promise.reject(new Error('server down'));
    };
    function Shows({ what, retry }: { what: string; retry?: boolean }) {
      const query = useQuery(what, load(what));
      return (
        <p data-testid={what}>
          {query.error ? 'failed' : (query.data ?? 'nothing')}
          {retry && query.error ? (
            <button type="button" onClick={query.reload}>
              Retry
            </button>
          ) : null}
        </p>
      );
    }
    render(
      <QueryClientProvider client={createQueryClient({ retry: 0 })}>
        <Shows what="graph" retry />
        <Shows what="panel" />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(screen.getByTestId('panel').textContent).toBe('failed'));
    expect(screen.getByTestId('graph').textContent).toBe('failedRetry');

    serverUp = true;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByTestId('graph').textContent).toBe('graph loaded'));
    await waitFor(() => expect(screen.getByTestId('panel').textContent).toBe('panel loaded'));
    expect(calls.filter((what) => what === 'graph')).toHaveLength(2);
  });
});
