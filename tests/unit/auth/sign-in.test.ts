import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { createMsalSignIn, msalConfiguration, type CreateApplication } from '../../../src/auth/msal-sign-in';
import { createOutlookSignIn, type OfficeForSignIn } from '../../../src/auth/outlook-sign-in';
import { createTeamsSignIn } from '../../../src/auth/teams-sign-in';

const CONFIG = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'organizations',
  authorityHost: 'https://login.microsoftonline.com',
};
const ORIGIN = 'https://hometurf.contoso.com';
const ACCOUNT = { homeAccountId: 'h', username: 'maya.chen@contoso.com' } as AccountInfo;

type Calls = {
  nested: boolean[];
  silent: string[][];
  sso: string[][];
  popup: string[][];
  redirect: { scopes: string[]; redirectStartPage?: string }[];
  hints: (string | undefined)[];
  cleared: (AccountInfo | undefined)[];
};

/** A fake MSAL application: records what was asked, answers as scripted. */
function fakeMsal(script: {
  accounts?: AccountInfo[];
  silent?: 'ok' | 'interaction';
  sso?: 'ok' | 'fail';
  backFromRedirect?: AccountInfo;
}) {
  const calls: Calls = { nested: [], silent: [], sso: [], popup: [], redirect: [], hints: [], cleared: [] };
  const token = (scopes: readonly string[]) => ({
    accessToken: `token for ${scopes.join(' ')}`,
    account: ACCOUNT,
  });
  const create: CreateApplication = (_configuration, nested) => {
    calls.nested.push(nested);
    const pca = {
      initialize: () => Promise.resolve(),
      handleRedirectPromise: () =>
        Promise.resolve(script.backFromRedirect === undefined ? null : { account: script.backFromRedirect }),
      acquireTokenRedirect: (request: { scopes: string[]; redirectStartPage?: string }) => {
        calls.redirect.push(request);
        return Promise.resolve();
      },
      getAllAccounts: () => script.accounts ?? [],
      acquireTokenSilent: (request: { scopes: string[] }) => {
        calls.silent.push(request.scopes);
        return script.silent === 'interaction'
          ? Promise.reject(new InteractionRequiredAuthError('consent_required', 'Consent is needed'))
          : Promise.resolve(token(request.scopes));
      },
      ssoSilent: (request: { scopes: string[]; loginHint?: string }) => {
        calls.sso.push(request.scopes);
        calls.hints.push(request.loginHint);
        return script.sso === 'fail'
          ? Promise.reject(new InteractionRequiredAuthError('login_required', 'Sign-in is needed'))
          : Promise.resolve(token(request.scopes));
      },
      clearCache: (request?: { account?: AccountInfo }) => {
        calls.cleared.push(request?.account);
        return Promise.resolve();
      },
      acquireTokenPopup: (request: { scopes: string[]; loginHint?: string }) => {
        calls.popup.push(request.scopes);
        calls.hints.push(request.loginHint);
        return Promise.resolve(token(request.scopes));
      },
    };
    return Promise.resolve(pca as unknown as IPublicClientApplication);
  };
  return { create, calls };
}

describe('MSAL sign-in', () => {
  it('asks silently first and opens no popup when the account is known', async () => {
    const { create, calls } = fakeMsal({ accounts: [ACCOUNT] });
    const getToken = await createMsalSignIn(CONFIG, { nested: true, origin: ORIGIN, create });
    expect(await getToken(['User.Read'])).toBe('token for User.Read');
    expect(calls).toMatchObject({ nested: [true], silent: [['User.Read']], popup: [] });
  });

  it('signs in through the host session (ssoSilent) with its hint when no account is cached', async () => {
    const { create, calls } = fakeMsal({});
    const getToken = await createMsalSignIn(
      { ...CONFIG, loginHint: 'maya@contoso.com' },
      { nested: true, origin: ORIGIN, create },
    );
    await getToken(['User.Read']);
    expect(calls.sso).toEqual([['User.Read']]);
    expect(calls.hints).toEqual(['maya@contoso.com']);
    expect(calls.popup).toEqual([]);
  });

  it.each([
    ['consent to a new scope is needed', { accounts: [ACCOUNT], silent: 'interaction' as const }],
    ['silent sign-in fails', { sso: 'fail' as const }],
  ])('opens a popup only when the user must act: %s', async (_, script) => {
    const { create, calls } = fakeMsal(script);
    const getToken = await createMsalSignIn(CONFIG, { nested: true, origin: ORIGIN, create });
    expect(await getToken(['Sites.ReadWrite.All'])).toBe('token for Sites.ReadWrite.All');
    expect(calls.popup).toEqual([['Sites.ReadWrite.All']]);
  });
});

