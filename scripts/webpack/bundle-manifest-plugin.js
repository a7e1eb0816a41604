// @ts-check
/**
 * Writes `bundle-manifest.json` next to the build: for each page, the JavaScript it loads
 * - `initial`: before first paint (the entry's own chunks, in its script tags);
 * - `open`: after first paint, on its own, to open the page (the lazy surface, sign-in, the
 *   Graph layer, workers);
 * - `onDemand`: only when the user asks (a `webpackChunkName` starting `on-demand-`: the note form,
 *   the team's editors, the ranker's fallback when a browser has no workers).
 * A chunk shared by an opening import and an on-demand one counts as opening. The JavaScript
 * budget test and `npm run bench` read it.
 */
const ON_DEMAND = /^on-demand-/;
class BundleManifestPlugin {
  /** @param {{ pages: { name: string; file: string }[] }} options */
  constructor(options) {
    this.pages = options.pages;
  }

  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('BundleManifestPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'BundleManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          /** @type {Record<string, { initial: string[]; open: string[]; onDemand: string[] }>} */
          const pages = {};
          for (const page of this.pages) {
            const entry = compilation.entrypoints.get(page.name);
            if (entry === undefined) continue;
            const initial = new Set(entry.getFiles().filter((f) => f.endsWith('.js')));
            /** @type {Set<string>} */
            const open = new Set();
            /** @type {Set<string>} */
            const onDemand = new Set();
            /** @type {Map<import('webpack').ChunkGroup, boolean>} */
            const seen = new Map();
            /**
             * @param {import('webpack').ChunkGroup} group
             * @param {boolean} asked whether an on-demand import lies on the way here
             */
            const visit = (group, asked) => {
              for (const child of group.childrenIterable) {
                const childAsked = asked || ON_DEMAND.test(child.name ?? '');
                // Visit again only when this way makes the group count as opening.
                if (seen.has(child) && (seen.get(child) === false || childAsked)) continue;
                seen.set(child, childAsked);
                for (const file of child.getFiles()) {
                  if (file.endsWith('.js') && !initial.has(file)) (childAsked ? onDemand : open).add(file);
                }
                visit(child, childAsked);
              }
            };
            visit(entry, false);
            for (const file of open) onDemand.delete(file);
            pages[page.file] = {
              initial: [...initial],
              open: [...open].sort(),
              onDemand: [...onDemand].sort(),
            };
          }
          compilation.emitAsset(
            'bundle-manifest.json',
            new sources.RawSource(`${JSON.stringify({ pages }, null, 2)}\n`),
          );
        },
      );
    });
  }
}

module.exports = { BundleManifestPlugin };
