import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { SaveRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { OutboxOp } from './outbox-ops';
import { OutboxStatus, useOutboxDurable } from './outbox-status';
import { useSession } from '../session';

/** The layout every editor shares: a column of fields in a fieldset the save locks. */
export const useEditorStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    border: 'none',
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
});

/**
 * How the team store's editors save: through the outbox, so what was typed is kept on this device
 * before anything is sent, and the form stays as typed whatever the network does.
 */

export type EditorPhase =
  | { kind: 'editing' }
  | { kind: 'saving' }
  /** Kept on this device; the status says whether the store has it yet. */
  | { kind: 'saved'; group: string }
  /** Could not even be kept on this device: nothing was saved, the form is still as typed. */
  | { kind: 'problem'; message: string };

export type EditorSave = {
  phase: EditorPhase;
  /** True once saved: the form shows what was saved, read-only, beside its status. */
  locked: boolean;
  /** Puts the writes in the outbox as one group; false when they could not be kept. */
  save: (group: string, label: string, ops: readonly OutboxOp[]) => Promise<boolean>;
  /** Back to an empty form after a save ("Add another"). */
  reset: () => void;
};

export function useEditorSave(what: string): EditorSave {
  const session = useSession();
  const [phase, setPhase] = useState<EditorPhase>({ kind: 'editing' });
  const save = async (group: string, label: string, ops: readonly OutboxOp[]) => {
    if (session.outbox === undefined) {
      setPhase({
        kind: 'problem',
        message: `The ${what} cannot be saved here: the team store is not available. What you typed is still in the form.`,
      });
      return false;
    }
    setPhase({ kind: 'saving' });
    try {
      await session.outbox.enqueue(group, label, ops);
      setPhase({ kind: 'saved', group });
      return true;
    } catch (error) {
      setPhase({
        kind: 'problem',
        message: `The ${what} could not be kept on this device: ${error instanceof Error ? error.message : String(error)}. What you typed is still in the form.`,
      });
      return false;
    }
  };
  return {
    phase,
    locked: phase.kind === 'saved' || phase.kind === 'saving',
    save,
    reset: () => {
      setPhase({ kind: 'editing' });
    },
  };
}

const useStyles = makeStyles({
  bar: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** The foot of an editor: Save (a submit button), Cancel or Close, and where the save stands. */
export function SaveBar({
  save,
  saveLabel,
  savedDetail,
  onClose,
  onAnother,
}: {
  save: EditorSave;
  saveLabel: string;
  savedDetail: string;
  onClose?: (() => void) | undefined;
  /** After a save, offers a fresh form (for new records). */
  onAnother?: (() => void) | undefined;
}) {
  const styles = useStyles();
  const session = useSession();
  const durable = useOutboxDurable();
  const { phase } = save;
  return (
    <div className={styles.bar}>
      {phase.kind === 'saved' && session.outbox !== undefined && (
        <OutboxStatus
          outbox={session.outbox}
          group={phase.group}
          durable={durable}
          savedDetail={savedDetail}
        />
      )}
      {phase.kind === 'problem' && (
        <Caption1 role="alert" className={styles.problem}>
          {phase.message}
        </Caption1>
      )}
      <div className={styles.actions}>
        {phase.kind !== 'saved' && (
          <Button
            type="submit"
            appearance="primary"
            icon={<SaveRegular />}
            disabled={phase.kind === 'saving'}
          >
            {saveLabel}
          </Button>
        )}
        {phase.kind === 'saved' && onAnother !== undefined && (
          <Button onClick={onAnother}>Add another</Button>
        )}
        {onClose !== undefined && (
          <Button onClick={onClose}>{phase.kind === 'saved' ? 'Close' : 'Cancel'}</Button>
        )}
      </div>
    </div>
  );
}
