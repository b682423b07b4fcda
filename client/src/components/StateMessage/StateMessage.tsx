// Loading, empty and error states, one look everywhere. Errors say what to do next.
import type { ReactNode } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';

export type StateMessageProps =
  | { kind: 'loading'; children?: ReactNode }
  | { kind: 'empty'; children: ReactNode }
  | { kind: 'error'; error: unknown; onRetry?: () => void };

export function StateMessage(props: StateMessageProps) {
  if (props.kind === 'loading')
    return (
      <div className="state state-loading" role="status" aria-live="polite">
        <span className="spinner" aria-hidden="true" />
        {props.children ?? 'Loading…'}
      </div>
    );
  if (props.kind === 'empty') return <div className="state state-empty">{props.children}</div>;
  const title =
    props.error instanceof ApiError && props.error.kind === 'server-down'
      ? 'Server not reachable'
      : props.error instanceof ApiError && props.error.kind === 'database-down'
        ? 'Database unavailable'
        : 'Something went wrong';
  return (
    <div className="state state-error" role="alert">
      <strong>{title}</strong>
      <p>{errorMessage(props.error)}</p>
      {props.onRetry && (
        <button type="button" className="button" onClick={props.onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
