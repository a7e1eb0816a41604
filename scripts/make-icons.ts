/**
 * Renders assets/icon.svg into the PNG icons the app package and the Outlook ribbon use, in
 * headless Chromium: `npm run icons`. The PNGs are committed; run this again after changing the SVG.
 *
 * - icon-16 … icon-128: the icon as drawn (rounded square, transparent corners) — ribbon buttons
 *   (16/32/80 and the other allowed sizes), the add-in's 64/128 alternate icons, and the 32 px
 *   colour icon Outlook and the Microsoft 365 app show when the app is pinned;
 * - color-192: Teams' full-bleed colour icon — a full square (Teams masks it) with the symbol inside
 *   the 120 × 120 safe area;
 * - outline-32: Teams' outline icon — the symbol alone, white on transparent, the window cut out.
 *
 * The symbol's straight edges are snapped to whole pixels at each size, symmetrically about the
 * centre, so small icons stay sharp instead of smearing walls and door across two pixels.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ASSETS = path.resolve(__dirname, '../assets');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Add-in icon sizes: every size the ribbon allows, plus 128 for the high-resolution alternate. */
export const ADDIN_ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128] as const;

type Point = { x: number; y: number };

/** What make-icons needs from icon.svg: a background square, a symbol polygon, a round window. */
export type IconDesign = {
  size: number;
  background: { fill: string; rx: number };
  symbol: { fill: string; points: Point[] };
  window: { fill: string; cx: number; cy: number; r: number };
};

function attribute(element: string, name: string): string {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  if (match?.[1] === undefined) throw new Error(`icon.svg: <${element.slice(1, 7)}…> has no ${name}`);
  return match[1];
}

function element(svg: string, tag: string): string {
  const match = new RegExp(`<${tag}\\b[^>]*>`).exec(svg);
  if (match === null) throw new Error(`icon.svg: expected one <${tag}>`);
  return match[0];
}

