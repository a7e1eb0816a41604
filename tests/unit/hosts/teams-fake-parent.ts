/**
 * Teams, faked at the window edge: the page's `window.parent` becomes a fake host window that
 * records every message the app posts and answers the way the Teams client does — a reply
 * `{ id, uuidAsString, args }` from the parent's origin, or a host-initiated `{ func, args }`.
 */

/** A message the app posted to the host, as teams-js serialises it. */
export type SentMessage = { id: number; uuidAsString?: string; func: string; args: unknown[] };

/** The Teams context as the host sends it over the wire (teams-js turns it into `app.Context`). */
export type WireContext = Record<string, unknown>;

type Answer = (args: unknown[]) => unknown[] | undefined;

export type FakeTeamsParentOptions = {
  frameContext?: 'content' | 'settings';
  context?: WireContext;
  /**
   * `answering`: Teams. `silent`: a frame whose parent receives everything and answers nothing.
   * `none`: no fake parent at all, the page opened on its own. `late`: Teams, holding its answer to
   * `initialize` until `answerLate()`.
   */
  parent?: 'answering' | 'silent' | 'none' | 'late';
  /** Replies per function name, over the defaults. Undefined from an answer means no reply. */
  replies?: Record<string, Answer>;
};

export type FakeTeamsParent = {
  /** Every message the app posted, in order. */
  readonly sent: SentMessage[];
  /** The messages the app posted for one function. */
  calls(func: string): SentMessage[];
  /** A message the host sends on its own, e.g. `themeChange` or `settings.save`. */
  push(func: string, args: unknown[]): void;
  /** With `parent: 'late'`: answers the `initialize` calls held so far. */
  answerLate(): void;
  /** Puts the real parent back and removes the listeners teams-js added. */
  dispose(): void;
};

/** A channel tab's context in the Northwind comms team. */
export const CHANNEL_CONTEXT: WireContext = {
  locale: 'en-gb',
  theme: 'default',
  userObjectId: 'u-maya',
  userPrincipalName: 'maya.chen@northwind.example',
  loginHint: 'maya.chen@northwind.example',
  tid: 'tenant-northwind',
  teamId: '19:team@thread.tacv2',
  teamName: 'Comms team',
  groupId: 'group-comms',
  channelId: '19:general@thread.tacv2',
  channelName: 'General',
  teamSiteUrl: 'https://northwind.sharepoint.com/sites/comms',
  teamSiteDomain: 'northwind.sharepoint.com',
  teamSitePath: '/sites/comms',
};

const RUNTIME = JSON.stringify({
  apiVersion: 4,
  isNAAChannelRecommended: true,
  supports: { app: {}, pages: { config: {} }, dialog: {} },
});

function isSentMessage(data: unknown): data is SentMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { func?: unknown }).func === 'string' &&
    typeof (data as { id?: unknown }).id === 'number'
  );
}

/** Replaces `window.parent` with the fake host window, so teams-js sees itself framed by Teams. */
export function installFakeTeamsParent(options: FakeTeamsParentOptions = {}): FakeTeamsParent {
  const { frameContext = 'content', context = CHANNEL_CONTEXT, parent = 'answering' } = options;
  const replies: Record<string, Answer> = {
    initialize: () => [frameContext, 'web', RUNTIME, '2.58.0'],
    getContext: () => [{ frameContext, ...context }],
    'settings.setSettings': () => [true],
    ...options.replies,
  };
  const sent: SentMessage[] = [];
  const held: SentMessage[] = [];
  const origin = window.location.origin;

  const deliver = (data: unknown) => {
    const event = new MessageEvent('message', { data, origin });
    // jsdom only takes real windows as `source`; teams-js checks the source is its parent.
    Object.defineProperty(event, 'source', { value: fakeParent });
    window.dispatchEvent(event);
  };

  const fakeParent = {
    closed: false,
    postMessage(message: unknown) {
      if (!isSentMessage(message)) return;
      sent.push(message);
      if (parent === 'late' && message.func === 'initialize') {
        held.push(message);
        return;
      }
      const answer = parent === 'answering' || parent === 'late' ? replies[message.func] : undefined;
      const args = answer?.(message.args);
      if (args === undefined) return;
      // The real host answers asynchronously, after the call has returned.
      setTimeout(() => {
        deliver({ id: message.id, uuidAsString: message.uuidAsString, args });
      }, 0);
    },
  };

  const listeners: EventListenerOrEventListenerObject[] = [];
  const addEventListener = jest.spyOn(window, 'addEventListener');
  addEventListener.mockImplementation(function (this: Window, type, listener, opts) {
    if (type === 'message') listeners.push(listener);
    EventTarget.prototype.addEventListener.call(this, type, listener, opts);
  });
  // teams-js prefetches its list of valid origins at import; tests stay off the network.
  const fetch = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('No network in unit tests'));
  const original = Object.getOwnPropertyDescriptor(window, 'parent');
  if (parent !== 'none') Object.defineProperty(window, 'parent', { value: fakeParent, configurable: true });

  return {
    sent,
    calls: (func) => sent.filter((m) => m.func === func),
    push(func, args) {
      deliver({ func, args });
    },
    answerLate() {
      for (const message of held.splice(0)) {
        const args = replies[message.func]?.(message.args);
        if (args !== undefined) deliver({ id: message.id, uuidAsString: message.uuidAsString, args });
      }
    },
    dispose() {
      for (const listener of listeners) window.removeEventListener('message', listener);
      addEventListener.mockRestore();
      fetch.mockRestore();
      if (original === undefined) Reflect.deleteProperty(window, 'parent');
      else Object.defineProperty(window, 'parent', original);
    },
  };
}

/** Lets the fake host's replies (posted on a zero timeout) arrive. */
export function hostRoundTrip(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}
