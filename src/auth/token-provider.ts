/** Same shape as the Graph layer's GetToken; auth/ and graph/ do not import each other. */
export type TokenProvider = (
  scopes: readonly string[],
  options?: { forceRefresh?: boolean },
) => Promise<string>;
