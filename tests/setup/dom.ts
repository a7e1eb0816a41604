// Adds toBeInTheDocument() and friends; harmless in the node environment.
import '@testing-library/jest-dom/jest-globals';
// jsdom has no IndexedDB; the prep card's cache and "bring it" marks use it. fake-indexeddb is an
// in-memory one, so those paths stay real in tests.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// findBy* and waitFor resolve as soon as what they look for appears: the limit is only how long a
// render that waits on real HTTP, IndexedDB and workers may take before the test fails. Testing
// Library's default (1 s) held only on an idle machine; a loaded one took longer and failed at
// random. Each test keeps jest's own limit (jest.config.js) above this one.
configure({ asyncUtilTimeout: 15_000 });

// jsdom has no layout, so no ResizeObserver; Fluent's overflow-aware components need one to exist.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  // Writable: Fluent's positioning (pickers, popovers) sets its own stand-in under NODE_ENV=test.
  Object.defineProperty(window, 'ResizeObserver', {
    value: NoLayoutResizeObserver,
    configurable: true,
    writable: true,
  });
}
