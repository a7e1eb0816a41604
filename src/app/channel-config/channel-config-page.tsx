import {
  Body1,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Title3,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { safeHttpsUrl } from '../../graph/store/map-store';
import type { TeamsTeam } from '../../hosts/teams/teams-host';

export type ConfigPageState =
  | { kind: 'reading' }
  /** In Teams, the tab's context read: `storeSite` is undefined when Teams gave no team site. */
  | { kind: 'teams'; team: TeamsTeam | null; storeSite: string | undefined }
  /** Opened outside Teams: the demo's store site. */
  | { kind: 'demo'; storeSite: string }
  | { kind: 'error'; message: string };

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    maxWidth: '640px',
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The channel tab's configuration page in Teams: what the tab is, and the team's SharePoint site
 * where the team store will live. Teams' own Save button adds the tab.
 */
export function ChannelConfigPage({ state }: { state: ConfigPageState }) {
  const styles = useStyles();
  if (state.kind === 'reading') {
    return (
      <main className={styles.root}>
        <Spinner label="Reading this team's details from Teams…" />
      </main>
    );
  }
  if (state.kind === 'error') {
    return (
      <main className={styles.root}>
        <Title3 as="h1">Home Turf</Title3>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Home Turf cannot be added here</MessageBarTitle>
            {state.message} Close this dialog and add the tab again.
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  const teamName = state.kind === 'teams' ? state.team?.displayName : undefined;
  return (
    <main className={styles.root}>
      <Title3 as="h1">Add Home Turf {teamName === undefined ? 'to this channel' : `for ${teamName}`}</Title3>
      {state.kind === 'demo' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Opened outside Teams</MessageBarTitle>
            Teams shows this page when someone adds Home Turf to a channel. Here in the demo, the team store
            is the demo&apos;s comms team site.
          </MessageBarBody>
        </MessageBar>
      )}
      <Body1>
        Home Turf prepares the comms team&apos;s advisors for meetings with their internal clients: who they
        are, what they are under pressure to deliver, the work on their file and what to bring. This tab shows
        each advisor their coming client meetings and lets the team set up the records it shares.
      </Body1>
      <section className={styles.section} aria-labelledby="store-heading">
        <Subtitle2 as="h2" id="store-heading">
          Where the team store lives
        </Subtitle2>
        {state.storeSite === undefined ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Teams did not say which SharePoint site is this team&apos;s</MessageBarTitle>
              Without it Home Turf cannot keep the team store in the team&apos;s site. You can still add the
              tab: it will use the site set for your organisation, if there is one.
            </MessageBarBody>
          </MessageBar>
        ) : (
          <>
            <Body1>
              Client profiles, the work on each client&apos;s file, value-add notes, the article library and
              coming campaigns are kept as lists in {teamName === undefined ? 'the team' : teamName}&apos;s
              SharePoint site:{' '}
              <SiteLink
                address={state.storeSite}
                url={state.kind === 'teams' ? state.team?.siteUrl : undefined}
              />
            </Body1>
            <Caption1 className={styles.muted}>
              If the lists are not there yet, the tab offers to create them; nothing is created until someone
              in the team chooses to.
            </Caption1>
          </>
        )}
      </section>
      {state.kind === 'teams' && <Body1>Select Save to add the tab.</Body1>}
      <Caption1 className={styles.muted}>
        Setting Home Turf up for your organisation? Once the tab is added, choose “Tenant health check” at the
        bottom of it: the tenant health check says whether the permissions, the directory, calendar sharing,
        mail search, Microsoft To Do and the team store&apos;s lists are as Home Turf needs them, and what to
        do where they are not.
      </Caption1>
    </main>
  );
}

function SiteLink({ address, url }: { address: string; url: string | undefined }) {
  const href = safeHttpsUrl(url);
  const label = <strong>{address}</strong>;
  if (href === undefined) return label;
  return (
    <Link href={href} target="_blank" rel="noreferrer" inline>
      {label}
    </Link>
  );
}
