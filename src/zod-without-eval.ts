/**
 * zod compiles object parsers with `new Function` when it may. The pages' Content-Security-Policy
 * allows no eval, so zod's probe for it would be refused and reported as a policy violation. zod
 * keeps its settings on `globalThis.__zod_globalConfig` and skips the probe under `jitless`; set
 * here, before zod loads, because every schema decides when it is built. Imported first by every
 * entry (pages and the ranking worker); zod itself stays out of the first paint.
 */
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };

export {};
