// Adds toBeInTheDocument() and friends; harmless in the node environment.
import '@testing-library/jest-dom/jest-globals';

// jsdom has no layout, so no ResizeObserver; Fluent's overflow-aware components need one to exist.
if (typeof window !== 'undefined' && !('ResizeObserver' in window)) {
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: NoLayoutResizeObserver, configurable: true });
}
