import { X509Certificate } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCertificates } from 'office-addin-dev-certs';
import {
  caCertificatePath,
  localhostCertificatePath,
  localhostKeyPath,
} from 'office-addin-dev-certs/lib/defaults';

/** A localhost certificate for https, and the CA that signed it (what a browser must trust). */
export type DevCertificate = { key: Buffer; cert: Buffer; ca: Buffer; caPath: string };

async function read(dir: { ca: string; cert: string; key: string }): Promise<DevCertificate | undefined> {
  if (![dir.ca, dir.cert, dir.key].every((file) => existsSync(file))) return undefined;
  const [key, cert, ca] = await Promise.all([readFile(dir.key), readFile(dir.cert), readFile(dir.ca)]);
  // Renew a day before it lapses.
  if (Date.parse(new X509Certificate(cert).validTo) < Date.now() + 24 * 3600 * 1000) return undefined;
  return { key, cert, ca, caPath: dir.ca };
}

/**
 * The development certificate for https on localhost: Office's own (`npx office-addin-dev-certs
 * install` makes it and asks the system to trust it) when there is one, otherwise one made here,
 * offline, in `folder` (a temporary folder by default), which browsers will not trust unless
 * told to: fine for CI and headless tests, which accept it explicitly.
 */
export async function developmentCertificate(
  folder = path.join(tmpdir(), 'home-turf-dev-certs'),
): Promise<DevCertificate> {
  const office = await read({ ca: caCertificatePath, cert: localhostCertificatePath, key: localhostKeyPath });
  if (office !== undefined) return office;
  const own = {
    ca: path.join(folder, 'ca.crt'),
    cert: path.join(folder, 'localhost.crt'),
    key: path.join(folder, 'localhost.key'),
  };
  const existing = await read(own);
  if (existing !== undefined) return existing;
  await generateCertificates(own.ca, own.cert, own.key, 30);
  const made = await read(own);
  if (made === undefined) throw new Error(`Could not make a development certificate in ${folder}.`);
  return made;
}
