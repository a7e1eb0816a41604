import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CalendarLtrRegular, LocationRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NotClientCause } from '../../domain/classify-meeting';
import type { Article } from '../../domain/team-store';
import { describeGraphError } from '../../graph/graph-errors';
import { getMoreArticles } from '../../graph/store/get-more-articles';
import type { HostMeeting } from '../../hosts/host';
import { formatDate, formatTimeRange } from '../../ui/format';
import { ErrorState, LoadingRows, Warnings } from '../../ui/states';
import { readBrought, writeBrought } from '../local-db';
import { useSession } from '../session';
import { createArticleRanker, type ArticleRanker } from './article-ranker/create-article-ranker';
import { AgendaSection, agendaText } from './agenda-section';
import { ArticlesToBring } from './articles-to-bring';
import { ClientPrepView } from './client-prep-view';
import type { PrepCard } from './load-prep-card';
import { PrepTimeButton } from './prep-time-button';
import { cardKey, usePrepCard } from './use-prep-card';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
    // Names, titles and notes come from other people and may hold words longer than the pane is
    // wide; every line in the card may break anywhere rather than run off the pane or widen it.
    overflowWrap: 'anywhere',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  line: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  why: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

const NOT_CLIENT_TITLE: Record<NotClientCause, string> = {
  cancelled: 'Cancelled meeting',
  declined: 'You declined this meeting',
  'free-or-away': 'Not a meeting you attend',
  'personal-block': 'Personal block',
  'all-hands': 'All-hands meeting',
  'comms-team-only': 'Comms team only',
  'external-only': 'No internal clients',
  'no-one-identifiable': 'No internal client identified',
};

/**
 * The pane on a meeting: for each internal client, talking points, their priorities, their file,
 * campaigns about to reach their people, recent activity and articles to bring; then the agenda.
 * A card seen before shows at once and refreshes in place.
 */
export function PrepCardView({
  meeting,
  actions,
}: {
  meeting: HostMeeting;
  /** What the surface offers on a loaded card (e.g. a value-add note after the meeting). */
  actions?: (card: PrepCard) => ReactNode;
}) {
  const session = useSession();
  const styles = useStyles();
  const state = usePrepCard(session, meeting);
  return (
    <section aria-label="Prep card" className={styles.root}>
      <MeetingHeader
        subject={meeting.subject}
        start={meeting.start}
        end={meeting.end}
        isAllDay={meeting.isAllDay}
      />
      {state.status === 'loading' && (
        <LoadingRows label="Loading the prep card" rows={3} onRetry={state.retry} />
      )}
      {state.status === 'error' && (
        <ErrorState
          title="The prep card could not load"
          message={describeGraphError(state.error)}
          onRetry={state.retry}
        />
      )}
      {state.status === 'ready' && (
        <>
          <Freshness
            card={state.card}
            fresh={state.fresh}
            refreshError={state.refreshError}
            onRetry={state.retry}
          />
          {actions?.(state.card)}
          <PrepCardBody card={state.card} meetingKey={cardKey(session.me.email, meeting)} />
        </>
      )}
    </section>
  );
}

