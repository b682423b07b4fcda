// Component tests: unmount between tests and start each one with empty storage and a fresh URL.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  }
});
