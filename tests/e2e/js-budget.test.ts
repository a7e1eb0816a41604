import { attributePage, attributeScript, pageOpenFiles } from '../../scripts/js-attribution';
import { BUDGET, formatPageJs, measurePageJs, openWithSignInKb, type PageJs } from '../../scripts/js-budget';
import { DIST_DIR } from './chromium';

/**
 * The JavaScript budget of the production build (gzip): ≤ 140 KB before first paint and ≤ 270 KB
 * to open, on every page. Microsoft's sign-in library (MSAL, about 70 KB) comes on top on the pages
 * that sign in to Microsoft 365 and has a ceiling of its own, so an upgrade that grows it is seen.
 * It holds the standard browser flows too (redirect sign-in for a tab opened in a browser, and the
 * popup's redirect bridge), not only nested app authentication.
 */
const SIGN_IN_CEILING_KB = 80;

/**
 * Everything a page needs to open, sign-in included, is held to the budget (270 KB) where it is
 * met; the pages that sign in to Microsoft 365 are not there yet (docs/performance.md says what
 * they carry) and may not grow past what they open with today.
 */
const OPEN_WITH_SIGN_IN_CEILING_KB: Record<string, number> = {
  'outlook.html': 308,
  'channel.html': 305,
  'personal.html': 293,
};

/** Every page webpack.config.js builds. */
const PAGES = [
  'index.html',
  'teams.html',
  'taskpane.html',
  'outlook.html',
  'auth-dialog.html',
  'auth-redirect.html',
  'teams-auth.html',
  'personal.html',
  'channel.html',
  'config.html',
];

let pages: PageJs[];

beforeAll(() => {
  pages = measurePageJs(DIST_DIR);
  console.log(`JavaScript per page (gzip):\n${formatPageJs(pages)}`);
});

describe('the JavaScript budget', () => {
  it('measures every page of the build', () => {
    expect(pages.map((p) => p.page).sort()).toEqual([...PAGES].sort());
  });

  it.each(PAGES)('%s paints first with ≤ 140 KB and opens with ≤ 270 KB', (name) => {
    const page = pages.find((p) => p.page === name);
    expect(page).toBeDefined();
    if (page === undefined) return;
    // Something real must paint first: an empty first paint would make the budget meaningless.
    expect(page.firstPaintKb).toBeGreaterThan(50);
    const over = [
      page.firstPaintKb > BUDGET.firstPaintKb &&
        `${page.firstPaintKb.toFixed(1)} KB before first paint (budget ${BUDGET.firstPaintKb} KB)`,
      page.openKb > BUDGET.openKb && `${page.openKb.toFixed(1)} KB to open (budget ${BUDGET.openKb} KB)`,
    ].filter(Boolean);
    expect(over).toEqual([]);
  });

  it.each(PAGES)('%s opens, sign-in included, within the budget or its ceiling', (name) => {
    const page = pages.find((p) => p.page === name);
    expect(page).toBeDefined();
    if (page === undefined) return;
    expect(openWithSignInKb(page)).toBeLessThanOrEqual(OPEN_WITH_SIGN_IN_CEILING_KB[name] ?? BUDGET.openKb);
  });

  it("accounts for every page's opening JavaScript by package, from the build's source maps", () => {
    for (const name of ['outlook.html', 'channel.html', 'config.html']) {
      const page = pages.find((p) => p.page === name);
      expect(page).toBeDefined();
      if (page === undefined) return;
      const parts = attributePage(DIST_DIR, name);
      const total = parts.reduce((sum, part) => sum + part.kb, 0);
      expect(Math.abs(total - openWithSignInKb(page))).toBeLessThan(0.1);
      // The maps name the packages: React is there on every page with a surface.
      expect(parts.find((part) => part.pkg === 'react-dom')?.kb).toBeGreaterThan(20);
    }
  });

  it("opens every page with zod/mini's schemas only: one import of full zod would bring 16 KB back", () => {
    const scripts = [...new Set(PAGES.flatMap((name) => pageOpenFiles(DIST_DIR, name)))];
    const sources = scripts.flatMap((file) => [...attributeScript(DIST_DIR, file, true).parts.keys()]);
    expect(sources.filter((source) => source.includes('node_modules/zod/v4/classic/'))).toEqual([]);
    // The check sees zod where it is: the pages that read Graph parse with it.
    expect(sources.some((source) => source.includes('node_modules/zod/v4/mini/'))).toBe(true);
  });

  it('keeps Microsoft sign-in to the pages that sign in, under its own ceiling', () => {
    const signingIn = pages.filter((p) => p.signInKb > 0).map((p) => p.page);
    expect(signingIn.sort()).toEqual(['channel.html', 'outlook.html', 'personal.html']);
    for (const page of pages) expect(page.signInKb).toBeLessThanOrEqual(SIGN_IN_CEILING_KB);
  });
});
