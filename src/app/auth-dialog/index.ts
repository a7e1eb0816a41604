import '../../zod-without-eval';
import { createStandardPublicClientApplication } from '@azure/msal-browser';
import { msalConfiguration } from '../../auth/msal-sign-in';
import { productionConfig } from '../shared/production-config';

/**
 * The Office dialog that signs in where Outlook has no nested app authentication: a standard MSAL
 * redirect sign-in inside the dialog window, then the token is handed to the task pane with
 * `messageParent`. The dialog closes; the token lives on in the pane's memory only.
 */
type DialogOffice = {
  onReady(): Promise<unknown>;
  context: { ui: { messageParent(message: string): void } };
};

async function main(): Promise<void> {
  const office = (globalThis as unknown as { Office?: DialogOffice }).Office;
  if (office === undefined) throw new Error('This page signs in for Home Turf inside Outlook only.');
  await office.onReady();
  const reply = (message: object) => {
    office.context.ui.messageParent(JSON.stringify(message));
  };
  try {
    const config = productionConfig();
    const scopes = (new URLSearchParams(window.location.search).get('scopes') ?? 'User.Read').split(' ');
    const pca = await createStandardPublicClientApplication(
      msalConfiguration(config, `${window.location.origin}/auth-dialog.html`),
    );
    const result = await pca.handleRedirectPromise();
    if (result === null) {
      await pca.loginRedirect({ scopes });
      return;
    }
    reply({ accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : 'Sign-in failed.' });
  }
}

void main();
