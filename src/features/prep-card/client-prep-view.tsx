import {
  Avatar,
  Badge,
  Body1,
  Body1Strong,
  Caption1,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowReplyRegular,
  CalendarLtrRegular,
  ClipboardTaskListLtrRegular,
  MailRegular,
  MegaphoneLoudRegular,
  TargetArrowRegular,
  WarningRegular,
} from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import type { ActivityEntry, PriorityTiming } from '../../domain/client-prep';
import { formatDue } from '../../domain/talking-points';
import { formatDate } from '../../ui/format';
import { useSession } from '../session';
import type { ClientSection } from './load-prep-card';

export const useSectionStyles = makeStyles({
  client: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  who: { display: 'flex', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  whoText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  nameLine: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  name: { margin: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyle: 'none',
  },
  // Title on its own line, then the facts about it (date, status, flags) on one line below.
  row: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  grow: { flexBasis: '100%', minWidth: 0, overflowWrap: 'anywhere' },
  icon: {
    verticalAlign: 'middle',
    marginRight: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground3,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  label: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  stale: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  noteLine: {
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `2px solid ${tokens.colorBrandStroke2}`,
    color: tokens.colorNeutralForeground2,
  },
});

/** A titled part of the card; its heading names it for screen readers and tests. */
export function CardSection({
  title,
  icon,
  children,
  unavailable,
}: {
  title: string;
  icon: ReactNode;
  children: ReactNode;
  unavailable?: string | undefined;
}) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-label={title}>
      <Subtitle2 as="h4" className={styles.heading}>
        {icon}
        {title}
      </Subtitle2>
      {unavailable !== undefined ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{unavailable}</MessageBarBody>
        </MessageBar>
      ) : (
        children
      )}
    </section>
  );
}

const TIMING: Record<PriorityTiming, { label: string; color: 'danger' | 'warning' | 'brand' } | null> = {
  overdue: { label: 'Past due', color: 'danger' },
  'before-meeting': { label: 'Due before the meeting', color: 'warning' },
  'soon-after': { label: 'Due soon after', color: 'brand' },
  later: null,
  undated: null,
};

export type Unavailable = Partial<Record<string, string>>;

/** One internal client: who they are, then the card's sections in the order an advisor reads them. */
export function ClientPrepView({
  section,
  unavailable,
  articles,
}: {
  section: ClientSection;
  unavailable: Unavailable;
  articles: ReactNode;
}) {
  const styles = useSectionStyles();
  const { client, prep } = section;
  const name = client.person?.displayName ?? prep.profile?.displayName ?? client.participant.name;
  const role = [client.person?.jobTitle, client.person?.department ?? prep.profile?.department]
    .filter(Boolean)
    .join(' · ');
  return (
    <article className={styles.client} aria-label={name}>
      <div className={styles.who}>
        <Avatar name={name} size={40} color="colorful" aria-hidden />
        <div className={styles.whoText}>
          {/* The client's name heads their part of the card, above its sections' headings. */}
          <div className={styles.nameLine}>
            <Body1Strong as="h3" className={styles.name}>
              {name}
            </Body1Strong>
            {client.basis === 'listed-client' && (
              <Badge appearance="tint" color="brand" size="small">
                Listed client
              </Badge>
            )}
          </div>
          <Caption1 className={styles.muted}>{role || client.participant.email}</Caption1>
          {prep.pulse !== undefined && (
            <Caption1 className={styles.muted}>Last satisfaction pulse: {prep.pulse} of 5</Caption1>
          )}
        </div>
      </div>
      <TalkingPoints section={section} />
      <Priorities section={section} unavailable={unavailable['profiles'] ?? unavailable['store']} />
      <FileSection section={section} unavailable={unavailable['file'] ?? unavailable['store']} />
      <Campaigns section={section} unavailable={unavailable['campaigns'] ?? unavailable['store']} />
      <Activity section={section} unavailable={unavailable} />
      {articles}
    </article>
  );
}

