import { useCallback, useEffect, useState } from 'react';
import type { HostMeeting } from '../../hosts/host';
import { readCachedCard, writeCachedCard } from '../local-db';
import type { Session } from '../session';
import { loadPrepCard, type PrepCard } from './load-prep-card';

export type PrepCardState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  /** `fresh` is false while a card from the cache shows and the new one loads, or failed to. */
  | { status: 'ready'; card: PrepCard; fresh: boolean; refreshError?: unknown };

/** The cache key of a meeting's card: per advisor, per meeting (or per unsaved draft's start). */
export function cardKey(email: string, meeting: HostMeeting): string {
  return `${email}|${meeting.itemId ?? `unsaved|${meeting.subject}`}|${meeting.start.toISOString()}`;
}

/**
 * Stale-while-revalidate: a card seen before shows at once from this device's cache while the
 * fresh one loads in one round trip; an answer for a meeting no longer open is dropped.
 */
export function usePrepCard(session: Session, meeting: HostMeeting): PrepCardState & { retry: () => void } {
  const key = cardKey(session.me.email, meeting);
  // The host may add people to an open meeting: that is a new card, cached under the same meeting.
  const loadKey = `${key}|${meeting.attendees.length}`;
  const [state, setState] = useState<PrepCardState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    let fresh = false;
    let cached: PrepCard | undefined;
    setState({ status: 'loading' });
    void readCachedCard(key, session.now().getTime()).then((entry) => {
      if (!live || fresh || entry === undefined) return;
      cached = entry.card as PrepCard;
      setState({ status: 'ready', card: cached, fresh: false });
    });
    const options = session.prepCardRequests === undefined ? {} : { requests: session.prepCardRequests };
    loadPrepCard(session, meeting, options).then(
      (card) => {
        fresh = true;
        if (!live) return;
        setState({ status: 'ready', card, fresh: true });
        void writeCachedCard(key, card, card.loadedAt.getTime());
      },
      (error: unknown) => {
        fresh = true;
        if (!live) return;
        setState(
          cached === undefined
            ? { status: 'error', error }
            : { status: 'ready', card: cached, fresh: false, refreshError: error },
        );
      },
    );
    return () => {
      live = false;
    };
    // reason: `key` names the meeting and the advisor; `session`/`meeting` objects change identity freely.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadKey, attempt]);
  const retry = useCallback(() => {
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
