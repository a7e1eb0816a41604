import {
  Button,
  Caption1,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Spinner,
  makeStyles,
  tokens,
  type MenuProps,
} from '@fluentui/react-components';
import { PeopleTeamRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import { describeGraphError } from '../../graph/graph-errors';
import { isSetUp, type TeamStore } from '../../graph/store/find-team-stores';
import type { StoreSwitch as StoreSwitchModel } from '../session';

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Choices =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'ready'; stores: TeamStore[] }
  | { phase: 'failed'; message: string };

/**
 * Which team's store the surface shows, and the way to another one: the teams are looked up when
 * the menu opens; a choice is remembered for the advisor and the surface starts again on it.
 */
export function StoreSwitchMenu({ storeSwitch }: { storeSwitch: StoreSwitchModel }) {
  const styles = useStyles();
  const [choices, setChoices] = useState<Choices>({ phase: 'idle' });
  const [switching, setSwitching] = useState<string | null>(null);
  // The advisor asked for the menu before its code arrived: it opens at once, with the teams loading.
  const [open, setOpen] = useState(true);
  useEffect(() => {
    load();
    // Once, on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const load = () => {
    setChoices({ phase: 'loading' });
    storeSwitch.choices().then(
      (stores) => {
        setChoices({ phase: 'ready', stores });
      },
      (error: unknown) => {
        setChoices({ phase: 'failed', message: describeGraphError(error) });
      },
    );
  };
  const onOpenChange: MenuProps['onOpenChange'] = (_event, data) => {
    if (data.open && choices.phase === 'failed') load();
  };
  const onChange: MenuProps['onCheckedValueChange'] = (_event, data) => {
    const siteId = data.checkedItems[0];
    if (choices.phase !== 'ready' || siteId === undefined || siteId === storeSwitch.currentSiteId) return;
    const store = choices.stores.find((candidate) => candidate.site.id === siteId);
    if (store === undefined) return;
    setSwitching(store.teamName);
    storeSwitch.choose(store).catch((error: unknown) => {
      setSwitching(null);
      setChoices({ phase: 'failed', message: describeGraphError(error) });
    });
  };

  return switching !== null ? (
    <Spinner size="extra-tiny" label={`Switching to ${switching}…`} role="status" />
  ) : (
    <Menu
      open={open}
      onOpenChange={(event, data) => {
        setOpen(data.open);
        onOpenChange(event, data);
      }}
      checkedValues={{ team: storeSwitch.currentSiteId === null ? [] : [storeSwitch.currentSiteId] }}
      onCheckedValueChange={onChange}
    >
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="transparent" icon={<PeopleTeamRegular />}>
          Switch team
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {choices.phase === 'ready' ? (
            choices.stores.map((store) => (
              <MenuItemRadio
                key={store.site.id}
                name="team"
                value={store.site.id}
                secondaryContent={isSetUp(store) ? null : 'not set up'}
              >
                {store.teamName}
              </MenuItemRadio>
            ))
          ) : choices.phase === 'failed' ? (
            <Caption1 className={styles.error} role="alert">
              Your teams could not be listed: {choices.message}
            </Caption1>
          ) : (
            <Spinner size="extra-tiny" label="Finding your teams…" />
          )}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
