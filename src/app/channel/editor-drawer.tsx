import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  OverlayDrawer,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import { ArticleLibrary } from '../../features/article-library/article-library';
import { CampaignList } from '../../features/campaigns/campaign-list';
import { ClientProfileEditor } from '../../features/client-profile/client-profile-editor';

export type EditorPanel = 'client' | 'articles' | 'campaigns';

const TITLES: Record<EditorPanel, string> = {
  client: 'Add a client',
  articles: 'Article library',
  campaigns: 'Campaigns',
};

/**
 * The side panel holding one of the team's editors. Loaded the first time an editor opens, so the
 * team view itself does not carry the editors' forms, pickers and drawer.
 */
export function EditorDrawer({
  open,
  onClose,
  onSaved,
}: {
  open: EditorPanel | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const panels: Record<EditorPanel, ReactNode> = {
    client: <ClientProfileEditor onSaved={onSaved} onClose={onClose} />,
    articles: <ArticleLibrary onSaved={onSaved} />,
    campaigns: <CampaignList onSaved={onSaved} />,
  };
  return (
    <OverlayDrawer
      position="end"
      size="large"
      open={open !== null}
      onOpenChange={(_, data) => {
        if (!data.open) onClose();
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
                  onClick={onClose}
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
  );
}
