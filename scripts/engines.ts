/**
 * Whether every package in package-lock.json runs on every Node version package.json's `engines`
 * declares. npm warns `EBADENGINE` at install time for the version in use only; this checks the
 * whole declared range, so a dependency that needs a newer Node is seen on any machine.
 */
import semver from 'semver';

type LockPackage = { version?: string; engines?: Record<string, string> | string[] };
export type Lock = { packages: Record<string, LockPackage> };

export type EngineMismatch = { name: string; version: string; needs: string };

/** The packages of `lock` whose `engines.node` leaves out part of `range`. */
export function enginesOutside(lock: Lock, range: string): EngineMismatch[] {
  const mismatches: EngineMismatch[] = [];
  for (const [where, pkg] of Object.entries(lock.packages)) {
    // The root entry is the project itself; old-style `engines` arrays carry no Node range.
    if (where === '' || pkg.engines === undefined || Array.isArray(pkg.engines)) continue;
    const needs = pkg.engines.node;
    if (needs === undefined || semver.subset(range, needs)) continue;
    mismatches.push({ name: where.replace(/^.*node_modules\//, ''), version: pkg.version ?? '?', needs });
  }
  return mismatches;
}
