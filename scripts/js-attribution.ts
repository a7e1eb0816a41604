/**
 * What the JavaScript a page opens with is made of: each script of the production build, split by
 * its source map into the packages (and Home Turf's own folders) its bytes come from, in gzip KB.
 *
 *   npx tsx scripts/js-attribution.ts [page.html …] [--chunks] [--files] [--top N]
 *
 * (`--chunks`: each script's largest parts too; `--files`: by source file instead of package)
 *
 * reads `dist/` (HOME_TURF_DIST elsewhere) and the maps the build writes beside it
 * (`dist-source-maps/`, scripts/webpack/source-maps-aside.js). A script's bytes are given to the
 * source file each mapping points at, up to the next mapping; bytes no mapping covers (webpack's
 * module wrappers) are webpack's. gzip compresses across modules, so each package's share of a
 * script is its bytes gzipped on their own, scaled so the shares add up to the script's gzip size
 * (level 6, as scripts/js-budget.ts measures it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type RawSourceMap } from 'source-map';

/** Where the build writes its maps (the plugin that moves them there says). */
const { sourceMapsDir } = createRequire(__filename)('./webpack/source-maps-aside.js') as {
  sourceMapsDir: (outputPath: string) => string;
};

type Manifest = { pages: Record<string, { initial: string[]; open: string[]; onDemand: string[] }> };

/** gzip KB of each part of one script, by package. */
export type ScriptParts = { file: string; gzipKb: number; parts: Map<string, number> };

const WEBPACK = '(webpack runtime and module wrappers)';

/** `node_modules/@scope/name/…` → `@scope/name`; Home Turf's own files by their first two folders. */
export function packageOf(source: string): string {
  const file = sourceFile(source);
  // The dependency Home Turf installs, also for what it bundles inside (teams-js ships its own `debug`).
  const modules = file.indexOf('node_modules/');
  if (modules >= 0) {
    const [first, second] = file.slice(modules + 'node_modules/'.length).split('/');
    return first?.startsWith('@') === true ? `${first}/${second}` : (first ?? file);
  }
  if (file.startsWith('webpack/')) return WEBPACK;
  const folders = file.split('/');
  return folders.length > 3 ? `${folders.slice(0, 3).join('/')}/` : file;
}

const gzipBytes = (text: string) => gzipSync(Buffer.from(text), { level: 6 }).length;

/** A source file as the map names it, without webpack's prefix. */
const sourceFile = (source: string) => source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^\.\//, '');

/** One script of the build split by package (or, `byFile`, by source file). */
export function attributeScript(dist: string, file: string, byFile = false): ScriptParts {
  const code = readFileSync(path.join(dist, file), 'utf8');
  const total = gzipBytes(code) / 1024;
  const mapFile = path.join(sourceMapsDir(dist), `${file}.map`);
  const parts = new Map<string, number>();
  if (!existsSync(mapFile)) {
    parts.set('(no source map)', total);
    return { file, gzipKb: total, parts };
  }
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap;
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const lineStarts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    lineStarts.push(offset);
    offset += line.length + 1;
  }
  // Generated offsets in order, each with the package of its source.
  const marks: { at: number; pkg: string }[] = [];
  consumer.eachMapping(
    (m) => {
      // A mapping with no original position is webpack's (source-map's types say it always has one).
      const original = m.originalLine as number | null;
      marks.push({
        at: (lineStarts[m.generatedLine - 1] ?? 0) + m.generatedColumn,
        pkg: original === null ? WEBPACK : byFile ? sourceFile(m.source) : packageOf(m.source),
      });
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const text = new Map<string, string[]>();
  const take = (pkg: string, from: number, to: number) => {
    if (to <= from) return;
    const list = text.get(pkg) ?? [];
    list.push(code.slice(from, to));
    text.set(pkg, list);
  };
  take(WEBPACK, 0, marks[0]?.at ?? code.length);
  marks.forEach((mark, i) => take(mark.pkg, mark.at, marks[i + 1]?.at ?? code.length));
  const alone = new Map([...text].map(([pkg, pieces]) => [pkg, gzipBytes(pieces.join(''))]));
  const sum = [...alone.values()].reduce((a, b) => a + b, 0);
  for (const [pkg, bytes] of alone) parts.set(pkg, (bytes / sum) * total);
  return { file, gzipKb: total, parts };
}

/** What a page opens with (its script tags and what it then loads to open, sign-in included). */
export function pageOpenFiles(dist: string, page: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'bundle-manifest.json'), 'utf8')) as Manifest;
  const files = manifest.pages[page];
  if (files === undefined) throw new Error(`The build has no page ${page}.`);
  return [...files.initial, ...files.open];
}

