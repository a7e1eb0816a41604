/**
 * Which grant holds a user's consent to an app, so consent given once is not asked again in a
 * later session or another window (Entra ID keeps it per user and app until it is revoked).
 */
export class ConsentBook {
  private readonly grants = new Map<string, string>();

  grantIdFor(accountId: string, clientId: string): string | undefined {
    return this.grants.get(`${accountId} ${clientId}`);
  }

  remember(accountId: string, clientId: string, grantId: string): void {
    this.grants.set(`${accountId} ${clientId}`, grantId);
  }
}
