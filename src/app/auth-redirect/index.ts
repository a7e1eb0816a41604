import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

/**
 * MSAL's redirect bridge (MSAL browser v5): the page the authority sends every answer to. It
 * hands a popup's or a silent frame's answer to the window that asked, and returns a redirect
 * sign-in to the page it started on. It must load nothing else and call no other MSAL API, and
 * be served without Cross-Origin-Opener-Policy, which would cut it off from its opener.
 */
broadcastResponseToMainFrame().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root !== null)
    root.textContent = `Sign-in could not finish: ${error instanceof Error ? error.message : String(error)}. Close this window and try again.`;
});
