import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { setCsrfToken } from '../lib/csrf-token.ts';

// jsdom lacks the layout APIs Ant Design probes; these stand-ins answer "nothing matches".
window.matchMedia ??= (query: string) =>
  ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }) as MediaQueryList;

window.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

// The first render of an Ant Design page takes about a second on a busy CI machine, past the
// default one-second wait of findBy*/waitFor.
configure({ asyncUtilTimeout: 3000 });

afterEach(() => {
  cleanup();
  localStorage.clear();
  setCsrfToken(null);
});
