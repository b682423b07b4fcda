// The error boundary's page: a component that throws leaves a message and a way back, not a blank page.
import { AppCrashed } from '@powergroups/client/test';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from 'react-error-boundary';
import { describe, expect, it, vi } from 'vitest';

function Broken(): never {
  throw new Error('cannot read the graph');
}

describe('AppCrashed', () => {
  it('says what broke and offers to try again', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onReset = vi.fn();
    render(
      <ErrorBoundary FallbackComponent={AppCrashed} onReset={onReset}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('What broke: cannot read the graph');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalled();
    quiet.mockRestore();
  });
});