function TalkingPoints({ section }: { section: ClientSection }) {
  const styles = useSectionStyles();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  return (
    <CardSection title="Talking points" icon={<ClipboardTaskListLtrRegular aria-hidden />}>
      {section.points.length === 0 ? (
        <Caption1 className={styles.muted}>Nothing pressing: a good meeting to listen.</Caption1>
      ) : (
        <ul className={styles.list} aria-label={`Talking points with ${section.firstName}`}>
          {section.points.map((point) => (
            <li key={point.text}>
              <Checkbox
                label={point.text}
                checked={done.has(point.text)}
                onChange={(_, data) => {
                  setDone((prev) => {
                    const next = new Set(prev);
                    if (data.checked === true) next.add(point.text);
                    else next.delete(point.text);
                    return next;
                  });
                }}
              />
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}

function Priorities({ section, unavailable }: { section: ClientSection; unavailable: string | undefined }) {
  const styles = useSectionStyles();
  const { locale } = useSession().host;
  const profile = section.prep.profile;
  const shared = new Set(profile?.sharedKpis.map((k) => k.toLowerCase()));
  return (
    <CardSection title="Their priorities" icon={<TargetArrowRegular aria-hidden />} unavailable={unavailable}>
      {profile === null ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            No profile for {section.firstName} yet: add their priorities — what they are under pressure to
            deliver, by when, and what they are evaluated on — so the next card can show them.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <>
          {profile.pressures.length > 0 && (
            <>
              <Caption1 className={styles.label}>Under pressure to</Caption1>
              <ul className={styles.list} aria-label="Pressures">
                {profile.pressures.map((p) => (
                  <li key={p}>
                    <Body1>{p}</Body1>
                  </li>
                ))}
              </ul>
            </>
          )}
          {section.prep.priorities.length > 0 && (
            <>
              <Caption1 className={styles.label}>Timeline</Caption1>
              <ul className={styles.list} aria-label="Timeline priorities">
                {section.prep.priorities.map((p) => {
                  const flag = TIMING[p.timing];
                  return (
                    <li key={`${p.text}|${p.due ?? ''}`} className={styles.row}>
                      <Body1 className={styles.grow}>{p.text}</Body1>
                      <Caption1 className={styles.muted}>
                        {p.due === null ? 'no date' : formatDue(p.due, locale)}
                      </Caption1>
                      {flag !== null && (
                        <Badge appearance="tint" color={flag.color} size="small">
                          {flag.label}
                        </Badge>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
          {profile.evaluatedOn.length > 0 && (
            <>
              <Caption1 className={styles.label}>Evaluated on</Caption1>
              <ul className={styles.list} aria-label="Evaluated on">
                {profile.evaluatedOn.map((kpi) => (
                  <li key={kpi} className={styles.row}>
                    <Body1 className={styles.grow}>{kpi}</Body1>
                    {shared.has(kpi.toLowerCase()) && (
                      <Badge appearance="filled" color="success" size="small">
                        Shared with us
                      </Badge>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {profile.sharedKpis
            .filter((k) => !profile.evaluatedOn.some((e) => e.toLowerCase() === k.toLowerCase()))
            .map((k) => (
              <Caption1 key={k} className={styles.muted}>
                Shared KPI: {k}
              </Caption1>
            ))}
        </>
      )}
    </CardSection>
  );
}

function FileSection({ section, unavailable }: { section: ClientSection; unavailable: string | undefined }) {
  const styles = useSectionStyles();
  const { locale } = useSession().host;
  return (
    <CardSection
      title="Their file"
      icon={<ClipboardTaskListLtrRegular aria-hidden />}
      unavailable={unavailable}
    >
      {section.prep.file.length === 0 ? (
        <Caption1 className={styles.muted}>No open work on {section.firstName}&apos;s file.</Caption1>
      ) : (
        <ul className={styles.list} aria-label="Open work">
          {section.prep.file.map((item) => (
            <li key={item.id} className={styles.row}>
              <Body1 className={styles.grow}>{item.title}</Body1>
              <Badge appearance="outline" size="small">
                {item.status}
              </Badge>
              <Caption1 className={mergeClasses(item.stale ? styles.stale : styles.muted)}>
                {item.stale && <WarningRegular aria-hidden />}{' '}
                {item.daysSinceUpdate === null
                  ? 'No update sent yet'
                  : item.stale
                    ? `No update for ${item.daysSinceUpdate} days`
                    : `Updated ${item.lastUpdateSent === null ? '' : formatDue(item.lastUpdateSent, locale)}`}
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}

function Campaigns({ section, unavailable }: { section: ClientSection; unavailable: string | undefined }) {
  const styles = useSectionStyles();
  const { locale } = useSession().host;
  return (
    <CardSection
      title="Campaign early warning"
      icon={<MegaphoneLoudRegular aria-hidden />}
      unavailable={unavailable}
    >
      {section.prep.campaigns.length === 0 ? (
        <Caption1 className={styles.muted}>
          No campaign reaches their department in the next four weeks.
        </Caption1>
      ) : (
        <ul className={styles.list} aria-label="Campaigns going live">
          {section.prep.campaigns.map((c) => (
            <li key={c.id} className={styles.row}>
              <Body1 className={styles.grow}>{c.name}</Body1>
              <Caption1 className={styles.muted}>
                goes live {formatDue(c.goLive, locale)}
                {c.ownerDepartment === undefined ? '' : ` · ${c.ownerDepartment}`}
              </Caption1>
              <Badge
                appearance="tint"
                size="small"
                color={c.status === 'Approved' || c.status === 'Live' ? 'success' : 'informative'}
              >
                {c.status}
              </Badge>
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}

function Activity({ section, unavailable }: { section: ClientSection; unavailable: Unavailable }) {
  const styles = useSectionStyles();
  const { host } = useSession();
  const zone = { locale: host.locale, timeZone: host.timeZone };
  const partly = [unavailable['meetings'], unavailable['mail'], unavailable['notes']].filter(
    (p): p is string => p !== undefined,
  );
  const followUps = section.prep.followUps;
  return (
    <CardSection title="Recent activity" icon={<CalendarLtrRegular aria-hidden />}>
      {partly.map((p) => (
        <MessageBar key={p} intent="warning" layout="multiline">
          <MessageBarBody>{p}</MessageBarBody>
        </MessageBar>
      ))}
      {followUps.length > 0 && (
        <>
          <Caption1 className={styles.label}>Follow-ups due</Caption1>
          <ul className={styles.list} aria-label="Follow-ups">
            {followUps.map((f) => (
              <li key={`${f.from}|${f.text}`} className={styles.row}>
                <Body1 className={styles.grow}>
                  <ArrowReplyRegular aria-hidden className={styles.icon} />
                  {f.text}
                </Body1>
                <Badge appearance="outline" size="small">
                  {f.owner === 'us' ? 'We owe' : `${section.firstName} owes`}
                </Badge>
                <Caption1 className={f.overdue ? styles.stale : styles.muted}>
                  {f.due === null
                    ? 'no date'
                    : `${f.overdue ? 'was due' : 'due'} ${formatDue(f.due, host.locale)}`}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
      {section.prep.activity.length === 0 ? (
        <Caption1 className={styles.muted}>
          No meetings or mail with {section.firstName} in the last 90 days.
        </Caption1>
      ) : (
        <ul className={styles.list} aria-label="Last meetings and mail">
          {section.prep.activity.map((entry) => (
            <li key={activityKey(entry)}>
              <ActivityRow entry={entry} zone={zone} />
            </li>
          ))}
        </ul>
      )}
    </CardSection>
  );
}

function activityKey(entry: ActivityEntry): string {
  return entry.kind === 'mail'
    ? `mail|${entry.mail.id}`
    : `meeting|${entry.subject}|${entry.start.toISOString()}`;
}

function ActivityRow({ entry, zone }: { entry: ActivityEntry; zone: { locale: string; timeZone: string } }) {
  const styles = useSectionStyles();
  if (entry.kind === 'mail') {
    return (
      <div className={styles.row}>
        <Body1 className={styles.grow}>
          <MailRegular aria-hidden className={styles.icon} />
          {entry.mail.subject}
        </Body1>
        <Caption1 className={styles.muted}>
          {entry.mail.direction === 'sent' ? 'sent' : 'received'} {formatDate(entry.mail.at, zone)}
        </Caption1>
      </div>
    );
  }
  const note = entry.note;
  const value = note?.valueOffered.map((v) => `${v.kind}: ${v.text}`).join(' · ');
  return (
    <div className={styles.row}>
      <Body1 className={styles.grow}>
        <CalendarLtrRegular aria-hidden className={styles.icon} />
        {entry.subject}
      </Body1>
      <Caption1 className={styles.muted}>
        meeting {formatDate(entry.start, zone)}
        {note === undefined ? ' · no value-add note' : ''}
      </Caption1>
      {note !== undefined && (
        <Caption1 className={mergeClasses(styles.grow, styles.noteLine)}>
          Value-add: {value || 'none recorded'}
          {note.storyLead === undefined ? '' : ` · Story lead: ${note.storyLead}`}
        </Caption1>
      )}
    </div>
  );
}
