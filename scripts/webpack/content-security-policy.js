// @ts-check
/**
 * The Content-Security-Policy every page is served with, and the other response headers. One
 * definition: the build puts the policy in each page's <meta> tag (script and connection limits
 * hold even on a host that sends no headers) and writes `staticwebapp.config.json`, whose
 * `globalHeaders` Azure Static Web Apps applies as is; the demo server and `npm run start:outlook`
 * send the same headers. `frame-ancestors` only works as a header (browsers ignore it in <meta>).
 */

/** The Microsoft 365 hosts allowed to frame the pages: Teams, Outlook and the Microsoft 365 app. */
const FRAME_ANCESTORS = [
  "'self'",
  'https://*.cloud.microsoft',
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.microsoft365.com',
  'https://*.office.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook-sdf.office.com',
  'https://outlook-sdf.office365.com',
  'https://outlook.live.com',
];

/**
 * @param {{ graphUrl?: string; authorityHost?: string; frameAncestors?: boolean }} [options]
 *   `graphUrl`: the Graph root the build talks to (its cloud's, else Microsoft Graph);
 *   `authorityHost`: Microsoft Entra ID's host in that cloud (else the global one); either may be
 *   `'self'` (the demo tenant serving the pages); `frameAncestors`: include the directive (headers only).
 * @returns {string}
 */
function contentSecurityPolicy(options = {}) {
  const originOf = (/** @type {string} */ url) => (url === "'self'" ? url : new URL(url).origin);
  const graphOrigin = originOf(options.graphUrl || 'https://graph.microsoft.com/v1.0');
  const authorityOrigin = originOf(options.authorityHost || 'https://login.microsoftonline.com');
  /** @type {[string, string[]][]} */
  const directives = [
    ['default-src', ["'self'"]],
    // No inline script anywhere; Office.js comes from Microsoft's CDN (Outlook pages only).
    ['script-src', ["'self'", 'https://appsforoffice.microsoft.com']],
    // Fluent's styles are inserted at run time; the meeting body's own style attributes are sanitised.
    ['style-src', ["'self'", "'unsafe-inline'"]],
    // Images in a meeting body load from the web only when the advisor asks.
    ['img-src', ["'self'", 'data:', 'https:']],
    [
      'connect-src',
      [
        "'self'",
        graphOrigin,
        authorityOrigin,
        // teams-js reads Teams' valid origins from here.
        'https://res.cdn.office.net',
      ],
    ],
    // MSAL's silent sign-in runs in a hidden frame on the Microsoft identity platform.
    ['frame-src', ["'self'", authorityOrigin]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ];
  if (options.frameAncestors !== false) directives.push(['frame-ancestors', FRAME_ANCESTORS]);
  return directives.map(([name, values]) => `${name} ${[...new Set(values)].join(' ')}`).join('; ');
}

/** A production script's name: `[name].[contenthash:8].js` (webpack.config.js). */
const HASHED_SCRIPT = /\.[0-9a-f]{8}\.js$/;

/** A file whose name changes with its content is kept a year and never asked for again. */
const LONG_CACHE = 'public, max-age=31536000, immutable';

/**
 * The headers for every file, in Azure Static Web Apps' `staticwebapp.config.json` form
 * (https://learn.microsoft.com/azure/static-web-apps/configuration: a route's headers override
 * `globalHeaders`; wildcards only at the end, filtered by extension). Pages, the app manifest's
 * icons and everything else keep their names from build to build, so browsers check them again
 * each time (`no-cache`: a 304 when unchanged); with `hashedScripts`, every script's name carries
 * its content hash and is cached for a year.
 * @param {{ graphUrl?: string; authorityHost?: string; hashedScripts?: boolean }} [options]
 */
function staticWebAppConfig(options = {}) {
  return {
    ...(options.hashedScripts === true && {
      routes: [{ route: '/*.js', headers: { 'Cache-Control': LONG_CACHE } }],
    }),
    globalHeaders: {
      'Content-Security-Policy': contentSecurityPolicy({
        graphUrl: options.graphUrl,
        authorityHost: options.authorityHost,
        frameAncestors: true,
      }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cache-Control': 'no-cache',
    },
  };
}

module.exports = { FRAME_ANCESTORS, HASHED_SCRIPT, LONG_CACHE, contentSecurityPolicy, staticWebAppConfig };
