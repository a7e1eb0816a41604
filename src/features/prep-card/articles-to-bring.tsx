import { Body1, Caption1, Link, Spinner, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import { BookmarkRegular, CheckmarkRegular, LightbulbRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { ArticleQuery, RankedArticle } from '../../domain/rank-articles';
import type { IsoDate } from '../../domain/team-store';
import type { ArticleRanker } from './article-ranker/create-article-ranker';
import { CardSection, useSectionStyles } from './client-prep-view';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  top: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  summary: { color: tokens.colorNeutralForeground2 },
  because: { color: tokens.colorNeutralForeground3 },
  bring: { flexShrink: 0, whiteSpace: 'nowrap' },
});

type Ranked =
  | { status: 'ranking' }
  | { status: 'ready'; articles: RankedArticle[] }
  | { status: 'failed'; message: string };

/**
 * The library ranked for this client and meeting, off the main thread, with the words that matched.
 * Articles already shared with the client never appear; "Bring it" marks one for the value-add note.
 */
export function ArticlesToBring({
  ranker,
  version,
  query,
  today,
  exclude,
  firstName,
  brought,
  onToggle,
  unavailable,
}: {
  ranker: ArticleRanker;
  /** Changes when the library the ranker holds changes. */
  version: string;
  query: ArticleQuery;
  today: IsoDate;
  exclude: ReadonlySet<string>;
  firstName: string;
  brought: ReadonlySet<string>;
  onToggle: (articleId: string, bring: boolean) => void;
  unavailable: string | undefined;
}) {
  const styles = useStyles();
  const section = useSectionStyles();
  const [ranked, setRanked] = useState<Ranked>({ status: 'ranking' });
  const queryKey = JSON.stringify([query, today, [...exclude].sort(), version]);
  useEffect(() => {
    let live = true;
    setRanked({ status: 'ranking' });
    ranker.rank(query, { today, exclude, limit: 5 }).then(
      (articles) => {
        if (live) setRanked({ status: 'ready', articles });
      },
      (error: unknown) => {
        if (live) setRanked({ status: 'failed', message: `Articles could not be ranked: ${String(error)}` });
      },
    );
    return () => {
      live = false;
    };
    // reason: `queryKey` captures query, day, exclusions and library version by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ranker, queryKey]);
  return (
    <CardSection title="Articles to bring" icon={<LightbulbRegular aria-hidden />} unavailable={unavailable}>
      {ranked.status === 'ranking' && (
        <Spinner size="tiny" label="Ranking the library" labelPosition="after" />
      )}
      {ranked.status === 'failed' && <Caption1>{ranked.message}</Caption1>}
      {ranked.status === 'ready' && ranked.articles.length === 0 && (
        <Caption1 className={section.muted}>
          No article in the library matches {firstName}&apos;s priorities or this meeting yet.
        </Caption1>
      )}
      {ranked.status === 'ready' && ranked.articles.length > 0 && (
        <ul className={section.list} aria-label={`Articles for ${firstName}`}>
          {ranked.articles.map(({ article, because }) => {
            const marked = brought.has(article.id);
            return (
              <li key={article.id} className={styles.item}>
                <div className={styles.top}>
                  <Body1 className={section.grow}>
                    <Link href={article.url} target="_blank" rel="noopener noreferrer">
                      {article.title}
                    </Link>
                    {article.source === undefined ? '' : ` — ${article.source}`}
                  </Body1>
                  <ToggleButton
                    className={styles.bring}
                    size="small"
                    appearance={marked ? 'primary' : 'secondary'}
                    checked={marked}
                    icon={marked ? <CheckmarkRegular /> : <BookmarkRegular />}
                    aria-label={`Bring "${article.title}"`}
                    onClick={() => {
                      onToggle(article.id, !marked);
                    }}
                  >
                    {marked ? 'Bringing' : 'Bring it'}
                  </ToggleButton>
                </div>
                {article.summary !== '' && <Caption1 className={styles.summary}>{article.summary}</Caption1>}
                <Caption1 className={styles.because}>{because}</Caption1>
              </li>
            );
          })}
        </ul>
      )}
    </CardSection>
  );
}
