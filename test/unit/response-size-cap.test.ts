// The response size cap (server/src/request-limits.ts) measures an answer in UTF-8 bytes, as it is
// sent, and lets an answer through as the very text it measured.
import { useResponseSizeCap } from '@powergroups/server/test';
import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';

type Sendable = ExecutionResult & { stringify?: (sent: ExecutionResult) => string };

/** What the cap makes of `result`: the result yoga would send in its place. */
function capped(maxBytes: number, result: ExecutionResult): Sendable {
  let sent: Sendable = result;
  const hooks = useResponseSizeCap(maxBytes).onExecute?.({} as never) as {
    onExecuteDone(payload: { result: ExecutionResult; setResult(next: ExecutionResult): void }): void;
  };
  hooks.onExecuteDone({
    result,
    setResult: (next) => {
      sent = next;
    },
  });
  return sent;
}

const answerOf = (name: string): ExecutionResult => ({ data: { member: { name } } });

describe('response size cap', () => {
  it('lets an answer under the cap through, serialised once as the text it measured', () => {
    const result = answerOf('Aoife Byrne');
    const sent = capped(1_000, result);
    expect(sent.data).toEqual(result.data);
    expect(sent.stringify?.(sent)).toBe(JSON.stringify(result));
  });

  it('refuses an answer over the cap with a 413 that says so', () => {
    const sent = capped(100, answerOf('x'.repeat(200)));
    expect(sent.data).toBeUndefined();
    expect(sent.errors?.[0]?.message).toMatch(/^The answer would be [\d.]+ MB, over the limit of/);
    expect(sent.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', http: { status: 413 } });
  });

  it('counts bytes, not characters: an answer short in characters but long in UTF-8 is refused', () => {
    // 40 "é" are 40 characters but 80 bytes; with the JSON around them, 71 characters and 111 bytes.
    const text = JSON.stringify(answerOf('é'.repeat(40)));
    expect(text.length).toBeLessThan(80);
    expect(Buffer.byteLength(text)).toBeGreaterThan(100);
    expect(capped(80, answerOf('é'.repeat(40))).errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(capped(Buffer.byteLength(text), answerOf('é'.repeat(40))).errors).toBeUndefined();
  });
});
