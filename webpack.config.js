// @ts-check
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DefinePlugin } = require('webpack');
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { BuildFingerprintPlugin, buildSettings } = require('./scripts/webpack/build-fingerprint');
const { BundleManifestPlugin } = require('./scripts/webpack/bundle-manifest-plugin');
const { contentSecurityPolicy } = require('./scripts/webpack/content-security-policy');
const { SourceMapsAsidePlugin } = require('./scripts/webpack/source-maps-aside');
const { StaticWebAppConfigPlugin } = require('./scripts/webpack/static-web-app-config-plugin');

/**
 * A build is the demo's unless HOME_TURF_CLIENT_ID names the app registration of a tenant. Only
 * the demo's build has the demo pages and the demo sign-in (`__HOME_TURF_DEMO__`); in a build
 * made for a tenant that code is compiled out, so its pages can never call the demo's `/demo/`.
 */
const demoBuild = (process.env.HOME_TURF_CLIENT_ID ?? '') === '';

/**
 * One entry per surface; each page loads only its own entry plus the shared chunks. `officeJs`
 * pages load Office.js from Microsoft's CDN (Outlook); the demo pages never do, and only the
 * demo's build has them.
 * @type {{ name: string; file: string; title: string; entry: string; officeJs?: boolean; demo?: boolean }[]}
 */
const surfaces = [
  {
    name: 'demo',
    file: 'index.html',
    title: 'Home Turf — demo',
    entry: './src/app/demo/index.tsx',
    demo: true,
  },
  {
    name: 'teams',
    file: 'teams.html',
    title: 'Home Turf — demo',
    entry: './src/app/demo-teams/index.tsx',
    demo: true,
  },
  {
    name: 'taskpane',
    file: 'taskpane.html',
    title: 'Home Turf',
    entry: './src/app/taskpane/index.tsx',
    demo: true,
  },
  {
    name: 'outlook',
    file: 'outlook.html',
    title: 'Home Turf',
    entry: './src/app/outlook/index.tsx',
    officeJs: true,
  },
  {
    name: 'auth-dialog',
    file: 'auth-dialog.html',
    title: 'Home Turf — sign in',
    entry: './src/app/auth-dialog/index.ts',
    officeJs: true,
  },
  // MSAL's redirect bridge: every popup, silent frame and redirect sign-in comes back here.
  {
    name: 'auth-redirect',
    file: 'auth-redirect.html',
    title: 'Home Turf — signing in',
    entry: './src/app/auth-redirect/index.ts',
  },
  // Teams' sign-in window, where Teams does not recommend nested app authentication.
  {
    name: 'teams-auth',
    file: 'teams-auth.html',
    title: 'Home Turf — sign in',
    entry: './src/app/teams-auth/index.ts',
  },
  { name: 'personal', file: 'personal.html', title: 'Home Turf', entry: './src/app/personal/index.tsx' },
  { name: 'channel', file: 'channel.html', title: 'Home Turf', entry: './src/app/channel/index.tsx' },
  {
    name: 'channel-config',
    file: 'config.html',
    title: 'Home Turf — add to a channel',
    entry: './src/app/channel-config/index.tsx',
  },
].filter((s) => demoBuild || s.demo !== true);

/** The deployment's settings the pages read (production-config.ts). */
const SETTINGS = [
  'HOME_TURF_CLIENT_ID',
  'HOME_TURF_TENANT_ID',
  'HOME_TURF_CLOUD',
  'HOME_TURF_GRAPH_URL',
  'HOME_TURF_AUTHORITY_HOST',
  'HOME_TURF_STORE_SITE',
];

/**
 * Where the pages sign in and read Graph. A tenant build's settings are checked first
 * (scripts/check-settings.ts, with the code the pages check them with at start-up), so a wrong
 * or mismatched cloud fails the build with its message instead of shipping.
 * @returns {{ graphUrl?: string; authorityHost?: string }}
 */
