/**
 * Which Microsoft cloud a deployment signs in to and reads Graph from. A tenant lives in exactly
 * one cloud, and each cloud pairs one Entra ID host with one Graph host: a token from
 * login.microsoftonline.us is refused by graph.microsoft.com. So the two are set together, by
 * naming the cloud (`HOME_TURF_CLOUD`), and a Graph URL or authority host given beside it must be
 * that cloud's. Endpoints from Microsoft Graph's "National cloud deployments" page
 * (https://learn.microsoft.com/graph/deployments).
 */

export type NamedCloud = {
  /** How an IT admin knows it. */
  label: string;
  /** Microsoft Entra ID's host for the cloud (the authority is `{host}/{tenant}`). */
  authorityHost: string;
  /** The cloud's Microsoft Graph root, with the version. */
  graphBaseUrl: string;
};

export const CLOUDS = {
  public: {
    label: 'Microsoft 365 global service (also GCC)',
    authorityHost: 'https://login.microsoftonline.com',
    graphBaseUrl: 'https://graph.microsoft.com/v1.0',
  },
  usgov: {
    label: 'Microsoft 365 US Government L4 (GCC High)',
    authorityHost: 'https://login.microsoftonline.us',
    graphBaseUrl: 'https://graph.microsoft.us/v1.0',
  },
  dod: {
    label: 'Microsoft 365 US Government L5 (DoD)',
    authorityHost: 'https://login.microsoftonline.us',
    graphBaseUrl: 'https://dod-graph.microsoft.us/v1.0',
  },
  china: {
    label: 'Microsoft 365 operated by 21Vianet (China)',
    authorityHost: 'https://login.chinacloudapi.cn',
    graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn/v1.0',
  },
} as const satisfies Record<string, NamedCloud>;

export type CloudName = keyof typeof CLOUDS;

/**
 * Beside the named clouds: `custom`, an authority host and a Graph URL given one by one (the demo
 * tenant on a host of its own); `demo`, the demo tenant that serves the pages themselves, its
 * authority and Graph on the pages' own origin (`npm run start:tenant`, the e2e tests).
 */
export const CLOUD_CHOICES = [...(Object.keys(CLOUDS) as CloudName[]), 'custom', 'demo'] as const;

/** Where sign-in and Graph go, resolved. */
export type CloudEndpoints = {
  cloud: (typeof CLOUD_CHOICES)[number];
  /** e.g. https://login.microsoftonline.us (no path, no trailing slash). */
  authorityHost: string;
  /** e.g. https://graph.microsoft.us/v1.0 */
  graphBaseUrl: string;
  /** True when the authority is not one of Microsoft's, so MSAL must not look it up at Microsoft. */
  knownAuthority: boolean;
};

export type CloudSettings = {
  HOME_TURF_CLOUD?: string | undefined;
  HOME_TURF_GRAPH_URL?: string | undefined;
  HOME_TURF_AUTHORITY_HOST?: string | undefined;
};

/** Thrown with every problem found in the cloud settings, each naming its setting. */
export class CloudConfigError extends Error {
  override readonly name = 'CloudConfigError';
}

const GRAPH_VERSION = /\/(v1\.0|beta)$/;

/** An https origin, or a sentence saying why `value` is not one. */
function httpsOrigin(setting: string, value: string, example: string): string | { problem: string } {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // MSAL refuses an authority that is not https, and Graph's client sends tokens only over https.
  if (url?.protocol !== 'https:')
    return { problem: `${setting} must be an https URL such as ${example} (it is "${value}").` };
  return url.origin;
}

function graphUrl(value: string): string | { problem: string } {
  const origin = httpsOrigin('HOME_TURF_GRAPH_URL', value, 'https://graph.microsoft.com/v1.0');
  if (typeof origin !== 'string') return origin;
  const trimmed = value.replace(/\/+$/, '');
  if (!GRAPH_VERSION.test(trimmed))
    return { problem: `HOME_TURF_GRAPH_URL must end in the Graph version, /v1.0 (it is "${value}").` };
  return trimmed;
}

