// @ts-check
/**
 * Writes `bundle-manifest.json` next to the build: for each page, the JavaScript it loads before
 * first paint (the entry's own chunks, in its script tags) and every chunk it may load later
 * (lazy surfaces, sign-in, workers, forms opened on demand). The JavaScript budget test and
 * `npm run bench` read it.
 */
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
          /** @type {Record<string, { initial: string[]; later: string[] }>} */
          const pages = {};
          for (const page of this.pages) {
            const entry = compilation.entrypoints.get(page.name);
            if (entry === undefined) continue;
            const initial = new Set(entry.getFiles().filter((f) => f.endsWith('.js')));
            /** @type {Set<string>} */
            const later = new Set();
            const seen = new Set();
            /** @param {import('webpack').ChunkGroup} group */
            const visit = (group) => {
              for (const child of group.childrenIterable) {
                if (seen.has(child)) continue;
                seen.add(child);
                for (const file of child.getFiles()) {
                  if (file.endsWith('.js') && !initial.has(file)) later.add(file);
                }
                visit(child);
              }
            };
            visit(entry);
            pages[page.file] = { initial: [...initial], later: [...later].sort() };
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
