import { createMsalSignIn, type CreateApplication, type SignInConfig } from './msal-sign-in';
import { windowSignIn } from './sign-in-window';
import type { TokenProvider } from './token-provider';

/** The part of Office.js sign-in needs, passed in: auth/ never reaches for the global. */
export type OfficeForSignIn = {
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync(
        url: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: {
          status: string;
          value: {
            addEventHandler(type: string, handler: (arg: { message?: string; error?: number }) => void): void;
            close(): void;
          };
          error?: { message: string };
        }) => void,
      ): void;
    };
  };
  auth?: { getAuthContext?(): Promise<{ userPrincipalName?: string }> };
};

/**
 * Sign-in in Outlook: nested app authentication where Outlook supports it (NestedAppAuth 1.1:
 * Outlook on the web, new Outlook, Windows, Mac and mobile), with Office's signed-in user as the
 * hint; elsewhere an Office dialog runs the standard sign-in (`auth-dialog.html`) and hands the
 * token back, because a task pane cannot open a sign-in popup of its own.
 */
export async function createOutlookSignIn(
  config: Omit<SignInConfig, 'loginHint'>,
  office: OfficeForSignIn,
  options: { origin?: string; create?: CreateApplication } = {},
): Promise<TokenProvider> {
  if (office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) {
    const hint = await office.auth?.getAuthContext?.().then(
      (context) => context.userPrincipalName,
      () => undefined,
    );
    return createMsalSignIn(hint === undefined ? config : { ...config, loginHint: hint }, {
      nested: true,
      ...(options.origin === undefined ? {} : { origin: options.origin }),
      ...(options.create === undefined ? {} : { create: options.create }),
    });
  }
  return windowSignIn('auth-dialog.html', options.origin ?? globalThis.location.origin, (url) =>
    openDialog(office, url),
  );
}

function openDialog(office: OfficeForSignIn, url: string): Promise<string> {
  const ui = office.context.ui;
  if (ui === undefined)
    return Promise.reject(new Error('This version of Outlook cannot show the sign-in dialog.'));
  return new Promise((resolve, reject) => {
    ui.displayDialogAsync(url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
      if (result.status !== 'succeeded') {
        reject(new Error(`The sign-in dialog could not open: ${result.error?.message ?? result.status}`));
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler('dialogMessageReceived', (arg) => {
        dialog.close();
        resolve(arg.message ?? '{}');
      });
      dialog.addEventHandler('dialogEventReceived', (arg) => {
        // 12006: the user closed the dialog.
        reject(
          new Error(
            arg.error === 12006 ? 'Sign-in was cancelled.' : `Sign-in failed (${String(arg.error)}).`,
          ),
        );
      });
    });
  });
}
