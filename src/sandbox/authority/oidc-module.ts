import * as oidc from 'oidc-provider';

/**
 * oidc-provider is ESM only: tsx and Node 20.19+ load it through `require` (require(esm)); jest
 * compiles it and its ESM dependencies (`esmPackages` in jest.config.js).
 */
export const { Provider, errors } = oidc;