describe('signing out', () => {
  it("empties MSAL's cache for the account, and the next token is asked for afresh", async () => {
    const { create, calls } = fakeMsal({ accounts: [ACCOUNT] });
    const getToken = await createMsalSignIn(CONFIG, { nested: false, origin: ORIGIN, create });
    await getToken(['User.Read']);
    await getToken.forget();
    expect(calls.cleared).toEqual([ACCOUNT]);
    // No account any more: the next token starts a sign-in (silent first), not a cached answer.
    await getToken(['User.Read']);
    expect(calls.sso).toEqual([['User.Read']]);
  });

  it('forgets the tokens a sign-in window handed over', async () => {
    const opened: string[] = [];
    const teams = {
      naaRecommended: false,
      authenticate: (url: string) => {
        opened.push(url);
        return Promise.resolve(
          JSON.stringify({ accessToken: 'window-token', expiresOn: Date.now() + 3_600_000 }),
        );
      },
    };
    const getToken = await createTeamsSignIn(CONFIG, teams, { origin: ORIGIN });
    await getToken(['User.Read']);
    await getToken(['User.Read']);
    expect(opened).toHaveLength(1);
    await getToken.forget();
    await getToken(['User.Read']);
    expect(opened).toHaveLength(2);
  });
});

describe('MSAL configuration', () => {
  it.each([
    ['public', 'https://login.microsoftonline.com', undefined],
    ['usgov', 'https://login.microsoftonline.us', undefined],
    ['china', 'https://login.chinacloudapi.cn', undefined],
    ['the demo tenant', 'https://localhost:3443', ['localhost:3443']],
  ])('signs in at the authority of %s, coming back to the redirect bridge', (_, host, known) => {
    const configuration = msalConfiguration(
      {
        ...CONFIG,
        tenantId: 'contoso.onmicrosoft.com',
        authorityHost: host,
        knownAuthority: known !== undefined,
      },
      ORIGIN,
    );
    expect(configuration.auth.authority).toBe(`${host}/contoso.onmicrosoft.com`);
    expect(configuration.auth.knownAuthorities).toEqual(known);
    expect(configuration.auth.redirectUri).toBe(`${ORIGIN}/auth-redirect.html`);
  });
});

describe('MSAL sign-in in a browser tab of its own', () => {
  it('goes to the sign-in by redirect the first time, coming back to the page it left', async () => {
    const { create, calls } = fakeMsal({ sso: 'fail' });
    const getToken = await createMsalSignIn(CONFIG, {
      nested: false,
      origin: ORIGIN,
      firstSignIn: 'redirect',
      startPage: `${ORIGIN}/personal.html`,
      create,
    });
    let settled = false;
    void getToken(['User.Read']).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(calls.redirect.map((r) => r.scopes)).toEqual([['User.Read']]);
    expect(calls.redirect[0]?.redirectStartPage).toBe(`${ORIGIN}/personal.html`);
    expect(calls.popup).toEqual([]);
    // The page is leaving: the token request never settles with an error the page would show.
    expect(settled).toBe(false);
  });

  it('back from the redirect, takes its account and asks silently', async () => {
    const { create, calls } = fakeMsal({ backFromRedirect: ACCOUNT });
    const getToken = await createMsalSignIn(CONFIG, {
      nested: false,
      origin: ORIGIN,
      firstSignIn: 'redirect',
      create,
    });
    expect(await getToken(['User.Read'])).toBe('token for User.Read');
    expect(calls).toMatchObject({ nested: [false], silent: [['User.Read']], redirect: [], popup: [] });
  });

  it('asks consent to a write scope in a popup, not by leaving the page', async () => {
    const { create, calls } = fakeMsal({ backFromRedirect: ACCOUNT, silent: 'interaction' });
    const getToken = await createMsalSignIn(CONFIG, {
      nested: false,
      origin: ORIGIN,
      firstSignIn: 'redirect',
      create,
    });
    await getToken(['Sites.ReadWrite.All']);
    expect(calls.popup).toEqual([['Sites.ReadWrite.All']]);
    expect(calls.redirect).toEqual([]);
  });
});

