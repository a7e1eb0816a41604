import { createDemoSignIn } from '../../auth/demo-sign-in';
import type { Session } from '../../features/session';
import { createGraphClient } from '../../graph/create-graph-client';
import { getMe } from '../../graph/get-me';
import type { Host } from '../../hosts/host';
import { demoConfig } from './config';

/** Signs in to the demo tenant and reads who the advisor is: the start of every demo surface. */
export async function createDemoSession(host: Host, origin: string): Promise<Session> {
  const config = demoConfig(origin);
  const graph = createGraphClient({
    baseUrl: config.graphBaseUrl,
    getToken: createDemoSignIn(config.tenantOrigin),
  });
  const me = await getMe(graph);
  return { graph, me, host, now: () => new Date() };
}
