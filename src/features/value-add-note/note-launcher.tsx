import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { NoteAddRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import type { NoteContext } from '../../domain/value-add-note';
import { outboxIsDurable } from '../local-db';
import { OutboxStatus } from '../outbox/outbox-status';
import { useSession } from '../session';

// On demand: the form (and its inputs) loads when the advisor opens a note.
const NoteForm = lazy(() =>
  import(/* webpackChunkName: "on-demand-note-form" */ './note-form').then((m) => ({ default: m.NoteForm })),
);

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
});

type State =
  | { kind: 'closed' }
  | { kind: 'open'; noteId: string; context: NoteContext }
  | { kind: 'saved'; noteId: string };

/**
 * "Add value-add note" on a meeting that has started: opens the note in place, then shows where
 * the saved note stands (on this device, or saved for the team).
 */
export function ValueAddNoteLauncher({
  context,
  loadBrought,
  onSaved,
  initiallyOpen = false,
}: {
  context: Omit<NoteContext, 'brought'>;
  /** The articles marked "bring it" on the card, read when the note opens. */
  loadBrought: () => Promise<string[]>;
  onSaved?: () => void;
  initiallyOpen?: boolean;
}) {
  const session = useSession();
  const styles = useStyles();
  const [state, setState] = useState<State>({ kind: 'closed' });
  const [durable, setDurable] = useState(true);
  // A note saved or cancelled gives way to the button again, which takes the focus back from it.
  const returnFocus = useRef(false);
  const button = useCallback((element: HTMLElement | null) => {
    if (element === null || !returnFocus.current) return;
    returnFocus.current = false;
    element.focus();
  }, []);
  useEffect(() => {
    void outboxIsDurable().then(setDurable);
    if (initiallyOpen) open();
    // reason: opens once, when the launcher first appears.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const open = () => {
    const noteId = crypto.randomUUID();
    void loadBrought().then(
      (brought) => {
        setState({ kind: 'open', noteId, context: { ...context, brought } });
      },
      () => {
        setState({ kind: 'open', noteId, context: { ...context, brought: [] } });
      },
    );
  };
  return (
    <div className={styles.root}>
      {state.kind === 'saved' && session.outbox !== undefined && (
        <OutboxStatus
          outbox={session.outbox}
          group={state.noteId}
          durable={durable}
          savedDetail="The note is in the team store; the next prep card with this client shows it."
        />
      )}
      {state.kind === 'open' ? (
        <section aria-label="Add a value-add note" className={styles.panel}>
          <Suspense fallback={<Spinner size="small" label="Opening the note…" />}>
            <NoteForm
              context={state.context}
              noteId={state.noteId}
              onSaved={(noteId) => {
                returnFocus.current = true;
                setState({ kind: 'saved', noteId });
                onSaved?.();
              }}
              onCancel={() => {
                returnFocus.current = true;
                setState({ kind: 'closed' });
              }}
            />
          </Suspense>
        </section>
      ) : (
        <Button ref={button} appearance="primary" icon={<NoteAddRegular />} onClick={open}>
          {state.kind === 'saved' ? 'Add another value-add note' : 'Add value-add note'}
        </Button>
      )}
    </div>
  );
}
