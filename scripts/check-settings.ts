/**
 * `tsx scripts/check-settings.ts`: checks a tenant build's HOME_TURF_ settings with the code the
 * pages check them with at start-up (production-config.ts), and prints where the pages will sign
 * in and read Graph, as JSON. webpack.config.js runs it before a build made for a tenant, so a
 * wrong or mismatched cloud fails the build with its message instead of shipping; a child
 * process, so that webpack's own cache never sees the TypeScript loader.
 */
import { productionConfig, ConfigError } from '../src/app/shared/production-config';

/** The demo cloud lives on the pages' own origin, not known when building: the policy says 'self'. */
const PAGES = 'https://pages.invalid';

try {
  const config = productionConfig(process.env, PAGES);
  const self = config.authorityHost === PAGES;
  console.log(
    JSON.stringify({
      graphUrl: self ? "'self'" : config.graphBaseUrl,
      authorityHost: self ? "'self'" : config.authorityHost,
    }),
  );
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : String(error));
  process.exitCode = 1;
}