/** The absolute points of a path made of straight lines only (M, L, H, V, Z, absolute or relative). */
export function polygonFromPath(d: string): Point[] {
  const tokens = d.match(/[A-Za-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const points: Point[] = [];
  let command = '';
  let x = 0;
  let y = 0;
  let i = 0;
  const next = (): number => {
    const token = tokens[i++];
    if (token === undefined || Number.isNaN(Number(token))) throw new Error(`icon.svg: bad path "${d}"`);
    return Number(token);
  };
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (/^[A-Za-z]$/.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') continue;
    }
    switch (command) {
      case 'M':
      case 'L':
        x = next();
        y = next();
        break;
      case 'm':
      case 'l':
        x += next();
        y += next();
        break;
      case 'H':
        x = next();
        break;
      case 'h':
        x += next();
        break;
      case 'V':
        y = next();
        break;
      case 'v':
        y += next();
        break;
      default:
        throw new Error(`icon.svg: the symbol must be straight lines (M L H V Z), found "${command}"`);
    }
    // After a moveto, further coordinate pairs are linetos.
    if (command === 'M') command = 'L';
    if (command === 'm') command = 'l';
    points.push({ x, y });
  }
  return points;
}

export function readDesign(svg: string): IconDesign {
  const root = element(svg, 'svg');
  const viewBox = attribute(root, 'viewBox')
    .split(/[\s,]+/)
    .map(Number);
  const size = viewBox[2];
  if (
    viewBox.length !== 4 ||
    size === undefined ||
    size !== viewBox[3] ||
    viewBox[0] !== 0 ||
    viewBox[1] !== 0
  )
    throw new Error('icon.svg: the viewBox must be a square starting at 0 0');
  const rect = element(svg, 'rect');
  const symbol = element(svg, 'path');
  const circle = element(svg, 'circle');
  return {
    size,
    background: { fill: attribute(rect, 'fill'), rx: Number(attribute(rect, 'rx')) },
    symbol: { fill: attribute(symbol, 'fill'), points: polygonFromPath(attribute(symbol, 'd')) },
    window: {
      fill: attribute(circle, 'fill'),
      cx: Number(attribute(circle, 'cx')),
      cy: Number(attribute(circle, 'cy')),
      r: Number(attribute(circle, 'r')),
    },
  };
}

type Variant = {
  /** Output size in pixels. */
  size: number;
  /** Symbol scale from design units to pixels. */
  scale: number;
  background: 'rounded' | 'square' | 'none';
  /** White symbol with the window cut out (Teams' outline icon). */
  outline: boolean;
};

/** One icon as an SVG of exactly `size` pixels, the symbol's vertices snapped to the pixel grid. */
export function renderSvg(design: IconDesign, variant: Variant): string {
  const { size, scale } = variant;
  const centre = design.size / 2;
  const middle = size / 2;
  // Symmetric snapping about the vertical axis; plain rounding vertically.
  const sx = (x: number): number => middle + Math.sign(x - centre) * Math.round(Math.abs(x - centre) * scale);
  const sy = (y: number): number => Math.round(middle + (y - centre) * scale);
  const polygon = design.symbol.points.map((p) => `${sx(p.x)} ${sy(p.y)}`).join(' L');
  const w = design.window;
  const cx = middle + (w.cx - centre) * scale;
  const cy = middle + (w.cy - centre) * scale;
  const r = w.r * scale;
  // Below about 4 px a circle is only a smudge: a whole-pixel square window reads better.
  const side = r < 1.75 ? 2 : 4;
  const top = Math.round(cy) - side / 2;
  const left = Math.round(cx) - side / 2;
  const windowPath =
    r < 2
      ? `M${left} ${top}h${side}v${side}h${-side}Z`
      : `M${cx + r} ${cy}a${r} ${r} 0 1 1 ${-2 * r} 0a${r} ${r} 0 1 1 ${2 * r} 0Z`;
  const parts: string[] = [];
  if (variant.background !== 'none') {
    const rx = variant.background === 'rounded' ? design.background.rx * (size / design.size) : 0;
    parts.push(`<rect width="${size}" height="${size}" rx="${rx}" fill="${design.background.fill}"/>`);
  }
  if (variant.outline) {
    parts.push(`<path d="M${polygon}Z${windowPath}" fill="#fff" fill-rule="evenodd"/>`);
  } else {
    parts.push(`<path d="M${polygon}Z" fill="${design.symbol.fill}"/>`);
    parts.push(`<path d="${windowPath}" fill="${w.fill}"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">${parts.join('')}</svg>`;
}

/** Every PNG make-icons writes, by file name. */
export function iconVariants(design: IconDesign): Map<string, Variant> {
  const variants = new Map<string, Variant>();
  for (const size of ADDIN_ICON_SIZES) {
    variants.set(`icon-${size}.png`, {
      size,
      scale: size / design.size,
      background: 'rounded',
      outline: false,
    });
  }
  // Symbol about 100 px wide: well inside the 120 × 120 safe area of the 192 px colour icon.
  variants.set('color-192.png', { size: 192, scale: 2.5, background: 'square', outline: false });
  // Symbol about 26 px wide on 32: the app bar shows it small; a little air keeps the roof clear.
  variants.set('outline-32.png', { size: 32, scale: 0.65, background: 'none', outline: true });
  return variants;
}

async function main(): Promise<void> {
  const design = readDesign(readFileSync(path.join(ASSETS, 'icon.svg'), 'utf8'));
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const [file, variant] of iconVariants(design)) {
      await page.setViewportSize({ width: variant.size, height: variant.size });
      await page.setContent(
        `<!doctype html><html><body style="margin:0">${renderSvg(design, variant)}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: variant.size, height: variant.size },
      });
      writeFileSync(path.join(ASSETS, file), png);
      console.log(`assets/${file} (${variant.size}×${variant.size})`);
    }
  } finally {
    await browser.close();
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
