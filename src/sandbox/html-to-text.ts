/**
 * HTML → plain text as Exchange does for `Prefer: outlook.body-content-type="text"` and for
 * `bodyPreview`: tags dropped, script and style content dropped (never surfaced as text), block
 * ends become line breaks, links become `text<url>`, entities decoded.
 */

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
]);
const DROPPED_CONTENT = new Set(['script', 'style', 'head', 'title']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  rsquo: '’',
  lsquo: '‘',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X'))
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!match) return null;
  return decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
}

/** Converts an HTML fragment or document to Exchange-style plain text (CRLF line breaks). */
export function htmlToText(html: string): string {
  let out = '';
  let dropUntil: string | null = null;
  const linkStack: Array<string | null> = [];
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    const textEnd = open === -1 ? html.length : open;
    if (dropUntil === null) out += decodeEntities(html.slice(position, textEnd).replace(/\s+/g, ' '));
    if (open === -1) break;
    const close = html.indexOf('>', open);
    if (close === -1) break;
    const tag = html.slice(open, close + 1);
    position = close + 1;
    if (tag.startsWith('<!--')) {
      const commentEnd = html.indexOf('-->', open);
      position = commentEnd === -1 ? html.length : commentEnd + 3;
      continue;
    }
    const nameMatch = /^<\/?\s*([a-z0-9]+)/i.exec(tag);
    if (!nameMatch) continue;
    const name = (nameMatch[1] ?? '').toLowerCase();
    const closing = tag.startsWith('</');
    if (dropUntil !== null) {
      if (closing && name === dropUntil) dropUntil = null;
      continue;
    }
    if (DROPPED_CONTENT.has(name) && !closing && !tag.endsWith('/>')) {
      dropUntil = name;
      continue;
    }
    if (name === 'a') {
      if (closing) {
        const href = linkStack.pop();
        if (href) out += `<${href}>`;
      } else linkStack.push(attribute(tag, 'href'));
      continue;
    }
    if (name === 'li' && !closing) out += '\r\n- ';
    else if (BLOCK_TAGS.has(name)) out += '\r\n';
  }
  return out
    .split('\r\n')
    .map((line) => line.trim())
    .join('\r\n')
    .replace(/(\r\n){3,}/g, '\r\n\r\n')
    .trim();
}

/** The plain-text preview Graph puts in `bodyPreview`: whitespace collapsed, at most 255 characters. */
export function bodyPreviewOf(html: string): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim().slice(0, 255);
}
