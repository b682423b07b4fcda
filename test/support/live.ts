// Reads a GraphQL subscription over server-sent events, the way the explorer does: POST /graphql
// with Accept: text/event-stream, one `data:` line per event.
import type { YogaServer } from '@powergroups/server';

export interface LiveStream<T> {
  /** The next event's data, or null when none comes within `ms`. */
  next(ms?: number): Promise<T | null>;
  close(): void;
}

export async function openStream<T = Record<string, unknown>>(
  yoga: Pick<YogaServer, 'fetch'>,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<LiveStream<T>> {
  const stop = new AbortController();
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: stop.signal,
  });
  // A refusal before the subscription started (a 4xx/5xx in JSON) is not a stream: say what it was.
  if (!response.ok || !response.headers.get('content-type')?.includes('text/event-stream') || !response.body)
    throw new Error(`no stream: ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const events: T[] = [];
  let buffer = '';
  let wake: () => void = () => {};
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const data = buffer
            .slice(0, end)
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          buffer = buffer.slice(end + 2);
          if (data) events.push(JSON.parse(data) as T);
          end = buffer.indexOf('\n\n');
        }
        wake();
      }
    } catch {
      // closed by close()
    }
  })();

  return {
    async next(ms = 2_000) {
      const deadline = Date.now() + ms;
      while (!events.length && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, Math.max(0, deadline - Date.now()));
        });
      }
      return events.shift() ?? null;
    },
    close: () => stop.abort(),
  };
}
