import { webcrypto } from 'node:crypto';

// jsdom lacks WebCrypto; MSAL and id generation need it. Typed as optional because it may be absent.
const current = (globalThis as { crypto?: Crypto }).crypto;
if (current?.subtle === undefined) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}

// The demo build's constant (webpack's DefinePlugin in a build; see src/build-constants.d.ts).
Object.defineProperty(globalThis, '__HOME_TURF_DEMO__', { value: true, configurable: true, writable: true });
