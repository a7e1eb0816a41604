import { z } from 'zod/mini';
import { tokenProvider, type TokenProvider } from './token-provider';

const tokenResponse = z.object({
  access_token: z.string().check(z.minLength(1)),
  expires_in: z.number().check(z.positive()),
});

/**
 * Sign-in against the demo tenant that `npm start` runs: it hands out a bearer token for its
 * signed-in user, the way Entra ID would for a real tenant. Tokens live in memory only and are
 * renewed a minute before they expire.
 */
export function createDemoSignIn(tenantOrigin: string, fetchImpl: typeof fetch = fetch): TokenProvider {
  let cached: { token: string; expiresAt: number } | undefined;
  let inFlight: Promise<string> | undefined;
  const signIn = async (): Promise<string> => {
    const response = await fetchImpl(`${tenantOrigin}/demo/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    if (!response.ok) throw new Error(`The demo tenant refused sign-in (${response.status}).`);
    const body = tokenResponse.parse(await response.json());
    cached = { token: body.access_token, expiresAt: Date.now() + (body.expires_in - 60) * 1000 };
    return body.access_token;
  };
  return tokenProvider(
    async (_scopes, options) => {
      if (options?.forceRefresh !== true && cached !== undefined && cached.expiresAt > Date.now())
        return cached.token;
      inFlight ??= signIn().finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
    () => {
      cached = undefined;
      return Promise.resolve();
    },
  );
}
