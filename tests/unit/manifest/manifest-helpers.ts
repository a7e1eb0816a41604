import { readFileSync } from 'node:fs';
import { MANIFEST_PATH } from '../../../scripts/validate-manifest';

/** A fresh copy of manifest/manifest.json. */
export function readTemplate(): unknown {
  return JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
}

function segments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function child(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value[Number(key)];
  if (typeof value === 'object' && value !== null) return (value as Record<string, unknown>)[key];
  return undefined;
}

/** The value at a JSON pointer, or undefined. */
export function at(value: unknown, pointer: string): unknown {
  return segments(pointer).reduce(child, value);
}

/** A copy of the manifest with each pointer set to its value, or removed when the value is undefined. */
export function edited(manifest: unknown, edits: readonly (readonly [string, unknown])[]): unknown {
  const copy = structuredClone(manifest);
  for (const [pointer, value] of edits) {
    const keys = segments(pointer);
    const last = keys.pop();
    const parent = keys.reduce(child, copy);
    if (last === undefined) throw new Error(`cannot edit the root: ${pointer}`);
    if (Array.isArray(parent)) {
      if (value === undefined) parent.splice(Number(last), 1);
      else parent[Number(last)] = value;
    } else if (typeof parent === 'object' && parent !== null) {
      const record = parent as Record<string, unknown>;
      if (value === undefined) Reflect.deleteProperty(record, last);
      else record[last] = value;
    } else {
      throw new Error(`nothing at ${pointer}`);
    }
  }
  return copy;
}
