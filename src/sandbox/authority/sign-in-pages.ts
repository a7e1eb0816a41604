import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * The authority's own pages: choose an account, consent to permissions, a refusal, sign out.
 * Plain HTML forms (every control reachable and usable with the keyboard), no script and no
 * external asset; the one stylesheet is allowed by a per-response nonce in the page's policy.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body { font: 15px/1.4 "Segoe UI", system-ui, sans-serif; margin: 0; background: #f2f2f2; color: #1b1b1b; }
main { max-width: 440px; margin: 8vh auto; background: #fff; padding: 32px; box-shadow: 0 2px 6px rgba(0,0,0,.2); }
h1 { font-size: 24px; font-weight: 600; margin: 0 0 16px; }
p.org { margin: 0 0 4px; color: #555; }
ul { list-style: none; padding: 0; margin: 0 0 16px; }
li { margin: 0 0 8px; }
button { font: inherit; cursor: pointer; }
.account { display: block; width: 100%; text-align: left; padding: 10px 12px; background: #fff; border: 1px solid #8a8886; }
.account:hover { background: #f3f2f1; }
.account small { display: block; color: #555; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
.primary { background: #0067b8; color: #fff; border: 1px solid #0067b8; padding: 6px 20px; }
.secondary { background: #ccc; border: 1px solid #ccc; padding: 6px 20px; }
button:focus-visible { outline: 3px solid #000; outline-offset: 2px; }
.permissions li { padding-left: 12px; border-left: 3px solid #0067b8; }
`;

/** Sends `body` as a page with its own strict policy; forms may post here and return to `formTargets`. */
export function sendPage(
  response: ServerResponse,
  title: string,
  body: string,
  formTargets: readonly string[] = [],
  status = 200,
): void {
  const nonce = randomBytes(16).toString('base64');
  const policy = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `form-action 'self' ${[...new Set(formTargets)].join(' ')}`.trim(),
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ');
  response.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
  });
  response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main>${body}</main></body></html>`);
}

export type AccountChoice = { id: string; displayName: string; userPrincipalName: string };

/** "Pick an account": one button per demo user, the hinted one focused first. */
export function accountPicker(input: {
  organisation: string;
  appName: string;
  action: string;
  accounts: readonly AccountChoice[];
  loginHint?: string | undefined;
}): string {
  const hint = input.loginHint?.toLowerCase();
  const hinted = input.accounts.find((a) => a.userPrincipalName.toLowerCase() === hint);
  const first = hinted ?? input.accounts[0];
  const items = input.accounts
    .map(
      (a) =>
        `<li><button class="account" type="submit" name="account" value="${escapeHtml(a.id)}"${a === first ? ' autofocus' : ''}>${escapeHtml(a.displayName)}<small>${escapeHtml(a.userPrincipalName)}</small></button></li>`,
    )
    .join('');
  return `<p class="org">${escapeHtml(input.organisation)}</p><h1>Pick an account</h1>
<p>to continue to ${escapeHtml(input.appName)}</p>
<form method="post" action="${escapeHtml(input.action)}"><ul aria-label="Accounts">${items}</ul></form>`;
}

/** "Permissions requested": what the app asks for, Accept or Cancel. */
export function consentPrompt(input: {
  appName: string;
  user: string;
  action: string;
  permissions: readonly string[];
}): string {
  const items = input.permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<p class="org">${escapeHtml(input.user)}</p><h1>Permissions requested</h1>
<p>${escapeHtml(input.appName)} would like to:</p><ul class="permissions">${items}</ul>
<p>Accepting these permissions means that you allow this app to use your data as specified.</p>
<form method="post" action="${escapeHtml(input.action)}"><div class="actions">
<button class="secondary" type="submit" name="decision" value="cancel">Cancel</button>
<button class="primary" type="submit" name="decision" value="accept" autofocus>Accept</button></div></form>`;
}

/** "Need admin approval": the app asks for what only an administrator may grant. */
export function adminApprovalNeeded(input: {
  appName: string;
  action: string;
  permissions: readonly string[];
}): string {
  const items = input.permissions.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<h1>Need admin approval</h1>
<p>${escapeHtml(input.appName)} needs permission to access resources in your organisation that only an admin can grant. Ask an admin to grant permission to this app before you can use it.</p>
<ul class="permissions">${items}</ul>
<form method="post" action="${escapeHtml(input.action)}"><div class="actions">
<button class="primary" type="submit" name="decision" value="cancel" autofocus>Return to the application</button></div></form>`;
}
