import { app, authentication } from '@microsoft/teams-js';

/**
 * Ends Teams' sign-in window: the reply goes to the tab that opened it (`authenticate` resolves
 * with it), or the failure does (`authenticate` rejects with it). Teams closes the window.
 */
export async function finishTeamsSignIn(reply: string, failure: string | null): Promise<void> {
  await app.initialize();
  if (failure === null) authentication.notifySuccess(reply);
  else authentication.notifyFailure(failure);
}
