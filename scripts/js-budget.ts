/**
 * The JavaScript each page of the build loads, gzipped, against the budget in the design:
 * ≤ 140 KB before first paint, ≤ 270 KB to open the page. Read from `bundle-manifest.json`, which
 * the build writes (scripts/webpack/bundle-manifest-plugin.js). Used by the budget test and by
 * `npm run bench`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUDGET = { firstPaintKb: 140, openKb: 270 } as const;

/** Microsoft's sign-in library: webpack puts it in a chunk of its own named `msal`. */
const SIGN_IN_LIBRARY = /^msal\.[0-9a-f]+\.js$/;

export type PageJs = {
  page: string;
  /** Before first paint: the page's own script tags. */
  firstPaintKb: number;
  /** First paint plus what the page loads on its own to open, sign-in library aside. */
  openKb: number;
  /** Microsoft's sign-in library, on pages that sign in to Microsoft 365 (0 elsewhere). */
  signInKb: number;
  /** Only when the user asks: the note form, the team's editors, fallbacks. */
  onDemandKb: number;
};

type Manifest = { pages: Record<string, { initial: string[]; open: string[]; onDemand: string[] }> };

/** gzip at the level web servers use by default (6), in KB. */
function gzipKb(dist: string, files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(path.join(dist, file)), { level: 6 }).length;
  return bytes / 1024;
}

/** Every page of the build in `dist`, measured. */
export function measurePageJs(dist: string): PageJs[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'bundle-manifest.json'), 'utf8')) as Manifest;
  return Object.entries(manifest.pages).map(([page, files]) => {
    const signIn = files.open.filter((f) => SIGN_IN_LIBRARY.test(f));
    return {
      page,
      firstPaintKb: gzipKb(dist, files.initial),
      openKb: gzipKb(dist, [...files.initial, ...files.open.filter((f) => !SIGN_IN_LIBRARY.test(f))]),
      signInKb: gzipKb(dist, signIn),
      onDemandKb: gzipKb(dist, files.onDemand),
    };
  });
}

/** Everything the page needs to open, Microsoft's sign-in library included. */
export const openWithSignInKb = (page: PageJs): number => page.openKb + page.signInKb;

/** A Markdown table of the figures, with the budget. */
export function formatPageJs(pages: readonly PageJs[]): string {
  const kb = (n: number) => `${n.toFixed(1)} KB`;
  return [
    `| page | before first paint (≤ ${BUDGET.firstPaintKb} KB) | to open (≤ ${BUDGET.openKb} KB) | + sign-in library | to open with sign-in | on demand |`,
    '|---|---:|---:|---:|---:|---:|',
    ...pages.map(
      (p) =>
        `| ${p.page} | ${kb(p.firstPaintKb)} | ${kb(p.openKb)} | ${p.signInKb > 0 ? kb(p.signInKb) : '—'} | ${kb(openWithSignInKb(p))} | ${p.onDemandKb > 0 ? kb(p.onDemandKb) : '—'} |`,
    ),
  ].join('\n');
}
