import { webcrypto } from 'node:crypto';

// jsdom lacks WebCrypto; MSAL and id generation need it.
if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
