import {
  Avatar,
  Caption1,
  FluentProvider,
  Link,
  Spinner,
  Tab,
  TabList,
  Text,
  ToggleButton,
  makeStyles,
  mergeClasses,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import {
  AccessibilityRegular,
  MailRegular,
  PeopleTeamFilled,
  PeopleTeamRegular,
  WeatherMoonRegular,
  WeatherSunnyRegular,
  type FluentIcon,
} from '@fluentui/react-icons';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useSession } from '../../features/session';
import { PANE_READY, THEME_CHANGE } from '../../hosts/browser-host';
import type { HostTheme } from '../../hosts/host';

type TabKey = 'channel' | 'personal';

/** The two tabs the app manifest declares, as Teams would show them. */
const TABS: Record<TabKey, { label: string; file: string; title: string }> = {
  channel: { label: 'Home Turf', file: 'channel.html', title: 'Home Turf channel tab' },
  personal: { label: 'My Home Turf', file: 'personal.html', title: 'Home Turf personal tab' },
};

const FLUENT_THEMES = { light: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme };

const THEME_CHOICES: ReadonlyArray<{ value: HostTheme; label: string; icon: FluentIcon }> = [
  { value: 'light', label: 'Light', icon: WeatherSunnyRegular },
  { value: 'dark', label: 'Dark', icon: WeatherMoonRegular },
  { value: 'contrast', label: 'High contrast', icon: AccessibilityRegular },
];

