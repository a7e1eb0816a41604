// @ts-check
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Layer boundaries of design.md: imports flow one way, domain ← graph ← features ← app.
 * hosts/ is the only code that touches Office or teams-js; sandbox/ is Microsoft's stand-in and
 * shares no code with the app.
 */
const layerZones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'domain/ is pure: no imports from other layers.',
  },
  {
    target: './src/graph',
    from: ['./src/features', './src/app', './src/hosts', './src/auth', './src/sandbox'],
    message: 'graph/ depends on domain/ only; tokens come in as a function.',
  },
  {
    target: './src/auth',
    from: ['./src/features', './src/app', './src/graph', './src/sandbox'],
    message: 'auth/ hands getToken(scopes) out; it imports no other layer.',
  },
  {
    target: './src/hosts',
    from: ['./src/features', './src/app', './src/graph', './src/sandbox'],
    message: 'hosts/ yields a Host; it imports only domain/ and auth/.',
  },
  {
    target: './src/ui',
    from: ['./src/features', './src/app', './src/graph', './src/hosts', './src/auth', './src/sandbox'],
    message: 'ui/ holds presentational building blocks only.',
  },
  {
    target: './src/features',
    from: ['./src/app', './src/sandbox', './src/auth'],
    message: 'features/ import domain/, graph/, hosts/ types and ui/, never the composition roots.',
  },
  { target: './src/app', from: './src/sandbox', message: 'The app never imports the demo tenant.' },
  {
    target: './src/sandbox',
    from: [
      './src/domain',
      './src/graph',
      './src/features',
      './src/app',
      './src/hosts',
      './src/auth',
      './src/ui',
    ],
    message: 'The demo tenant stands in for Microsoft Graph and shares no code with the app.',
  },
];

/**
 * A feature imports domain/ and graph/, never another feature: every folder of src/features/,
 * read from the folder so a new feature is held to it, except the outbox (below).
 */
const features = readdirSync(join(dirname(fileURLToPath(import.meta.url)), 'src/features'), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory() && entry.name !== 'outbox')
  .map((entry) => entry.name);
const featureIsolation = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: features.filter((other) => other !== feature).map((other) => `./src/features/${other}`),
  message: 'A feature never imports another feature.',
}));

/**
 * The outbox (src/features/outbox/) is how every feature writes to the team store: features import
 * it, and it imports none of them.
 */
const outboxIsShared = {
  target: './src/features/outbox',
  from: features.map((feature) => `./src/features/${feature}`),
  message: 'The outbox serves every feature and imports none of them.',
};

const TEAMS_JS_IN_HOSTS = { name: '@microsoft/teams-js', message: 'Only src/hosts/ touches teams-js.' };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      '.dist-*/**',
      'dist-source-maps/**',
      'coverage/**',
      'node_modules/**',
      '.demo-data/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        { zones: [...layerZones, ...featureIsolation, outboxIsShared] },
      ],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': ['error', { paths: [TEAMS_JS_IN_HOSTS] }],
    },
  },
  {
    files: ['src/hosts/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['*.js', 'scripts/webpack/*.js'],
    languageOptions: {
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        console: 'readonly',
        process: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      // reason: tests assert on parsed JSON and mocks where non-null assertions keep them readable.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
