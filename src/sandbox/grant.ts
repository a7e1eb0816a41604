import type { DirectoryUser } from './tenant-model';

/**
 * Who a Graph request is made as and what it may do, read from its access token: the user, and the
 * delegated scopes consented for this app (the token's `scp`). Every route decides from this alone,
 * as Microsoft Graph decides from the token it is sent.
 */
export type Grant = {
  user: DirectoryUser;
  /** The delegated permissions in the token (`scp`), e.g. `User.Read Calendars.Read`. */
  scopes: ReadonlySet<string>;
};