/** Every package's gzip KB in a page's opening scripts, largest first. */
export function attributePage(dist: string, page: string, byFile = false): { pkg: string; kb: number }[] {
  const sums = new Map<string, number>();
  for (const file of pageOpenFiles(dist, page)) {
    for (const [pkg, kb] of attributeScript(dist, file, byFile).parts)
      sums.set(pkg, (sums.get(pkg) ?? 0) + kb);
  }
  return [...sums].map(([pkg, kb]) => ({ pkg, kb })).sort((a, b) => b.kb - a.kb);
}

/** The largest parts of each page's opening JavaScript, side by side. */
export function formatAttribution(dist: string, pages: readonly string[], top = 15): string {
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  const columns = pages.map((page) => attributePage(dist, page));
  const lines = [
    `| ${pages.map((p) => `${p} | gzip`).join(' | ')} |`,
    `|${'---|---:|'.repeat(pages.length)}`,
  ];
  for (let i = 0; i < top; i++) {
    const cells = columns.map((rows) => {
      const row = rows[i];
      return row === undefined ? ' | ' : `${row.pkg} | ${kb(row.kb)}`;
    });
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const rest = (rows: { kb: number }[]) => rows.slice(top).reduce((a, r) => a + r.kb, 0);
  lines.push(`| ${columns.map((rows) => `${rows.length - top} more | ${kb(rest(rows))}`).join(' | ')} |`);
  return lines.join('\n');
}

function main(argv: string[]): void {
  const dist = path.resolve(process.env.HOME_TURF_DIST ?? 'dist');
  const chunks = argv.includes('--chunks');
  const byFile = argv.includes('--files');
  const topAt = argv.indexOf('--top');
  const top = topAt >= 0 ? Number(argv[topAt + 1]) : 40;
  const named = argv.filter((a, i) => a.endsWith('.html') && argv[i - 1] !== '--top');
  const manifest = JSON.parse(readFileSync(path.join(dist, 'bundle-manifest.json'), 'utf8')) as Manifest;
  const pages = named.length > 0 ? named : Object.keys(manifest.pages);
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  for (const page of pages) {
    const rows = attributePage(dist, page, byFile);
    const total = rows.reduce((a, r) => a + r.kb, 0);
    console.log(`\n## ${page}: ${kb(total)} gzip to open, sign-in included\n`);
    console.log('| package | gzip |\n|---|---:|');
    for (const row of rows.slice(0, top)) console.log(`| ${row.pkg} | ${kb(row.kb)} |`);
    if (rows.length > top) {
      const rest = rows.slice(top).reduce((a, r) => a + r.kb, 0);
      console.log(`| ${rows.length - top} more | ${kb(rest)} |`);
    }
    if (!chunks) continue;
    console.log('\n| script | gzip | largest parts |\n|---|---:|---|');
    for (const file of pageOpenFiles(dist, page)) {
      const script = attributeScript(dist, file);
      const largest = [...script.parts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([pkg, n]) => `${pkg} ${kb(n)}`)
        .join(', ');
      console.log(`| ${file} | ${kb(script.gzipKb)} | ${largest} |`);
    }
  }
}

if (require.main === module) main(process.argv.slice(2));
