import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Serves the built app from a folder: index.html for '/', the headers (and caching) its
 * staticwebapp.config.json asks for, 404s, no path traversal.
 */

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

type HeaderRules = {
  routes: { route: string; headers: Record<string, string> }[];
  globalHeaders: Record<string, string>;
};

const stringsOnly = (value: unknown): Record<string, string> =>
  typeof value === 'object' && value !== null
    ? Object.fromEntries(
        Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
      )
    : {};

/**
 * The headers the build asks every response to carry (its Content-Security-Policy and caching among
 * them), from the `globalHeaders` and `routes` of the `staticwebapp.config.json` it writes; none
 * when there is no such file.
 */
async function buildHeaderRules(root: string): Promise<HeaderRules> {
  let text: string;
  try {
    text = await readFile(path.join(root, 'staticwebapp.config.json'), 'utf8');
  } catch {
    return { routes: [], globalHeaders: {} };
  }
  const parsed = JSON.parse(text) as { routes?: unknown; globalHeaders?: unknown };
  const routes = Array.isArray(parsed.routes) ? (parsed.routes as unknown[]) : [];
  return {
    routes: routes.flatMap((r) =>
      typeof r === 'object' && r !== null && 'route' in r && typeof r.route === 'string'
        ? [{ route: r.route, headers: stringsOnly('headers' in r ? r.headers : undefined) }]
        : [],
    ),
    globalHeaders: stringsOnly(parsed.globalHeaders),
  };
}

/**
 * Whether a Static Web Apps route pattern matches a path: exact, or a wildcard at the end
 * (`/images/*`), optionally filtered by extension (`/*.js`, `/images/*.{png,jpg}`).
 */
function routeMatches(route: string, pathname: string): boolean {
  const wildcard = /^(.*)\*(?:\.(?:\{([^}]*)\}|([^/{}*]+)))?$/.exec(route);
  if (wildcard === null) return route === pathname;
  const [, prefix = '', choices, single] = wildcard;
  if (!pathname.startsWith(prefix)) return false;
  const extensions = choices?.split(',') ?? (single === undefined ? [] : [single]);
  return extensions.length === 0 || extensions.some((ext) => pathname.endsWith(`.${ext.trim()}`));
}

/** The headers for one path: the global ones, overridden by the first route that matches. */
async function headersFor(root: string, pathname: string): Promise<Record<string, string>> {
  const rules = await buildHeaderRules(root);
  const route = rules.routes.find((r) => routeMatches(r.route, pathname));
  return { 'Cache-Control': 'no-cache', ...rules.globalHeaders, ...route?.headers };
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
      ...(await headersFor(base, `/${path.relative(base, file).split(path.sep).join('/')}`)),
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(info.size),
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