function Freshness({
  card,
  fresh,
  refreshError,
  onRetry,
}: {
  card: PrepCard;
  fresh: boolean;
  refreshError: unknown;
  onRetry: () => void;
}) {
  const { host } = useSession();
  const styles = useStyles();
  if (fresh) return null;
  const when = new Intl.DateTimeFormat(host.locale, {
    timeZone: host.timeZone,
    hour: 'numeric',
    minute: '2-digit',
  }).format(card.loadedAt);
  if (refreshError === undefined) {
    return (
      <Caption1 role="status" className={styles.muted}>
        Showing the card saved at {when}; refreshing…
      </Caption1>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        Showing the card saved at {when}: it could not be refreshed ({describeGraphError(refreshError)}).
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>Try again</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

function MeetingHeader({
  subject,
  start,
  end,
  isAllDay,
}: {
  subject: string;
  start: Date;
  end: Date;
  isAllDay: boolean;
}) {
  const { host } = useSession();
  const styles = useStyles();
  const zone = { locale: host.locale, timeZone: host.timeZone };
  return (
    <header className={styles.header}>
      <Subtitle1 as="h2">{subject || '(no subject)'}</Subtitle1>
      <Caption1 className={styles.line}>
        <CalendarLtrRegular aria-hidden />
        {formatDate(start, zone)} · {formatTimeRange(start, end, { ...zone, isAllDay })}
      </Caption1>
    </header>
  );
}

/**
 * The article library: the page the card's batch brought at once, then the rest of a large
 * library from its next pages, in the background. A failure there keeps the first page.
 */
function useLibrary(card: PrepCard): Article[] {
  const { graph } = useSession();
  const [more, setMore] = useState<Article[]>([]);
  useEffect(() => {
    setMore([]);
    if (card.moreArticles === undefined) return;
    let live = true;
    getMoreArticles(graph, card.moreArticles).then(
      (articles) => {
        if (live) setMore(articles);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [graph, card.moreArticles]);
  return useMemo(
    () => (more.length === 0 ? card.articles : [...card.articles, ...more]),
    [card.articles, more],
  );
}

/**
 * One ranker (a worker) per library on screen. It is created with its library loaded, before any
 * section can ask it to rank (children's effects run before their parent's), and a new library
 * gives a new ranker, which makes every section rank again.
 */
function useArticleRanker(articles: readonly Article[]): { ranker: ArticleRanker; version: string } {
  const version = `${articles.length}|${articles[0]?.id ?? ''}|${articles[articles.length - 1]?.id ?? ''}`;
  const ranker = useMemo(() => {
    const created = createArticleRanker();
    created.load(articles);
    return created;
    // reason: `version` identifies the library by value; the array identity changes per render from cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [version]);
  useEffect(
    () => () => {
      ranker.dispose();
    },
    [ranker],
  );
  return { ranker, version };
}

/** Articles marked "bring it" for this meeting, kept on the device until the note takes them. */
function useBrought(meetingKey: string): [ReadonlySet<string>, (id: string, bring: boolean) => void] {
  const [brought, setBrought] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void readBrought(meetingKey).then((ids) => {
      if (live) setBrought(new Set(ids));
    });
    return () => {
      live = false;
    };
  }, [meetingKey]);
  const toggle = useCallback(
    (id: string, bring: boolean) => {
      setBrought((prev) => {
        const next = new Set(prev);
        if (bring) next.add(id);
        else next.delete(id);
        void writeBrought(meetingKey, [...next]);
        return next;
      });
    },
    [meetingKey],
  );
  return [brought, toggle];
}

function PrepCardBody({ card, meetingKey }: { card: PrepCard; meetingKey: string }) {
  const styles = useStyles();
  const library = useLibrary(card);
  const { ranker, version } = useArticleRanker(library);
  const [brought, toggle] = useBrought(meetingKey);
  const agenda = useMemo(() => agendaText(card.body), [card.body]);
  const articlesUnavailable = card.unavailable.articles ?? card.unavailable.store;
  return (
    <>
      {card.meeting.location !== undefined && (
        <Caption1 className={styles.line}>
          <LocationRegular aria-hidden />
          {card.meeting.location}
        </Caption1>
      )}
      {!card.saved && (
        <MessageBar intent="info">
          <MessageBarBody>
            This meeting is not saved yet: the card works from the people invited so far.
          </MessageBarBody>
        </MessageBar>
      )}
      <Warnings problems={card.problems} />
      {card.unavailable.store !== undefined && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{card.unavailable.store}</MessageBarBody>
        </MessageBar>
      )}
      {card.classification.kind === 'client' ? (
        <>
          <PrepTimeButton meeting={card.meeting} />
          {card.clients.map((section) => (
            <ClientPrepView
              key={section.client.participant.email ?? section.client.participant.name}
              section={section}
              unavailable={card.unavailable}
              articles={
                <ArticlesToBring
                  ranker={ranker}
                  version={version}
                  query={{
                    priorities: section.prep.profile?.priorities.map((p) => p.text) ?? [],
                    pressures: section.prep.profile?.pressures ?? [],
                    kpis: section.prep.profile?.evaluatedOn ?? [],
                    subject: card.meeting.subject,
                    agenda,
                  }}
                  today={card.today}
                  exclude={section.prep.sharedArticleIds}
                  firstName={section.firstName}
                  brought={brought}
                  onToggle={toggle}
                  unavailable={articlesUnavailable}
                />
              }
            />
          ))}
        </>
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{NOT_CLIENT_TITLE[card.classification.cause]}</MessageBarTitle>
            Not a meeting with internal clients.
            <Reasons reasons={card.classification.reasons} />
          </MessageBarBody>
        </MessageBar>
      )}
      <AgendaSection body={card.body} text={agenda} />
      {card.classification.kind === 'client' && (
        <section aria-label="Why this is a client meeting" className={styles.why}>
          <Subtitle2 as="h3">Why this is a client meeting</Subtitle2>
          <Reasons reasons={card.classification.reasons} />
        </section>
      )}
    </>
  );
}

function Reasons({ reasons }: { reasons: readonly string[] }) {
  const styles = useStyles();
  return (
    <ul className={styles.reasons} aria-label="Reasons">
      {reasons.map((reason) => (
        <li key={reason}>
          <Caption1>{reason}</Caption1>
        </li>
      ))}
    </ul>
  );
}
