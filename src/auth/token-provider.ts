/** Same shape as the Graph layer's GetToken; auth/ and graph/ do not import each other. */
export type TokenProvider = ((
  scopes: readonly string[],
  options?: { forceRefresh?: boolean },
) => Promise<string>) & {
  /**
   * Signing out: forgets the account and every token this page holds for it, so the next token
   * needs a sign-in again (the host's own Microsoft 365 session, Outlook's or Teams', is the host's).
   */
  forget: () => Promise<void>;
};

/** A token provider from its two parts. */
export function tokenProvider(
  get: (scopes: readonly string[], options?: { forceRefresh?: boolean }) => Promise<string>,
  forget: () => Promise<void>,
): TokenProvider {
  return Object.assign(get, { forget });
}
