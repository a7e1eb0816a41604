// @ts-check
/**
 * Keeps the production build's source maps out of what ships. With `devtool: 'hidden-source-map'`
 * webpack writes a map for every script and no `sourceMappingURL` comment pointing at it; this
 * plugin takes the maps out of the output and writes them beside it, to `<output>-source-maps/`
 * (dist/ → dist-source-maps/), for whoever reads a production stack trace. Hosting dist/ as it is
 * then publishes no source.
 */
const { Buffer } = require('node:buffer');
const { mkdirSync, rmSync, writeFileSync } = require('node:fs');
const path = require('node:path');

/** @param {string} outputPath */
function sourceMapsDir(outputPath) {
  return `${outputPath.replace(/[\\/]+$/, '')}-source-maps`;
}

class SourceMapsAsidePlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation } = compiler.webpack;
    /** @type {{ name: string; content: Buffer }[]} */
    let maps = [];
    compiler.hooks.thisCompilation.tap('SourceMapsAsidePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After the maps are made and the content hashes are final.
        { name: 'SourceMapsAsidePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          maps = [];
          for (const name of Object.keys(assets)) {
            if (!name.endsWith('.map')) continue;
            const source = assets[name];
            if (source === undefined) continue;
            // The map names its script as it was called before webpack's real content hash
            // renamed it: name it as shipped, so a stack trace's file finds its map.
            const map = JSON.parse(source.source().toString());
            map.file = path.basename(name, '.map');
            maps.push({ name, content: Buffer.from(JSON.stringify(map)) });
            compilation.deleteAsset(name);
          }
        },
      );
    });
    compiler.hooks.afterEmit.tap('SourceMapsAsidePlugin', (compilation) => {
      const dir = sourceMapsDir(compilation.outputOptions.path ?? 'dist');
      rmSync(dir, { recursive: true, force: true });
      for (const map of maps) {
        const file = path.join(dir, map.name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, map.content);
      }
    });
  }
}

module.exports = { SourceMapsAsidePlugin, sourceMapsDir };
