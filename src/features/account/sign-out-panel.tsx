import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { describeGraphError } from '../../graph/graph-errors';
import { downloadEntries } from '../outbox/entry-choices';
import { useSession, useSignedOut } from '../session';

const useStyles = makeStyles({
  // A row of its own under the header, the width of the pane.
  root: { flexBasis: '100%', display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: { outlineStyle: 'none' },
});

type Phase = { phase: 'ask' } | { phase: 'signing-out' } | { phase: 'failed'; message: string };

/**
 * Signing out of Home Turf on this device, asked in place under the header (no modal over a
 * 320-px pane). Writes the team store has not confirmed yet are the advisor's to decide about
 * first: cancel to let them send, download a copy, or discard them; then their cards, marks and
 * tokens are removed and the shell says they are signed out.
 */
export function SignOutPanel({ onClose }: { onClose: () => void }) {
  const session = useSession();
  const signedOut = useSignedOut();
  const styles = useStyles();
  const title = useRef<HTMLElement | null>(null);
  const outbox = session.outbox;
  // Re-rendered whenever the outbox changes (an entry sent while this is open leaves the list).
  useSyncExternalStore(
    (listener) => outbox?.subscribe(listener) ?? (() => undefined),
    () => (outbox?.entries() ?? []).map((entry) => entry.id).join(' '),
  );
  const unsent = outbox?.entries() ?? [];
  const [state, setState] = useState<Phase>({ phase: 'ask' });
  useEffect(() => {
    title.current?.focus();
  }, []);
  const signOut = async () => {
    setState({ phase: 'signing-out' });
    try {
      if (outbox !== undefined && unsent.length > 0) await outbox.discard(unsent.map((entry) => entry.id));
      await session.signOut();
      signedOut();
    } catch (error: unknown) {
      setState({ phase: 'failed', message: describeGraphError(error) });
    }
  };
  const count = unsent.length;
  const them = count === 1 ? 'it' : 'them';
  return (
    <section className={styles.root} aria-labelledby="sign-out-title">
      <MessageBar intent={count > 0 ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle
            id="sign-out-title"
            role="heading"
            aria-level={2}
            tabIndex={-1}
            ref={(element: HTMLElement | null) => {
              title.current = element;
            }}
            className={styles.title}
          >
            Sign out of Home Turf?
          </MessageBarTitle>
          Signed in as {session.me.displayName} ({session.me.email}). Signing out removes the prep cards and
          marks Home Turf keeps for you on this device, and the sign-in itself.
          {count > 0 && (
            <>
              {' '}
              {count === 1 ? '1 change has' : `${count} changes have`} not reached the team store yet (
              {unsent.map((entry) => entry.label).join('; ')}): signing out discards {them}. Cancel to let{' '}
              {them} send, or download a copy first.
            </>
          )}
          {state.phase === 'failed' && <> Signing out did not finish: {state.message}</>}
        </MessageBarBody>
        <MessageBarActions>
          {count > 0 && outbox !== undefined && (
            <Button
              onClick={() => {
                downloadEntries(
                  outbox,
                  unsent.map((entry) => entry.id),
                  'home-turf-unsent-changes.json',
                );
              }}
            >
              Download a copy
            </Button>
          )}
          <Button disabled={state.phase === 'signing-out'} onClick={onClose}>
            Cancel
          </Button>
          <Button
            appearance="primary"
            disabled={state.phase === 'signing-out'}
            onClick={() => void signOut()}
          >
            {count > 0 ? 'Discard and sign out' : 'Sign out'}
          </Button>
        </MessageBarActions>
      </MessageBar>
    </section>
  );
}
