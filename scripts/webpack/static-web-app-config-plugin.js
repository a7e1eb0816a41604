// @ts-check
/**
 * Writes `staticwebapp.config.json` next to the build: the headers every file must be served with
 * (content-security-policy.js), long caching for the scripts. Refuses a production build with a
 * script whose name carries no content hash, since the long-cache route would keep it a year.
 */
const { HASHED_SCRIPT, staticWebAppConfig } = require('./content-security-policy');

class StaticWebAppConfigPlugin {
  /** @param {{ graphUrl?: string; authorityHost?: string; hashedScripts: boolean }} options */
  constructor(options) {
    this.options = options;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('StaticWebAppConfigPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'StaticWebAppConfigPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        (assets) => {
          const unhashed = Object.keys(assets).filter((f) => f.endsWith('.js') && !HASHED_SCRIPT.test(f));
          if (this.options.hashedScripts && unhashed.length > 0)
            compilation.errors.push(
              new WebpackError(
                `Scripts without a content hash in their name, which browsers would keep a year: ${unhashed.join(', ')}`,
              ),
            );
          const config = staticWebAppConfig(this.options);
          compilation.emitAsset(
            'staticwebapp.config.json',
            new sources.RawSource(`${JSON.stringify(config, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = { StaticWebAppConfigPlugin };
