import { readFileSync } from 'node:fs';
import path from 'node:path';
import { enginesOutside, type Lock } from '../../../scripts/engines';

const root = path.resolve(__dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

describe('the engines package.json declares', () => {
  const pkg = readJson('package.json') as { engines: { node: string } };

  it('are met by every package in the lock', () => {
    expect(enginesOutside(readJson('package-lock.json') as Lock, pkg.engines.node)).toEqual([]);
  });

  it('are refused for a package that needs a newer Node than the range allows', () => {
    const lock: Lock = {
      packages: {
        '': { version: '0.1.0', engines: { node: '>=1' } },
        'node_modules/webpack-cli/node_modules/rechoir': { version: '1.0.0', engines: { node: '>=22.15.0' } },
        'node_modules/jest': {
          version: '30.5.2',
          engines: { node: '^18.14.0 || ^20.0.0 || ^22.0.0 || >=24.0.0' },
        },
        'node_modules/old': { version: '1.0.0', engines: ['node >= 0.4'] },
      },
    };
    expect(enginesOutside(lock, '^20.19.0 || ^22.13.0 || ^24.0.0')).toEqual([
      { name: 'rechoir', version: '1.0.0', needs: '>=22.15.0' },
    ]);
    // An odd-numbered Node in the range is one jest does not run on.
    expect(enginesOutside(lock, '>=20.19 <25').map((m) => m.name)).toEqual(['rechoir', 'jest']);
  });
});
