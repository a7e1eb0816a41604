import { readdirSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { DIST_DIR, realErrors, watchForErrors } from './chromium';
import { EVIL_HOST } from './hostile-corpus';

/**
 * What the hostile-input run watches and inspects: the signs that a payload ran, navigated, loaded
 * something or covered the page, as a user (or an attacker) would notice them.
 */

/** Everything a page did that it must not, recorded from the moment it opened. */
export type Watch = {
  dialogs: string[];
  navigations: string[];
  evilRequests: string[];
  popups: string[];
  errors: string[];
  /** Navigations seen up to the last `settle()`: the page's own loading. */
  expectedNavigations: number;
  settle(): void;
};

export function watchPage(page: Page): Watch {
  const watch: Watch = {
    dialogs: [],
    navigations: [],
    evilRequests: [],
    popups: [],
    errors: watchForErrors(page),
    expectedNavigations: 0,
    settle() {
      watch.expectedNavigations = watch.navigations.length;
    },
  };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('framenavigated', (frame) => {
    watch.navigations.push(`${frame === page.mainFrame() ? 'page' : 'frame'} → ${frame.url()}`);
  });
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith(EVIL_HOST)) watch.evilRequests.push(request.url());
  });
  page.on('popup', (popup) => {
    watch.popups.push(popup.url());
  });
  return watch;
}

/** The signs of execution and escape a watch holds beyond what the page did to load. */
export function watchFindings(watch: Watch): string[] {
  return [
    ...watch.dialogs.map((d) => `dialog ${d}`),
    ...watch.navigations.slice(watch.expectedNavigations).map((n) => `navigation ${n}`),
    ...watch.evilRequests.map((r) => `request to ${r}`),
    ...watch.popups.map((p) => `popup ${p}`),
    ...realErrors(watch.errors),
  ];
}

/** The app's own scripts: every script element in a page must be one of these files. */
const BUNDLES: readonly string[] = readdirSync(DIST_DIR).filter((f) => f.endsWith('.js'));

/** Whether script ran in any frame of the page: payloads set `__pwned` on their window or their parent's. */
export async function pwnedFrames(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const frame of page.frames()) {
    const pwned = await frame
      .evaluate(() => (window as { __pwned?: unknown }).__pwned)
      .catch(() => undefined);
    if (pwned !== undefined) found.push(`__pwned=${JSON.stringify(pwned)} in ${frame.url()}`);
  }
  return found;
}

/**
 * Inspects one document of the app: scripts that are not the app's bundles, frames, objects and
 * embeds, `on*` attributes, URL attributes with a `javascript:`, `data:` or `vbscript:` scheme,
 * elements a sanitised agenda must not hold, a `<base>`, and whether the element `visible` names is
 * shown and on top at its centre (nothing hid it or laid itself over it), and whether the page
 * scrolls sideways. Both lists are empty when all is well.
 */
export function inspectDocument(
  frame: Frame,
  visible: string,
): Promise<{ escapes: string[]; layout: string[] }> {
  return frame.evaluate(
    ({ bundles, visible }) => {
      const findings: string[] = [];
      const layout: string[] = [];
      const describe = (el: Element) => `<${el.tagName.toLowerCase()}>`;
      for (const script of document.querySelectorAll('script')) {
        const src = script.getAttribute('src');
        const file = src === null ? null : new URL(src, location.href).pathname.replace(/^\//, '');
        if (file === null || !bundles.includes(file) || script.textContent.trim() !== '') {
          findings.push(`script ${src ?? script.textContent.slice(0, 60)}`);
        }
      }
      for (const el of document.querySelectorAll('iframe, frame, object, embed, applet, portal')) {
        findings.push(`${describe(el)} in the page`);
      }
      if (document.querySelector('base') !== null) findings.push('<base> in the page');
      if (new URL(document.baseURI).origin !== location.origin) findings.push(`base URI ${document.baseURI}`);
      const urlAttributes = new Set([
        'href',
        'xlink:href',
        'src',
        'srcset',
        'action',
        'formaction',
        'data',
        'poster',
        'background',
        'ping',
        'srcdoc',
      ]);
      for (const el of document.body.querySelectorAll('*')) {
        for (const attribute of el.attributes) {
          const name = attribute.name.toLowerCase();
          if (name.startsWith('on')) findings.push(`${name} on ${describe(el)}`);
          // Browsers ignore whitespace and control characters in a scheme, so the check does too.
          let value = '';
          for (let i = 0; i < attribute.value.length; i++) {
            if (attribute.value.charCodeAt(i) > 0x20) value += attribute.value.charAt(i).toLowerCase();
          }
          if (urlAttributes.has(name) && /^(javascript|data|vbscript):/.test(value)) {
            findings.push(`${name}="${attribute.value.slice(0, 40)}" on ${describe(el)}`);
          }
        }
      }
      for (const el of document.querySelectorAll(
        '[aria-label="Meeting agenda"] :is(script, style, link, meta, form, input, button, textarea, select, svg, math, video, audio, source, template)',
      )) {
        findings.push(`${describe(el)} in the agenda`);
      }
      for (const link of document.querySelectorAll('[aria-label="Meeting agenda"] a[href]')) {
        const rel = link.getAttribute('rel') ?? '';
        if (link.getAttribute('target') !== '_blank' || !rel.includes('noopener')) {
          findings.push(`agenda link without target=_blank rel=noopener: ${link.outerHTML.slice(0, 80)}`);
        }
        if (!/^(https:|http:|mailto:)/i.test(link.getAttribute('href') ?? '')) {
          findings.push(`agenda link to ${link.getAttribute('href') ?? ''}`);
        }
      }
      const target = document.querySelector(visible);
      if (target === null) {
        layout.push(`nothing matches ${visible}`);
      } else {
        target.scrollIntoView({ block: 'center' });
        const box = target.getBoundingClientRect();
        const style = getComputedStyle(target);
        if (box.width === 0 || box.height === 0 || style.visibility !== 'visible') {
          layout.push(`${visible} is not visible`);
        }
        // The centre of the part on screen: a long card is taller than the viewport.
        const x = (Math.max(box.left, 0) + Math.min(box.right, innerWidth)) / 2;
        const y = (Math.max(box.top, 0) + Math.min(box.bottom, innerHeight)) / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit === null || !target.contains(hit)) {
          layout.push(
            `${visible} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit === null ? 'nothing' : describe(hit)}`,
          );
        }
      }
      if (document.documentElement.scrollWidth > document.documentElement.clientWidth + 1) {
        layout.push(
          `the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in ${document.documentElement.clientWidth}px`,
        );
      }
      return { escapes: findings, layout };
    },
    { bundles: BUNDLES, visible },
  );
}