const useStyles = makeStyles({
  provider: { height: '100vh' },
  root: {
    display: 'grid',
    gridTemplateColumns: '72px minmax(0, 1fr)',
    gridTemplateRows: '48px minmax(0, 1fr)',
    height: '100vh',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  titleBar: {
    gridColumn: '1 / span 2',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  product: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '180px' },
  productIcon: { color: tokens.colorBrandForeground1, fontSize: '24px' },
  muted: { color: tokens.colorNeutralForeground3 },
  grow: { flexGrow: 1 },
  themes: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  outlookLink: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  rail: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
  },
  railItem: {
    position: 'relative',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: '2px',
    margin: `0 ${tokens.spacingHorizontalXS}`,
    padding: `${tokens.spacingVerticalS} 0`,
    whiteSpace: 'nowrap',
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    cursor: 'pointer',
    ':hover': {
      backgroundColor: tokens.colorSubtleBackgroundHover,
      color: tokens.colorNeutralForeground2Hover,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  railItemCurrent: {
    color: tokens.colorBrandForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ':hover': { color: tokens.colorBrandForeground1 },
    '::before': {
      content: '""',
      position: 'absolute',
      left: `calc(-1 * ${tokens.spacingHorizontalXS})`,
      top: '12px',
      bottom: '12px',
      width: '3px',
      borderRadius: tokens.borderRadiusSmall,
      backgroundColor: tokens.colorBrandStroke1,
    },
  },
  railIcon: { fontSize: '24px' },
  appIcon: { width: '24px', height: '24px', borderRadius: tokens.borderRadiusSmall },
  main: {
    display: 'grid',
    gridTemplateRows: 'auto minmax(0, 1fr)',
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTopLeftRadius: tokens.borderRadiusXLarge,
    borderLeft: `1px solid ${tokens.colorNeutralStroke3}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    overflow: 'hidden',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  where: { display: 'flex', flexDirection: 'column', marginRight: tokens.spacingHorizontalL },
  content: { position: 'relative', minHeight: 0 },
  loading: {
    position: 'absolute',
    inset: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
  },
  frame: { position: 'absolute', inset: 0, width: '100%', height: '100%', border: 'none' },
  hidden: { display: 'none' },
});

/** The page's own query (e.g. `?storeSite=`) with the theme set or removed. */
function searchWith(theme: HostTheme | null): string {
  const params = new URLSearchParams(window.location.search);
  if (theme === null) params.delete('theme');
  else params.set('theme', theme);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

function isPaneReady(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'type' in data && data.type === PANE_READY;
}

/**
 * The demo's stand-in for Teams, as the demo's index page stands in for Outlook: an app rail, the
 * comms team's channel with the Home Turf channel tab and the personal tab, each framed as Teams
 * frames a tab, and a theme switcher that tells the framed tab its theme as Teams does.
 */
export function DemoTeams() {
  const { me, host } = useSession();
  const styles = useStyles();
  const [theme, setTheme] = useState<HostTheme>(host.theme);
  const [tab, setTab] = useState<TabKey>('channel');
  // Each tab is loaded when first opened, in the theme of that moment; later changes are posted.
  const [sources, setSources] = useState<Partial<Record<TabKey, string>>>(() => ({
    channel: `${TABS.channel.file}${searchWith(host.theme)}`,
  }));
  const frames = useRef<Partial<Record<TabKey, HTMLIFrameElement | null>>>({});
  const themeLabel = useId();
  const tabIds = { channel: useId(), personal: useId() };

  const tell = useCallback(
    (target: Window | null | undefined) => {
      target?.postMessage({ type: THEME_CHANGE, theme }, window.location.origin);
    },
    [theme],
  );

  useEffect(() => {
    for (const frame of Object.values(frames.current)) tell(frame?.contentWindow);
    // A reload keeps the theme, and links to the other views carry the rest of the query.
    window.history.replaceState(null, '', `${window.location.pathname}${searchWith(theme)}`);
  }, [tell, theme]);

  useEffect(() => {
    // A tab says when its host is up (after a reload too); it then hears the current theme.
    const onMessage = (event: MessageEvent<unknown>) => {
      if (event.origin !== window.location.origin || !isPaneReady(event.data)) return;
      const frame = Object.values(frames.current).find((f) => f?.contentWindow === event.source);
      if (frame) tell(frame.contentWindow);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [tell]);

  const open = (key: TabKey) => {
    setTab(key);
    setSources((current) =>
      current[key] === undefined ? { ...current, [key]: `${TABS[key].file}${searchWith(theme)}` } : current,
    );
  };

  const railItem = (key: TabKey, label: string, icon: ReactNode) => (
    <button
      type="button"
      className={mergeClasses(styles.railItem, tab === key && styles.railItemCurrent)}
      aria-current={tab === key ? 'page' : undefined}
      onClick={() => open(key)}
    >
      {icon}
      {label}
    </button>
  );

  return (
    <FluentProvider theme={FLUENT_THEMES[theme]} className={styles.provider}>
      <div className={styles.root}>
        <header className={styles.titleBar}>
          <div className={styles.product}>
            <PeopleTeamFilled className={styles.productIcon} aria-hidden />
            <Text weight="semibold">Teams</Text>
            <Caption1 className={styles.muted}>Demo</Caption1>
          </div>
          <span className={styles.grow} />
          <div className={styles.themes} role="group" aria-labelledby={themeLabel}>
            <Caption1 id={themeLabel} className={styles.muted}>
              Theme
            </Caption1>
            {THEME_CHOICES.map(({ value, label, icon: Icon }) => (
              <ToggleButton
                key={value}
                size="small"
                appearance="subtle"
                checked={theme === value}
                icon={<Icon />}
                onClick={() => setTheme(value)}
              >
                {label}
              </ToggleButton>
            ))}
          </div>
          <Link href={`index.html${searchWith(null)}`} className={styles.outlookLink}>
            <MailRegular aria-hidden />
            Open the Outlook view
          </Link>
          <Avatar
            name={me.displayName}
            size={28}
            color="colorful"
            aria-label={`Signed in as ${me.displayName}`}
          />
        </header>
        <nav className={styles.rail} aria-label="Apps">
          {railItem(
            'channel',
            'Teams',
            tab === 'channel' ? (
              <PeopleTeamFilled className={styles.railIcon} aria-hidden />
            ) : (
              <PeopleTeamRegular className={styles.railIcon} aria-hidden />
            ),
          )}
          {railItem(
            'personal',
            'Home Turf',
            <img className={styles.appIcon} src="assets/icon-32.png" alt="" />,
          )}
        </nav>
        {/* Named, as the tab it frames has a main landmark of its own. */}
        <main className={styles.main} aria-label="Communications, General channel">
          <div className={styles.header}>
            <Avatar name="Communications" shape="square" size={32} color="brand" aria-hidden />
            <div className={styles.where}>
              <Text weight="semibold">General</Text>
              <Caption1 className={styles.muted}>Communications</Caption1>
            </div>
            <TabList
              selectedValue={tab}
              onTabSelect={(_event, data) => open(data.value === 'personal' ? 'personal' : 'channel')}
              aria-label="Tabs"
            >
              {(Object.keys(TABS) as TabKey[]).map((key) => (
                <Tab key={key} id={tabIds[key]} value={key}>
                  {TABS[key].label}
                </Tab>
              ))}
            </TabList>
          </div>
          <div className={styles.content}>
            <div className={styles.loading}>
              <Spinner size="small" label="Opening Home Turf…" />
            </div>
            {(Object.keys(TABS) as TabKey[]).map((key) => {
              const src = sources[key];
              if (src === undefined) return null;
              return (
                <div
                  key={key}
                  role="tabpanel"
                  aria-labelledby={tabIds[key]}
                  className={mergeClasses(styles.frame, tab !== key && styles.hidden)}
                >
                  <iframe
                    ref={(element) => {
                      frames.current[key] = element;
                    }}
                    className={styles.frame}
                    src={src}
                    title={TABS[key].title}
                  />
                </div>
              );
            })}
          </div>
        </main>
      </div>
    </FluentProvider>
  );
}
