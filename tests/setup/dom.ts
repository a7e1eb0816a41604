// Adds toBeInTheDocument() and friends; harmless in the node environment.
import '@testing-library/jest-dom/jest-globals';
// jsdom has no IndexedDB; the prep card's cache and "bring it" marks use it. fake-indexeddb is an
// in-memory one, so those paths stay real in tests.
import 'fake-indexeddb/auto';

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
