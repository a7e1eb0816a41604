import type * as ZodMini from 'zod/mini';
import type * as ZodCore from 'zod/v4/core';

describe('zod under the Content-Security-Policy', () => {
  it('never probes for eval once the entry has set it up, so the policy reports nothing', () => {
    jest.isolateModules(() => {
      const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
      delete holder.__zod_globalConfig;
      // reason: the order is the point: the setup first, then zod, as each page's entry loads them.
      /* eslint-disable @typescript-eslint/no-require-imports */
      require('../../../src/zod-without-eval');
      const core = require('zod/v4/core') as typeof ZodCore;
      const { z } = require('zod/mini') as typeof ZodMini;
      /* eslint-enable @typescript-eslint/no-require-imports */
      const probe = jest.spyOn(globalThis, 'Function');
      expect(core.config().jitless).toBe(true);
      expect(core.util.allowsEval.value).toBe(false);
      // The pages' schemas are zod/mini's: an object parses without compiling a parser.
      const meeting = z.object({ id: z.string(), subject: z.nullish(z.string()) });
      expect(meeting.parse({ id: 'AAMk1', subject: null })).toEqual({ id: 'AAMk1', subject: null });
      expect(meeting.safeParse({ id: 1 }).success).toBe(false);
      expect(probe).not.toHaveBeenCalled();
      probe.mockRestore();
    });
  });
});
