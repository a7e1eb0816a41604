import DOMPurify from 'dompurify';

/** `blockedImages` counts the https images held back, which the user may choose to load. */
export type SanitizedBody = { html: string; blockedImages: number };

/**
 * Elements an agenda never needs; everything that can run or load code is among them, and so is
 * media (video, audio, picture sources), which would load from the web without being asked, and
 * image maps, whose areas are links outside the checks on `<a>`.
 */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'map',
  'area',
  // A dialog is drawn above the page (and `<dialog open>` outside the agenda's box): an organiser
  // could paint a "sign in again" box over the card.
  'dialog',
  'portal',
  'fencedframe',
];

/**
 * Attributes that let an element leave the agenda's box or take the keyboard: a popover goes to
 * the top layer, a positive tabindex reorders the pane's focus, autofocus steals it, accesskey
 * binds the user's keys, contenteditable makes the agenda an editor; `ping` reports each click.
 */
const ESCAPING_ATTRIBUTES = [
  'popover',
  'popovertarget',
  'popovertargetaction',
  'tabindex',
  'autofocus',
  'accesskey',
  'contenteditable',
  'inert',
  'anchor',
  'ping',
];

/** Attributes that load from the web by themselves (a table's background is a tracking pixel too). */
const LOADING_ATTRIBUTES = ['background', 'poster', 'srcset', 'lowsrc', 'dynsrc'];

/**
 * A `<base>` sets the base URI of the inert document DOMPurify parses the body into, and the
 * pages' Content-Security-Policy (`base-uri 'none'`) reports each one as a violation before
 * DOMPurify can drop it. Renamed, it is an unknown element that DOMPurify removes without a word.
 * The rename only adds characters, so it can never put a tag together out of the pieces around it.
 */
function renameBaseTags(html: string): string {
  return html.replace(/<(base)(?=[\s/>])/gi, '<x-$1');
}

/**
 * A meeting body made safe to show. DOMPurify removes scripts, event handlers and `javascript:` /
 * `data:` links; on top of that, links open in a new tab without an opener, and images from the
 * web are held back (they tell the sender when and where the card was read) until the user asks.
 */
export function sanitizeMeetingBody(html: string, { allowImages }: { allowImages: boolean }): SanitizedBody {
  // A fresh instance per call, so the hook below (and its counter) never leaks into other callers.
  const purifier = DOMPurify();
  let blockedImages = 0;
  purifier.addHook('afterSanitizeAttributes', (node) => {
    for (const name of LOADING_ATTRIBUTES) node.removeAttribute(name);
    if (node instanceof HTMLAnchorElement) {
      if (!/^(https?:|mailto:)/i.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node instanceof HTMLImageElement) {
      const src = node.getAttribute('src') ?? '';
      const fromWeb = /^https:/i.test(src);
      if (!allowImages || !fromWeb) {
        if (fromWeb) blockedImages++;
        node.removeAttribute('src');
        node.setAttribute('alt', node.getAttribute('alt') || 'Image held back');
      }
    }
  });
  const clean = purifier.sanitize(renameBaseTags(html), {
    FORBID_TAGS,
    // Colours an organiser picked for a white page are unreadable in the dark and high contrast themes.
    FORBID_ATTR: ['style', 'class', 'id', 'color', 'bgcolor', ...ESCAPING_ATTRIBUTES],
    ALLOW_DATA_ATTR: false,
  });
  return { html: clean, blockedImages };
}
