import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { scopesFor } from '../scopes';

/** Gets an access token for Graph; the Graph layer never stores or sees anything else of auth. */
export type GetToken = (scopes: readonly string[], options?: { forceRefresh?: boolean }) => Promise<string>;

/** Header that asks for a fresh token for this request (Graph refused the last one inside a `$batch`). */
export const FRESH_TOKEN_HEADER = 'x-home-turf-fresh-token';

/**
 * Attaches `Authorization: Bearer` to requests for the configured Graph base URL, and to nothing
 * else. The SDK's own AuthenticationHandler only does so for https hosts it knows, which rules
 * out the demo tenant on http://localhost; this one trusts exactly the base URL it is given.
 * A 401 is retried once with a fresh token (an expired or revoked token), never more.
 */
export class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly getToken: GetToken,
    /** Fixed scopes for every request; by default each request asks for what it needs (scopes.ts). */
    private readonly scopes?: readonly string[],
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (!url.startsWith(this.baseUrl)) {
      await this.forward(context);
      return;
    }
    const method = context.options?.method ?? 'GET';
    const scopes = this.scopes ?? scopesFor(method, url.slice(this.baseUrl.length));
    const headers = new Headers(context.options?.headers);
    const fresh = headers.get(FRESH_TOKEN_HEADER) === 'true';
    headers.delete(FRESH_TOKEN_HEADER);
    context.options = { ...context.options, headers };
    await this.sendWith(context, await this.getToken(scopes, fresh ? { forceRefresh: true } : undefined));
    if (context.response?.status === 401) {
      await this.sendWith(context, await this.getToken(scopes, { forceRefresh: true }));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private async sendWith(context: Context, token: string): Promise<void> {
    const headers = new Headers(context.options?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...context.options, headers };
    await this.forward(context);
  }

  private async forward(context: Context): Promise<void> {
    if (this.next === undefined) throw new Error('BearerTokenMiddleware has no next middleware.');
    await this.next.execute(context);
  }
}
