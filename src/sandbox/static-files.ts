import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/** Serves the built app from a folder: index.html for '/', no-cache, 404s, no path traversal. */

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
  response.end('Not found');
}

/**
 * The headers the build asks every response to carry (its Content-Security-Policy among them), from
 * the `globalHeaders` of the `staticwebapp.config.json` it writes; none when there is no such file.
 */
async function buildHeaders(root: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path.join(root, 'staticwebapp.config.json'), 'utf8');
  } catch {
    return {};
  }
  const parsed: unknown = JSON.parse(text);
  const headers =
    typeof parsed === 'object' && parsed !== null && 'globalHeaders' in parsed ? parsed.globalHeaders : null;
  if (typeof headers !== 'object' || headers === null) return {};
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** Answers GET/HEAD for a file under `root`; anything resolving outside `root` is a 404. */
export async function serveStatic(
  root: string,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed');
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    notFound(response);
    return;
  }
  const base = path.resolve(root);
  // Resolving and then checking the prefix catches '..', encoded '%2e%2e' and absolute paths alike.
  let file = path.resolve(base, `.${path.posix.normalize(`/${decoded}`)}`);
  if (decoded.includes('\0') || (file !== base && !file.startsWith(`${base}${path.sep}`))) {
    notFound(response);
    return;
  }
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) throw new Error('not a file');
    response.writeHead(200, {
      ...(await buildHeaders(base)),
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  } catch {
    notFound(response);
  }
}
