import type { Frame } from 'playwright-core';

/**
 * What is wrong with the layout of one document as a user sees it, said in words; empty when all
 * is well:
 * - the page scrolls sideways;
 * - a control or a piece of text lies partly outside the viewport's width (drawn off the edge);
 * - a control is clipped by a box that hides its overflow (a cut-off button, a label cut mid-word
 *   without an ellipsis);
 * - a control is covered at its centre by something that is not part of it (one control drawn
 *   over another, a tooltip or popup left over it).
 * `within` limits the check to one part of the page (a CSS selector).
 * Elements hidden for screen readers only (clipped to a pixel) and elements inside a region that
 * is meant to scroll on its own, vertically, are judged as the user would see them.
 */
export function inspectLayout(frame: Frame, within = 'body'): Promise<string[]> {
  return frame.evaluate((within) => {
    const root = document.querySelector(within);
    if (root === null) return [`nothing matches ${within}`];
    const findings: string[] = [];
    const width = document.documentElement.clientWidth;
    const name = (el: Element): string => {
      const label =
        el.getAttribute('aria-label') ??
        (el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : null) ??
        el.textContent;
      const text = label.replace(/\s+/g, ' ').trim().slice(0, 50);
      return `<${el.tagName.toLowerCase()}${el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : ''}> "${text}"`;
    };
    const shown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) return false;
      for (let at: Element | null = el; at !== null; at = at.parentElement) {
        const style = getComputedStyle(at);
        // Fluent draws a checkbox's or radio's indicator under its transparent native input.
        const transparentInput = at === el && el.tagName === 'INPUT' && style.opacity === '0';
        if (
          style.display === 'none' ||
          style.visibility === 'hidden' ||
          (style.opacity === '0' && !transparentInput)
        ) {
          return false;
        }
        if (style.clipPath !== 'none' || style.getPropertyValue('clip').startsWith('rect')) return false;
      }
      return true;
    };
    if (within === 'body' && document.documentElement.scrollWidth > width + 1) {
      findings.push(
        `the page scrolls sideways: ${document.documentElement.scrollWidth}px wide in ${width}px`,
      );
    }
    const controls = [
      ...root.querySelectorAll(
        'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=checkbox], [role=radio], [role=switch], [role=tab], [role=combobox], [role=menuitem]',
      ),
    ].filter(shown);
    // Elements that draw text of their own.
    const texts = [...root.querySelectorAll('*')].filter(
      (el) =>
        [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
        ) && shown(el),
    );
    const seen = new Set<string>();
    const report = (finding: string) => {
      if (!seen.has(finding)) findings.push(finding);
      seen.add(finding);
    };
    for (const el of [...controls, ...texts]) {
      const box = el.getBoundingClientRect();
      if (box.left < -1 || box.right > width + 1) {
        report(
          `${name(el)} is drawn off the edge (${Math.round(box.left)}–${Math.round(box.right)}px of ${width}px)`,
        );
        continue;
      }
      for (let at = el.parentElement; at !== null && at !== document.body; at = at.parentElement) {
        const style = getComputedStyle(at);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const outer = at.getBoundingClientRect();
        const cut =
          (style.overflowX !== 'visible' && (box.left < outer.left - 1 || box.right > outer.right + 1)) ||
          (style.overflowY === 'hidden' || style.overflowY === 'clip'
            ? box.top < outer.top - 1 || box.bottom > outer.bottom + 1
            : false);
        if (cut) {
          report(`${name(el)} is clipped by its box <${at.tagName.toLowerCase()} class="${at.className}">`);
          break;
        }
      }
    }
    for (const el of texts) {
      const style = getComputedStyle(el);
      if (
        el.scrollWidth > el.clientWidth + 1 &&
        el.clientWidth > 0 &&
        (style.overflowX === 'hidden' || style.overflowX === 'clip') &&
        style.textOverflow !== 'ellipsis'
      ) {
        report(`${name(el)} is cut off without an ellipsis`);
      }
    }
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) {
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
      }
      const now = el.getBoundingClientRect();
      const x = now.left + now.width / 2;
      const y = now.top + now.height / 2;
      if (y < 0 || y > innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit === null) continue;
      const label = el instanceof HTMLInputElement ? [...(el.labels ?? [])] : [];
      const part = el.contains(hit) || hit.contains(el) || label.some((l) => l.contains(hit));
      // A control's own wrapper (Fluent's checkbox and switch draw the indicator beside the input).
      const sameControl = hit.closest('label, .fui-Checkbox, .fui-Switch, .fui-Radio')?.contains(el) ?? false;
      if (!part && !sameControl) report(`${name(el)} is covered at its centre by ${name(hit)}`);
    }
    window.scrollTo(0, 0);
    return findings;
  }, within);
}
