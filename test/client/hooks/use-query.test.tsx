// The explorer's reads (client/src/hooks/useQuery.ts over TanStack Query): one fetch per key
// however many parts show it, a refetch when a write invalidates, the old data kept meanwhile.
import { createQueryClient, useQuery } from '@powergroups/client/test';
import { QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
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
});