function endpoints() {
  if (demoBuild) return { graphUrl: process.env.HOME_TURF_GRAPH_URL };
  const check = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/check-settings.ts'], {
    cwd: __dirname,
    encoding: 'utf8',
  });
  if (check.status !== 0)
    throw new Error(check.stderr.trim() || 'The HOME_TURF_ settings could not be checked.');
  return JSON.parse(check.stdout);
}

/** @type {(env: unknown, argv: { mode?: string }) => import('webpack').Configuration} */
module.exports = (_env, argv) => {
  const production = argv.mode !== 'development';
  const mode = production ? 'production' : 'development';
  const cloud = endpoints();
  return {
    mode,
    // webpack's persistent cache (node_modules/.cache/webpack): a build reuses every module and
    // minified chunk whose inputs did not change. One cache per mode and HOME_TURF_ settings, so
    // switching between the demo and a configured build keeps both warm.
    cache: {
      type: 'filesystem',
      name: `${mode}-${createHash('sha256').update(JSON.stringify(buildSettings())).digest('hex').slice(0, 8)}`,
      buildDependencies: { config: [__filename] },
    },
    entry: Object.fromEntries(surfaces.map((s) => [s.name, s.entry])),
    output: {
      // HOME_TURF_DIST builds elsewhere (tests/e2e/chromium.ts reads the same variable).
      path: path.resolve(__dirname, process.env.HOME_TURF_DIST ?? 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    // Production: maps without a link from the scripts, moved out of the output (SourceMapsAsidePlugin).
    devtool: production ? 'hidden-source-map' : 'eval-cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2022',
              },
            },
          },
        },
        {
          // The Graph client's ES modules declare no side effects of their own, but its package.json
          // does not say so: without this, every export (file upload tasks, page iterators, batch
          // content) is bundled though Home Turf uses only Client and HTTPMessageHandler.
          test: /[\\/]node_modules[\\/]@microsoft[\\/]microsoft-graph-client[\\/]lib[\\/]es[\\/]/,
          sideEffects: false,
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // Microsoft's sign-in library in a chunk of its own, so the JavaScript budget can name it.
          msal: {
            test: /[\\/]node_modules[\\/]@azure[\\/]msal-/,
            name: 'msal',
            chunks: 'all',
            enforce: true,
          },
        },
      },
      runtimeChunk: 'single',
    },
    performance: { hints: false },
    plugins: [
      new BundleManifestPlugin({ pages: surfaces }),
      // What this build is made from, so `npm start` can skip a build with nothing changed.
      new BuildFingerprintPlugin({ mode }),
      ...(production ? [new SourceMapsAsidePlugin()] : []),
      // The icons the app manifest points at: <origin>/assets/icon-16.png and the rest.
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The privacy and terms pages the manifest links to.
          { from: 'public/*.html', to: '[name][ext]' },
        ],
      }),
      // The headers every file must be served with (the demo server sends them too).
      new StaticWebAppConfigPlugin({ ...cloud, hashedScripts: production }),
      // The deployment's settings, read at build time; checked at start-up (production-config.ts).
      new DefinePlugin({
        __HOME_TURF_CONFIG__: JSON.stringify(
          Object.fromEntries(SETTINGS.map((k) => [k, process.env[k] ?? ''])),
        ),
        __HOME_TURF_DEMO__: JSON.stringify(demoBuild),
      }),
      ...surfaces.map(
        (s) =>
          new HtmlWebpackPlugin({
            filename: s.file,
            title: s.title,
            template: './src/app/shared/page.html',
            chunks: [s.name],
            favicon: './assets/icon.svg',
            officeJs: s.officeJs === true,
            // The policy without frame-ancestors, which only a header can carry.
            contentSecurityPolicy: contentSecurityPolicy({ ...cloud, frameAncestors: false }),
          }),
      ),
    ],
  };
};