/**
 * The cloud's endpoints from the build's settings. `origin` is the page's own (only the `demo`
 * cloud reads it). Unknown clouds, and a Graph URL or authority host that belongs to another
 * cloud, are refused with a message that says what to set.
 */
export function resolveCloud(settings: CloudSettings, origin?: string): CloudEndpoints {
  const name = (settings.HOME_TURF_CLOUD ?? '').trim().toLowerCase() || 'public';
  const rawGraph = settings.HOME_TURF_GRAPH_URL?.trim() || undefined;
  const rawAuthority = settings.HOME_TURF_AUTHORITY_HOST?.trim() || undefined;
  const problems: string[] = [];
  const graph = rawGraph === undefined ? undefined : graphUrl(rawGraph);
  const authority =
    rawAuthority === undefined
      ? undefined
      : httpsOrigin('HOME_TURF_AUTHORITY_HOST', rawAuthority, 'https://login.microsoftonline.com');
  if (typeof graph === 'object') problems.push(graph.problem);
  if (typeof authority === 'object') problems.push(authority.problem);
  if (typeof authority === 'string' && rawAuthority !== undefined && new URL(rawAuthority).pathname !== '/')
    problems.push(
      `HOME_TURF_AUTHORITY_HOST is the host only, without the tenant or a path (it is "${rawAuthority}"); the tenant is HOME_TURF_TENANT_ID.`,
    );
  const fail = (): never => {
    throw new CloudConfigError(problems.join(' '));
  };

  if (name in CLOUDS) {
    const cloud = CLOUDS[name as CloudName];
    if (typeof graph === 'string' && new URL(graph).origin !== new URL(cloud.graphBaseUrl).origin)
      problems.push(
        `HOME_TURF_GRAPH_URL (${graph}) is not Microsoft Graph of the ${name} cloud (${cloud.label}: ${cloud.graphBaseUrl}). Leave it unset, or set HOME_TURF_CLOUD to the cloud your tenant is in.`,
      );
    if (typeof authority === 'string' && authority !== cloud.authorityHost)
      problems.push(
        `HOME_TURF_AUTHORITY_HOST (${authority}) is not Microsoft Entra ID of the ${name} cloud (${cloud.label}: ${cloud.authorityHost}). Leave it unset, or set HOME_TURF_CLOUD to the cloud your tenant is in.`,
      );
    if (problems.length > 0) fail();
    return {
      cloud: name as CloudName,
      authorityHost: cloud.authorityHost,
      // The version may differ (/beta); the host may not.
      graphBaseUrl: typeof graph === 'string' ? graph : cloud.graphBaseUrl,
      knownAuthority: false,
    };
  }
  if (name === 'custom') {
    if (rawGraph === undefined)
      problems.push('HOME_TURF_CLOUD=custom needs HOME_TURF_GRAPH_URL, the Graph root with /v1.0.');
    if (rawAuthority === undefined)
      problems.push('HOME_TURF_CLOUD=custom needs HOME_TURF_AUTHORITY_HOST, the sign-in host (https).');
    if (problems.length > 0 || typeof graph !== 'string' || typeof authority !== 'string') return fail();
    return { cloud: 'custom', authorityHost: authority, graphBaseUrl: graph, knownAuthority: true };
  }
  if (name === 'demo') {
    if (rawGraph !== undefined || rawAuthority !== undefined)
      problems.push(
        'HOME_TURF_CLOUD=demo signs in to the demo tenant that serves the pages: leave HOME_TURF_GRAPH_URL and HOME_TURF_AUTHORITY_HOST unset (or use HOME_TURF_CLOUD=custom).',
      );
    if (origin === undefined) problems.push('HOME_TURF_CLOUD=demo is resolved in the page, on its origin.');
    if (problems.length > 0 || origin === undefined) return fail();
    return {
      cloud: 'demo',
      authorityHost: origin,
      graphBaseUrl: `${origin}/graph/v1.0`,
      knownAuthority: true,
    };
  }
  problems.unshift(
    `HOME_TURF_CLOUD must be one of ${CLOUD_CHOICES.join(', ')} (it is "${settings.HOME_TURF_CLOUD ?? ''}").`,
  );
  return fail();
}