describe('Teams sign-in', () => {
  it('uses nested app authentication where Teams recommends it', async () => {
    const { create, calls } = fakeMsal({ accounts: [ACCOUNT] });
    const opened: string[] = [];
    const teams = {
      naaRecommended: true,
      authenticate: (url: string) => {
        opened.push(url);
        return Promise.resolve('{}');
      },
    };
    const getToken = await createTeamsSignIn(CONFIG, teams, { origin: ORIGIN, create });
    await getToken(['User.Read']);
    expect(calls.nested).toEqual([true]);
    expect(opened).toEqual([]);
  });

  it("where it does not, signs in in Teams' own sign-in window on teams-auth.html", async () => {
    const { create, calls } = fakeMsal({});
    const opened: string[] = [];
    const teams = {
      naaRecommended: false,
      authenticate: (url: string) => {
        opened.push(url);
        return Promise.resolve(
          JSON.stringify({ accessToken: 'window-token', expiresOn: Date.now() + 3_600_000 }),
        );
      },
    };
    const getToken = await createTeamsSignIn(CONFIG, teams, { origin: ORIGIN, create });
    expect(await getToken(['User.Read', 'Calendars.Read'])).toBe('window-token');
    expect(await getToken(['Calendars.Read', 'User.Read'])).toBe('window-token');
    expect(opened).toEqual([`${ORIGIN}/teams-auth.html?scopes=Calendars.Read%20User.Read`]);
    expect(calls.nested).toEqual([]);
  });

  it('opens one sign-in window for requests that start together, and each waits its turn', async () => {
    const opened: string[] = [];
    let open = 0;
    let most = 0;
    const teams = {
      naaRecommended: false,
      authenticate: async (url: string) => {
        opened.push(url);
        most = Math.max(most, (open += 1));
        await new Promise((resolve) => setTimeout(resolve, 0));
        open -= 1;
        return JSON.stringify({
          accessToken: `token-${String(opened.length)}`,
          expiresOn: Date.now() + 3_600_000,
        });
      },
    };
    const getToken = await createTeamsSignIn(CONFIG, teams, { origin: ORIGIN });
    const tokens = await Promise.all([
      getToken(['User.Read']),
      getToken(['User.Read']),
      getToken(['Sites.ReadWrite.All']),
    ]);
    expect(tokens).toEqual(['token-1', 'token-1', 'token-2']);
    expect(opened).toEqual([
      `${ORIGIN}/teams-auth.html?scopes=User.Read`,
      `${ORIGIN}/teams-auth.html?scopes=Sites.ReadWrite.All`,
    ]);
    expect(most).toBe(1);
  });

  it('says why when the sign-in window failed', async () => {
    const teams = {
      naaRecommended: false,
      authenticate: () => Promise.resolve(JSON.stringify({ error: 'The administrator has not consented.' })),
    };
    const getToken = await createTeamsSignIn(CONFIG, teams, { origin: ORIGIN });
    await expect(getToken(['User.Read'])).rejects.toThrow('The administrator has not consented.');
  });
});

function fakeOffice(
  nestedAppAuth: boolean,
  dialog?: { message?: string; closedWith?: number },
): OfficeForSignIn & {
  opened: string[];
} {
  const opened: string[] = [];
  return {
    opened,
    context: {
      requirements: {
        isSetSupported: (name, version) => nestedAppAuth && name === 'NestedAppAuth' && version === '1.1',
      },
      ui: {
        displayDialogAsync: (url, _options, callback) => {
          opened.push(url);
          const handlers = new Map<string, (arg: { message?: string; error?: number }) => void>();
          callback({
            status: 'succeeded',
            value: {
              addEventHandler: (type, handler) => handlers.set(type, handler),
              close: () => undefined,
            },
          });
          queueMicrotask(() => {
            if (dialog?.closedWith !== undefined)
              handlers.get('dialogEventReceived')?.({ error: dialog.closedWith });
            else handlers.get('dialogMessageReceived')?.({ message: dialog?.message ?? '{}' });
          });
        },
      },
    },
    auth: { getAuthContext: () => Promise.resolve({ userPrincipalName: 'maya.chen@contoso.com' }) },
  };
}

describe('Outlook sign-in', () => {
  it("uses nested app authentication where Outlook supports NestedAppAuth 1.1, with Office's user as hint", async () => {
    const { create, calls } = fakeMsal({});
    const office = fakeOffice(true);
    const getToken = await createOutlookSignIn(CONFIG, office, { origin: ORIGIN, create });
    await getToken(['User.Read']);
    expect(calls.nested).toEqual([true]);
    expect(calls.hints).toEqual(['maya.chen@contoso.com']);
    expect(office.opened).toEqual([]);
  });

  it('falls back to the Office dialog where it does not, and keeps the token in memory', async () => {
    const office = fakeOffice(false, {
      message: JSON.stringify({ accessToken: 'dialog-token', expiresOn: Date.now() + 3_600_000 }),
    });
    const getToken = await createOutlookSignIn(CONFIG, office, { origin: 'https://hometurf.contoso.com' });
    expect(await getToken(['User.Read', 'Calendars.Read'])).toBe('dialog-token');
    expect(await getToken(['Calendars.Read', 'User.Read'])).toBe('dialog-token');
    expect(office.opened).toEqual([
      'https://hometurf.contoso.com/auth-dialog.html?scopes=Calendars.Read%20User.Read',
    ]);
  });

  it('says so plainly when the advisor closes the sign-in dialog', async () => {
    const office = fakeOffice(false, { closedWith: 12006 });
    const getToken = await createOutlookSignIn(CONFIG, office, { origin: 'https://hometurf.contoso.com' });
    await expect(getToken(['User.Read'])).rejects.toThrow('Sign-in was cancelled.');
  });
});
