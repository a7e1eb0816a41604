/**
 * `npm run start:outlook` / `npm run start:teams`: serves the production build over HTTPS on
 * https://localhost:3000 with a development certificate (office-addin-dev-certs makes and trusts
 * it the first time), writes an app package for that origin, and says how to sideload it.
 * Needs HOME_TURF_CLIENT_ID (and the build made with it): see README, "Run in Outlook and Teams".
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:https';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import {
  caCertificatePath,
  localhostCertificatePath,
  localhostKeyPath,
} from 'office-addin-dev-certs/lib/defaults';
import { serveStatic } from '../src/sandbox/static-files';
import { PackageConfigError, packageApp, readPackageConfig } from './package-app';

const PORT = Number(process.env.PORT ?? 3000);
const ORIGIN = `https://localhost:${PORT}`;
const DIST = path.resolve(__dirname, '..', 'dist');

const STEPS = {
  outlook: [
    'In Outlook on the web or new Outlook: Apps (or Get add-ins) → My add-ins → Add a custom add-in →',
    'Add from file, and choose the package above (or upload it in Teams: it installs the add-in too).',
    'Then open a meeting and choose Home Turf on the ribbon.',
  ],
  teams: [
    'In Teams: Apps → Manage your apps → Upload an app → Upload a custom app, and choose the package above.',
    'Add the tab to the comms team channel, and open the personal app.',
  ],
};

async function main(): Promise<void> {
  const target = process.argv[2] === 'teams' ? 'teams' : 'outlook';
  if (!existsSync(path.join(DIST, 'outlook.html'))) {
    throw new Error('No build in dist/: run `npm run build` with HOME_TURF_CLIENT_ID set first.');
  }
  const config = readPackageConfig({ ...process.env, HOME_TURF_URL: ORIGIN });
  const { outFile } = await packageApp(config, { outFile: path.join(DIST, 'home-turf-app.zip') });
  if (!existsSync(localhostCertificatePath)) {
    await generateCertificates();
    console.log(
      'Made a development certificate for localhost. To have your browser and Office trust it, run',
    );
    console.log('`npx office-addin-dev-certs install` once (it asks for administrator rights).');
  }
  const tls = {
    key: readFileSync(localhostKeyPath),
    cert: readFileSync(localhostCertificatePath),
    ca: readFileSync(caCertificatePath),
  };
  const server = createServer(tls, (request, response) => {
    const url = new URL(request.url ?? '/', ORIGIN);
    void serveStatic(DIST, request, response, url.pathname);
  });
  server.listen(PORT, () => {
    console.log(`Home Turf is served at ${ORIGIN}/ (development certificate).`);
    console.log(`App package for this origin: ${outFile}`);
    for (const line of STEPS[target]) console.log(line);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof PackageConfigError || error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
