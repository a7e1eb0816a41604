// @ts-check
/** Jest projects: unit (pure domain and components), integration (graph layer and features against
 * the demo tenant over real HTTP), e2e (the real build in headless Chromium). */
const transform = {
  '^.+\\.(t|j)sx?$|^.+\\.mjs$': [
    '@swc/jest',
    {
      jsc: {
        parser: { syntax: 'typescript', tsx: true },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    },
  ],
};

/**
 * ESM-only packages jest must compile: office-addin-mock's dependencies (strip-bom, uuid,
 * node-fetch and its helpers) and the demo tenant's authority (oidc-provider, and got, nanoid
 * and quick-lru with theirs), wherever npm nested them.
 */
const esmPackages = [
  'strip-bom',
  'uuid',
  'node-fetch',
  'data-uri-to-buffer',
  'fetch-blob',
  'formdata-polyfill',
  'oidc-provider',
  'got',
  '@sindresorhus/is',
  '@szmarczak/http-timer',
  'cacheable-lookup',
  'cacheable-request',
  'mimic-response',
  'normalize-url',
  'responselike',
  'lowercase-keys',
  'form-data-encoder',
  'p-cancelable',
  'nanoid',
  'quick-lru',
];
const transformIgnorePatterns = [`/node_modules/(?!(?:.*/node_modules/)?(?:${esmPackages.join('|')})/)`];

/** @type {import('jest').Config['projects']} */
const projects = [
  {
    displayName: 'unit',
    testMatch: ['<rootDir>/tests/unit/**/*.test.ts?(x)'],
    testEnvironment: 'node',
    transform,
    transformIgnorePatterns,
    setupFiles: ['<rootDir>/tests/setup/env.ts'],
    setupFilesAfterEnv: ['<rootDir>/tests/setup/dom.ts'],
  },
  {
    displayName: 'integration',
    testMatch: ['<rootDir>/tests/integration/**/*.test.ts?(x)'],
    testEnvironment: 'node',
    transform,
    transformIgnorePatterns,
    setupFiles: ['<rootDir>/tests/setup/env.ts'],
    setupFilesAfterEnv: ['<rootDir>/tests/setup/dom.ts'],
  },
  {
    displayName: 'e2e',
    testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    testEnvironment: 'node',
    transform,
    // The e2e tests start the demo tenant in-process, and its authority is ESM-only oidc-provider.
    transformIgnorePatterns,
  },
];

/** @type {import('jest').Config} */
module.exports = { projects, testTimeout: 60_000 };
