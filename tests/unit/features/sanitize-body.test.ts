/**
 * @jest-environment jest-fixed-jsdom
 */
import { sanitizeMeetingBody } from '../../../src/features/prep-card/sanitize-body';

const clean = (html: string, allowImages = false) => sanitizeMeetingBody(html, { allowImages });

/** Parses the sanitised HTML so tests check the DOM a user would get, not string details. */
function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
}

describe('sanitizeMeetingBody', () => {
  it.each([
    ['a script element', '<p>Hi</p><script>alert(1)</script>', 'script'],
    ['an event handler', '<img src=x onerror="alert(1)"><p onclick="alert(2)">Hi</p>', '[onerror],[onclick]'],
    [
      'an inline SVG payload',
      '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg>',
      'svg',
    ],
    ['an iframe', '<iframe src="https://evil.example"></iframe>', 'iframe'],
    ['a form', '<form action="https://evil.example"><input name="password"></form>', 'form,input'],
    ['inline styles that could cover the pane', '<p style="position:fixed;inset:0">Click</p>', '[style]'],
    ['a style element', '<style>body{display:none}</style><p>Hi</p>', 'style'],
    [
      "the organiser's colours, which the dark themes cannot read",
      '<font color="#000000">Agenda</font><table bgcolor="#ffffff"><tr><td bgcolor="white">1</td></tr></table>',
      '[color],[bgcolor]',
    ],
    [
      'media that would load from the web',
      '<video poster="https://evil.example/p.png"><source src="https://evil.example/v.mp4" onerror="alert(1)"></video><audio src="https://evil.example/a.mp3"></audio><picture><source srcset="https://evil.example/i.png"></picture>',
      'video,audio,source,picture',
    ],
    [
      'an image map, whose areas are links',
      '<map name="m"><area shape="rect" coords="0,0,9,9" href="https://evil.example/"></map>',
      'map,area',
    ],
    [
      'attributes that load by themselves',
      '<table background="https://evil.example/t.png"><tr><td background="https://evil.example/c.png">x</td></tr></table><img src="https://cdn.example/a.png" srcset="https://evil.example/b.png 2x">',
      '[background],[srcset]',
    ],
    [
      'a dialog, drawn over the card',
      '<dialog open><p>Your session has expired</p><a href="https://evil.example/">Sign in</a></dialog>',
      'dialog',
    ],
    [
      'a popover and what opens it, which go to the top layer',
      '<div popover id="p">Sign in again</div><a popovertarget="p" popovertargetaction="show">x</a>',
      '[popover],[popovertarget],[popovertargetaction]',
    ],
    [
      'a positive tabindex, autofocus and access keys, which take the keyboard',
      '<a href="https://intranet.example/" tabindex="1" accesskey="s">x</a><p tabindex="0" autofocus>y</p>',
      '[tabindex],[autofocus],[accesskey]',
    ],
    [
      'an editable agenda and click pings',
      '<p contenteditable="true">Edit me</p><a href="https://intranet.example/" ping="https://evil.example/">x</a>',
      '[contenteditable],[ping]',
    ],
  ])('removes %s', (_name, html, selector) => {
    expect(dom(clean(html).html).querySelector(selector)).toBeNull();
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JaVaScRiPt: with spaces', ' JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
  ])('drops a %s link but keeps its words', (_name, href) => {
    const link = dom(clean(`<a href="${href}">Open the draft</a>`).html).querySelector('a');
    expect(link?.textContent).toBe('Open the draft');
    expect(link?.hasAttribute('href')).toBe(false);
  });

  it("never hands the parser a <base>, which the pages' policy would report, and keeps the text around it", () => {
    const parse = jest.spyOn(DOMParser.prototype, 'parseFromString');
    const html =
      '<BASE href="https://evil.example/"><base/href=x><ba<base>se href=y><p>Agenda <a href="/x">rel</a></p>';
    const root = dom(clean(html).html);
    const parsed = parse.mock.calls.map(([markup]) => markup).join('\n');
    parse.mockRestore();
    expect(parsed).toContain('Agenda');
    expect(parsed).not.toMatch(/<base[\s/>]/i);
    expect(root.querySelector('base, x-base')).toBeNull();
    expect(root.textContent).toContain('Agenda rel');
  });

  it('keeps https and mailto links, opening in a new tab without an opener', () => {
    const links = dom(
      clean(
        '<a href="https://intranet.northwind.example/agenda">Agenda</a><a href="mailto:priya.shah@northwind.example">Priya</a>',
      ).html,
    ).querySelectorAll('a');
    expect(
      [...links].map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    ).toEqual([
      ['https://intranet.northwind.example/agenda', '_blank', 'noopener noreferrer'],
      ['mailto:priya.shah@northwind.example', '_blank', 'noopener noreferrer'],
    ]);
  });

  it('holds back web images until asked, and counts them', () => {
    const html =
      '<img src="https://cdn.example/chart.png" alt="Chart"><img src="http://plain.example/x.png">';
    const held = clean(html);
    expect(held.blockedImages).toBe(1);
    expect([...dom(held.html).querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      null,
      null,
    ]);
    expect(dom(held.html).querySelector('img')?.getAttribute('alt')).toBe('Chart');

    const shown = clean(html, true);
    expect(shown.blockedImages).toBe(0);
    expect([...dom(shown.html).querySelectorAll('img')].map((i) => i.getAttribute('src'))).toEqual([
      'https://cdn.example/chart.png',
      null,
    ]);
  });

  it('keeps the words inside a dialog as ordinary text', () => {
    const root = dom(clean('<dialog open><p>Bring the Q1 figures</p></dialog>').html);
    expect(root.textContent).toContain('Bring the Q1 figures');
  });

  it('keeps the agenda a person wrote', () => {
    const html =
      '<p>Agenda</p><ul><li>Q1 <strong>recruitment</strong> push</li><li>Intranet refresh</li></ul>';
    const root = dom(clean(html).html);
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('strong')?.textContent).toBe('recruitment');
  });
});
