import { z } from 'zod';

const config = z.object({
  graphBaseUrl: z.url({
    protocol: /^https?$/,
    message:
      'graphBaseUrl must be an http(s) URL ending in the Graph version, e.g. https://graph.microsoft.com/v1.0',
  }),
  tenantOrigin: z.url({ protocol: /^https?$/ }),
});

export type DemoConfig = z.infer<typeof config>;

/**
 * Where the demo's Graph lives: the demo tenant serves the app and Graph from one origin, under
 * `/graph/v1.0`. Checked at start-up so a wrong value says so plainly instead of failing later.
 */
export function demoConfig(origin: string): DemoConfig {
  const parsed = config.safeParse({ graphBaseUrl: `${origin}/graph/v1.0`, tenantOrigin: origin });
  if (!parsed.success) {
    throw new Error(`Home Turf is misconfigured: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  return parsed.data;
}
