// Component tests: unmount between tests and start each one with empty storage and a fresh URL.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// happy-dom lacks two properties browsers have, which react-hook-form reads to tell whether a
// select was changed before it registered (else it takes the first option over the default). Both
// reflect an attribute, as in browsers.
if (typeof window !== 'undefined') {
  if (!('size' in HTMLSelectElement.prototype))
    Object.defineProperty(HTMLSelectElement.prototype, 'size', {
      get(this: HTMLSelectElement) {
        return Number(this.getAttribute('size') ?? 0);
      },
      set(this: HTMLSelectElement, size: number) {
        this.setAttribute('size', String(size));
      },
    });
  if (!('defaultSelected' in HTMLOptionElement.prototype))
    Object.defineProperty(HTMLOptionElement.prototype, 'defaultSelected', {
      get(this: HTMLOptionElement) {
        return this.hasAttribute('selected');
      },
      set(this: HTMLOptionElement, selected: boolean) {
        this.toggleAttribute('selected', selected);
      },
    });
}

afterEach(() => {
  cleanup();
  if (typeof window !== 'undefined') {
    window.localStorage.clear();
    window.history.replaceState(null, '', '/');
  }
});
