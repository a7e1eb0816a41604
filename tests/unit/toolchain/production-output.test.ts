import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The plugins that make the production output fit to ship (scripts/webpack/), each run by webpack
 * on a one-page fixture: source maps out of the output, and no script cached a year unless its
 * name changes with its content.
 */
const ROOT = path.resolve(__dirname, '../../..');
const plugin = (file: string) => JSON.stringify(path.join(ROOT, 'scripts/webpack', file));

let dir: string;

/** Builds the fixture with `filename`; the exit status, webpack's output and the output folder. */
function build(filename: string): { status: number | null; log: string; out: string } {
  const out = path.join(dir, 'dist');
  writeFileSync(
    path.join(dir, 'webpack.config.js'),
    `const { SourceMapsAsidePlugin } = require(${plugin('source-maps-aside.js')});
const { StaticWebAppConfigPlugin } = require(${plugin('static-web-app-config-plugin.js')});
module.exports = {
  mode: 'production',
  context: ${JSON.stringify(dir)},
  entry: { page: './src/page.js' },
  output: { path: ${JSON.stringify(out)}, filename: ${JSON.stringify(filename)} },
  devtool: 'hidden-source-map',
  plugins: [new SourceMapsAsidePlugin(), new StaticWebAppConfigPlugin({ hashedScripts: true })],
};
`,
  );
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/webpack-cli/bin/cli.js'), '--config', path.join(dir, 'webpack.config.js')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, log: `${result.stdout}${result.stderr}`, out };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'production-output-'));
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/page.js'), 'document.title = String(Date.now());\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the production output', () => {
  it('ships no source map and no link to one, and keeps the maps beside it', () => {
    const { status, log, out } = build('[name].[contenthash:8].js');
    expect({ status, log }).toMatchObject({ status: 0 });
    const shipped = readdirSync(out);
    const scripts = shipped.filter((f) => f.endsWith('.js'));
    expect(scripts).toHaveLength(1);
    expect(shipped.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(readFileSync(path.join(out, scripts[0]!), 'utf8')).not.toMatch(/sourceMappingURL/);
    const maps = readdirSync(`${out}-source-maps`);
    expect(maps).toEqual([`${scripts[0]}.map`]);
    expect(JSON.parse(readFileSync(path.join(`${out}-source-maps`, maps[0]!), 'utf8'))).toMatchObject({
      file: scripts[0],
      sources: [expect.stringContaining('page.js')],
    });
  });

  it('caches scripts a year and everything else only until it changes', () => {
    const { status, out } = build('[name].[contenthash:8].js');
    expect(status).toBe(0);
    const config = JSON.parse(readFileSync(path.join(out, 'staticwebapp.config.json'), 'utf8')) as unknown;
    expect(config).toMatchObject({
      routes: [{ route: '/*.js', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } }],
      globalHeaders: { 'Cache-Control': 'no-cache' },
    });
  });

  it('refuses a script whose name does not change with its content', () => {
    const { status, log, out } = build('[name].js');
    expect(status).not.toBe(0);
    expect(log).toMatch(/without a content hash in their name.*page\.js/);
    expect(existsSync(path.join(out, 'page.js'))).toBe(false);
  });
});
