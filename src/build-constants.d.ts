/**
 * True only in the demo's build (no HOME_TURF_CLIENT_ID): webpack's DefinePlugin writes the value
 * in, so in a build made for a tenant every branch it guards, and the demo sign-in behind it, is
 * compiled out. Tests set it on globalThis (tests/setup/env.ts).
 */
declare const __HOME_TURF_DEMO__: boolean;
