import { readFileSync } from 'node:fs';
import { iconVariants, polygonFromPath, readDesign, renderSvg } from '../../../scripts/make-icons';
import { ASSETS_DIR } from '../../../scripts/validate-manifest';
import { readTemplate } from './manifest-helpers';

const design = readDesign(readFileSync(`${ASSETS_DIR}/icon.svg`, 'utf8'));

describe('make-icons', () => {
  it('reads the house from icon.svg: background, outline and window', () => {
    expect(design.size).toBe(64);
    expect(design.background).toEqual({ fill: '#0f6cbd', rx: 14 });
    expect(design.symbol.points[0]).toEqual({ x: 32, y: 13 });
    expect(design.symbol.points).toContainEqual({ x: 26, y: 39 });
    expect(design.window).toEqual({ fill: '#0f6cbd', cx: 32, cy: 29, r: 5 });
  });

  it('follows relative and absolute straight-line commands, and refuses curves', () => {
    expect(polygonFromPath('M1 2 3 4h5V10l-1 1z')).toEqual([
      { x: 1, y: 2 },
      { x: 3, y: 4 },
      { x: 8, y: 4 },
      { x: 8, y: 10 },
      { x: 7, y: 11 },
    ]);
    expect(() => polygonFromPath('M0 0C1 1 2 2 3 3')).toThrow(/straight lines/);
  });

  it.each([...iconVariants(design)])(
    '%s: the house sits on whole pixels, symmetric about the centre',
    (_file, variant) => {
      const svg = renderSvg(design, variant);
      expect(svg).toContain(`width="${variant.size}" height="${variant.size}"`);
      const d = /<path d="M([^Za]*)Z/.exec(svg)?.[1] ?? '';
      const points = d.split(' L').map((pair) => pair.split(' ').map(Number));
      expect(points).toHaveLength(design.symbol.points.length);
      for (const [x = NaN, y = NaN] of points) {
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true);
      }
      const xs = points.map(([x = 0]) => x - variant.size / 2);
      expect([...xs].sort((a, b) => a - b)).toEqual(
        [...xs].map((x) => (x === 0 ? 0 : -x)).sort((a, b) => a - b),
      );
    },
  );

  it('makes every icon file the manifest names', () => {
    const named = JSON.stringify(readTemplate()).match(/[\w-]+\.png/g) ?? [];
    expect(named.length).toBeGreaterThan(5);
    const made = [...iconVariants(design).keys()];
    for (const file of named) expect(made).toContain(file);
  });
});
