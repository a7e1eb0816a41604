import '../../zod-without-eval';
import { redirectSignIn } from '../../auth/redirect-sign-in';
import { signInReply } from '../../auth/sign-in-window';
import { finishTeamsSignIn } from '../../hosts/teams/teams-auth-window';
import { productionConfig } from '../shared/production-config';

/**
 * Teams' sign-in window, where Teams does not recommend nested app authentication: the tab asks
 * teams-js `authentication.authenticate` to open this page, which runs the standard MSAL redirect
 * sign-in and hands the token (or the reason it failed) back to the tab.
 */
async function main(): Promise<void> {
  let reply;
  try {
    reply = await redirectSignIn(productionConfig(), window.location);
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : 'Sign-in failed.' };
  }
  if (reply !== null) await finishTeamsSignIn(signInReply(reply), 'error' in reply ? reply.error : null);
}

void main();
