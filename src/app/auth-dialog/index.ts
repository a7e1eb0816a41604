import '../../zod-without-eval';
import { redirectSignIn } from '../../auth/redirect-sign-in';
import { signInReply } from '../../auth/sign-in-window';
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
  let reply;
  try {
    reply = await redirectSignIn(productionConfig(), window.location);
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : 'Sign-in failed.' };
  }
  if (reply !== null) office.context.ui.messageParent(signInReply(reply));
}

void main();
