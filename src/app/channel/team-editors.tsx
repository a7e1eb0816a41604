import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { BookRegular, MegaphoneRegular, PersonAddRegular } from '@fluentui/react-icons';
import { Suspense, lazy, useState } from 'react';
import type { EditorPanel } from './editor-drawer';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
});

// On demand: the editors load when the advisor first opens one.
const EditorDrawer = lazy(() =>
  import(/* webpackChunkName: "on-demand-team-editors" */ './editor-drawer').then((m) => ({
    default: m.EditorDrawer,
  })),
);

/**
 * The team's editors beside the team view's title, each in a side panel: add a client from the
 * directory, the article library, campaigns. Closing a panel after a save loads the view again.
 */
export function TeamEditors({ onSaved }: { onSaved: () => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<EditorPanel | null>(null);
  // Once loaded, the drawer stays mounted so it can animate closed.
  const [used, setUsed] = useState(false);
  const [saved, setSaved] = useState(false);
  const show = (panel: EditorPanel) => {
    setUsed(true);
    setOpen(panel);
  };
  const close = () => {
    setOpen(null);
    if (saved) onSaved();
    setSaved(false);
  };
  const markSaved = () => {
    setSaved(true);
  };
  return (
    <div className={styles.bar}>
      <Button icon={<PersonAddRegular />} onClick={() => show('client')}>
        Add client
      </Button>
      <Button icon={<BookRegular />} onClick={() => show('articles')}>
        Article library
      </Button>
      <Button icon={<MegaphoneRegular />} onClick={() => show('campaigns')}>
        Campaigns
      </Button>
      {used && (
        <Suspense fallback={<Spinner size="tiny" label="Opening…" />}>
          <EditorDrawer open={open} onClose={close} onSaved={markSaved} />
        </Suspense>
      )}
    </div>
  );
}
