import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { BookRegular, DismissRegular, MegaphoneRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { ArticleLibrary } from '../../features/article-library/article-library';
import { CampaignList } from '../../features/campaigns/campaign-list';
import { ClientProfileEditor } from '../../features/client-profile/client-profile-editor';

const useStyles = makeStyles({
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

type Open = 'client' | 'articles' | 'campaigns' | null;

const TITLES: Record<Exclude<Open, null>, string> = {
  client: 'Add a client',
  articles: 'Article library',
  campaigns: 'Campaigns',
};

/**
 * The team's editors beside the team view's title, each in a side panel: add a client from the
 * directory, the article library, campaigns. Closing a panel after a save loads the view again.
 */
export function TeamEditors({ onSaved }: { onSaved: () => void }) {
  const styles = useStyles();
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState(false);
  const close = () => {
    setOpen(null);
    if (saved) onSaved();
    setSaved(false);
  };
  const markSaved = () => {
    setSaved(true);
  };
  const panels: Record<Exclude<Open, null>, ReactNode> = {
    client: <ClientProfileEditor onSaved={markSaved} onClose={close} />,
    articles: <ArticleLibrary onSaved={markSaved} />,
    campaigns: <CampaignList onSaved={markSaved} />,
  };
  return (
    <div className={styles.bar}>
      <Button icon={<PersonAddRegular />} onClick={() => setOpen('client')}>
        Add client
      </Button>
      <Button icon={<BookRegular />} onClick={() => setOpen('articles')}>
        Article library
      </Button>
      <Button icon={<MegaphoneRegular />} onClick={() => setOpen('campaigns')}>
        Campaigns
      </Button>
      <OverlayDrawer
        position="end"
        size="large"
        open={open !== null}
        onOpenChange={(_, data) => {
          if (!data.open) close();
        }}
      >
        {open !== null && (
          <>
            <DrawerHeader>
              <DrawerHeaderTitle
                action={
                  <Button
                    appearance="subtle"
                    aria-label="Close the panel"
                    icon={<DismissRegular />}
                    onClick={close}
                  />
                }
              >
                {TITLES[open]}
              </DrawerHeaderTitle>
            </DrawerHeader>
            <DrawerBody>{panels[open]}</DrawerBody>
          </>
        )}
      </OverlayDrawer>
    </div>
  );
}
