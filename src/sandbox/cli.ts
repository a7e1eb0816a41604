import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { developmentCertificate } from './dev-certificate';
import { clearPersistedState } from './persistence';
import { generateSeedTenant } from './seed/generate-seed-tenant';
import { startTenantServer } from './server';
import { parseTenantSpec, TenantSpecError, type TenantSpec } from './tenant-spec';

/**
 * `tsx src/sandbox/cli.ts [--serve DIR] [--https] [--tenant FILE] [--port N] [--data-dir DIR] [--fresh]
 * [--latency MS] [--export-seed FILE]`: runs the demo tenant (and the built app) locally; `--https`
 * serves it with the development certificate, as MSAL needs (`npm run start:tenant`). Every
 * failure a person can fix is one readable line and exit code 1, never a stack trace.
 */

class CliError extends Error {}

const USAGE =
  'Usage: tsx src/sandbox/cli.ts [--serve DIR] [--https] [--tenant FILE] [--port N] [--data-dir DIR] [--fresh] [--latency MS] [--export-seed FILE]';

async function loadTenant(file: string): Promise<TenantSpec> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new CliError(`Cannot read tenant file ${file}.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(
      `Invalid tenant file ${file}: not valid JSON (${error instanceof Error ? error.message : ''}).`,
    );
  }
  try {
    return parseTenantSpec(json);
  } catch (error) {
    if (error instanceof TenantSpecError)
      throw new CliError(`Invalid tenant file ${file}: ${error.issues.join('; ')}`);
    throw error;
  }
}

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535)
    throw new CliError(`Invalid port ${raw}: expected a number from 0 to 65535.`);
  return port;
}

function parseLatency(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const ms = Number(raw);
  if (!/^\d+$/.test(raw) || ms > 600_000)
    throw new CliError(`Invalid latency ${raw}: expected milliseconds from 0 to 600000.`);
  return ms;
}

/** How to open the production pages a tenant build serves here, signed in with MSAL. */
function productionPages(url: string): string {
  return [
    "The production pages sign in with MSAL to this tenant's authority (pick an account, accept permissions):",
    `  ${url}/personal.html — the personal tab, opened in a browser tab of its own`,
    `  ${url}/channel.html — the channel tab, likewise`,
    '  outlook.html and the Teams tabs inside Teams need a real tenant: npm run start:outlook / start:teams.',
    "The certificate is a development one: trust it with `npx office-addin-dev-certs install`, or accept the browser's warning.",
  ].join('\n');
}

async function main(): Promise<void> {
  let args;
  try {
    args = parseArgs({
      options: {
        serve: { type: 'string' },
        https: { type: 'boolean', default: false },
        tenant: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        fresh: { type: 'boolean', default: false },
        latency: { type: 'string' },
        'export-seed': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  if (args['export-seed'] !== undefined) {
    const target = path.resolve(args['export-seed']);
    await writeFile(target, `${JSON.stringify(generateSeedTenant(new Date()), null, 2)}\n`, 'utf8');
    console.log(`Wrote today's seed tenant to ${target}`);
    return;
  }
  const tenant = args.tenant === undefined ? undefined : await loadTenant(args.tenant);
  // https on a port of its own, so `npm start` and `npm run start:tenant` can run side by side.
  const port = parsePort(args.port ?? process.env['PORT'], args.https ? 3443 : 3000);
  const dataDir = args['data-dir'] ?? '.demo-data';
  const latencyMs = parseLatency(args.latency);
  if (args.fresh) await clearPersistedState(dataDir);
  let server;
  try {
    server = await startTenantServer({
      port,
      dataDir,
      ...(tenant ? { tenant } : {}),
      ...(latencyMs !== undefined ? { faults: { latencyMs } } : {}),
      ...(args.serve !== undefined ? { staticDir: path.resolve(args.serve) } : {}),
      ...(args.https ? { tls: await developmentCertificate() } : {}),
      log: (line) => console.log(line),
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      throw new CliError(
        `Port ${port} is already in use. Stop the other process or pass --port N (or PORT=N).`,
      );
    }
    throw error;
  }
  const spec = tenant ?? generateSeedTenant(new Date());
  const me = spec.users.find((u) =>
    [u.mail, u.userPrincipalName].some((a) => a?.toLowerCase() === spec.signedInUser.toLowerCase()),
  );
  console.log(`Home Turf ${args.https ? 'for the demo tenant' : 'demo'} running at ${server.url}/`);
  console.log(`Graph API (demo tenant ${spec.organisation.displayName}): ${server.graphBaseUrl}`);
  // The demo's pages sign in as the tenant's user at once; the production pages ask who is signing in.
  const who = args.https
    ? 'Sign in as anyone in the tenant'
    : `Signed in as ${me?.displayName ?? spec.signedInUser} <${spec.signedInUser}>`;
  console.log(`${who}; writes persist in ${path.resolve(dataDir)}`);
  console.log(
    args.https
      ? productionPages(server.url)
      : 'The production pages, signed in with MSAL as in a real tenant: npm run start:tenant',
  );
  if (latencyMs) console.log(`Every Graph request waits ${latencyMs} ms (faults: ${server.url}/demo/faults)`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    server
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  if (error instanceof CliError) console.error(error.message);
  else if (error instanceof TenantSpecError) console.error(`Invalid tenant file: ${error.issues.join('; ')}`);
  else
    console.error(`Demo tenant failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
