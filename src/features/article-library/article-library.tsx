import {
  Button,
  Caption1,
  Input,
  Link,
  Subtitle1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, ArchiveRegular, EditRegular, SearchRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import type { Article } from '../../domain/team-store';
import { toArticle } from '../../graph/store/map-store';
import { articleFields } from '../../graph/store/record-fields';
import { formatCalendarDay } from '../../ui/calendar-day';
import { ErrorState, LoadingRows } from '../../ui/states';
import { OutboxStatus, useOutboxDurable } from '../outbox/outbox-status';
import { useSession } from '../session';
import { useStoreRecords, useWhenSynced } from '../use-store-records';
import { ArticleEditor } from './article-editor';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  search: { flexGrow: 1, minWidth: '200px' },
  panel: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorBrandStroke2}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS },
});

type Editing = { kind: 'closed' } | { kind: 'new' } | { kind: 'edit'; article: Article };

/** Articles not yet in the store carry a temporary id until the list is read again. */
const isUnsynced = (article: Article) => article.id.startsWith('new:');

function matches(article: Article, words: string[]): boolean {
  const text = [article.title, article.source ?? '', article.summary, ...article.tags]
    .join(' ')
    .toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * The team's article library: the active articles (retired ones are never suggested, so never
 * listed), a search over title, source, summary and tags, and Add, Edit and Retire. Changes show at
 * once and go to the store through the outbox; the list is read again once the store has them.
 */
export function ArticleLibrary({
  onSaved,
}: {
  /** Called when an article is added, edited or retired and kept on this device. */
  onSaved?: (article: Article) => void;
}) {
  const session = useSession();
  const styles = useStyles();
  const durable = useOutboxDurable();
  const library = useStoreRecords('articles', toArticle);
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<Editing>({ kind: 'closed' });
  const [waiting, setWaiting] = useState<string[]>([]);
  const [retired, setRetired] = useState<{ group: string; title: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useWhenSynced(waiting, () => {
    setWaiting((groups) => groups.filter((g) => session.outbox?.status(g).kind !== 'synced'));
    library.reload();
  });

  const shown = useMemo(() => {
    const words = query
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => w !== '');
    return (library.records ?? [])
      .filter((a) => !a.retired && matches(a, words))
      .sort((a, b) => b.published.localeCompare(a.published) || a.title.localeCompare(b.title));
  }, [library.records, query]);

  const saved = (article: Article, group: string) => {
    library.setRecords((records) => [...records.filter((a) => a.id !== article.id), article]);
    setWaiting((w) => [...w, group]);
    onSaved?.(article);
  };

  const retire = async (article: Article) => {
    const outbox = session.outbox;
    if (outbox === undefined) return;
    const group = `retire:${article.id}:${crypto.randomUUID()}`;
    try {
      await outbox.enqueue(group, `Retire "${article.title}"`, [
        {
          kind: 'update-item',
          list: 'articles',
          itemId: article.id,
          etag: article.etag ?? '*',
          base: articleFields(article),
          mine: articleFields({ ...article, retired: true }),
        },
      ]);
    } catch (error) {
      setProblem(
        `"${article.title}" could not be retired: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    setProblem(null);
    library.setRecords((records) => records.map((a) => (a.id === article.id ? { ...a, retired: true } : a)));
    setRetired({ group, title: article.title });
    setWaiting((w) => [...w, group]);
    onSaved?.({ ...article, retired: true });
  };

  return (
    <section aria-label="Article library" className={styles.root}>
      <Subtitle1 as="h2">Article library</Subtitle1>
      {editing.kind !== 'closed' && (
        <div className={styles.panel}>
          <ArticleEditor
            key={editing.kind === 'edit' ? editing.article.id : 'new'}
            {...(editing.kind === 'edit' ? { article: editing.article } : {})}
            onSaved={saved}
            onClose={() => {
              setEditing({ kind: 'closed' });
            }}
          />
        </div>
      )}
      {retired !== null && session.outbox !== undefined && (
        <OutboxStatus
          outbox={session.outbox}
          group={retired.group}
          durable={durable}
          savedDetail={`"${retired.title}" is retired: prep cards no longer suggest it.`}
        />
      )}
      {problem !== null && <Caption1 role="alert">{problem}</Caption1>}
      <div className={styles.bar}>
        <Input
          className={styles.search}
          type="search"
          aria-label="Search the library"
          placeholder="Search titles, sources and tags"
          contentBefore={<SearchRegular />}
          value={query}
          onChange={(_, data) => {
            setQuery(data.value);
          }}
        />
        <Button
          appearance="primary"
          icon={<AddRegular />}
          disabled={session.outbox === undefined}
          onClick={() => {
            setEditing({ kind: 'new' });
          }}
        >
          Add article
        </Button>
      </div>
      {library.problem !== null && (
        <ErrorState
          title="The library could not be read"
          message={library.problem}
          onRetry={library.reload}
        />
      )}
      {library.records === null && library.problem === null && <LoadingRows label="Loading the library" />}
      {library.records !== null && (
        <>
          <Caption1 className={styles.muted}>
            {shown.length === 1 ? '1 article' : `${shown.length} articles`}
            {query.trim() === '' ? '' : ` matching "${query.trim()}"`}
          </Caption1>
          <Table aria-label="Articles" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Title</TableHeaderCell>
                <TableHeaderCell>Source</TableHeaderCell>
                <TableHeaderCell>Tags</TableHeaderCell>
                <TableHeaderCell>Published</TableHeaderCell>
                <TableHeaderCell>
                  <span className={styles.muted}>Actions</span>
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {shown.map((article) => (
                <TableRow key={article.id}>
                  <TableCell>
                    <Link href={article.url} target="_blank" rel="noopener noreferrer">
                      {article.title}
                    </Link>
                  </TableCell>
                  <TableCell>{article.source ?? ''}</TableCell>
                  <TableCell>{article.tags.join(', ')}</TableCell>
                  <TableCell>{formatCalendarDay(article.published, session.host.locale)}</TableCell>
                  <TableCell>
                    {isUnsynced(article) ? (
                      <Caption1 className={styles.muted}>Saving…</Caption1>
                    ) : (
                      <div className={styles.actions}>
                        <Button
                          size="small"
                          icon={<EditRegular />}
                          aria-label={`Edit "${article.title}"`}
                          onClick={() => {
                            setEditing({ kind: 'edit', article });
                          }}
                        >
                          Edit
                        </Button>
                        <Button
                          size="small"
                          icon={<ArchiveRegular />}
                          aria-label={`Retire "${article.title}"`}
                          disabled={session.outbox === undefined}
                          onClick={() => void retire(article)}
                        >
                          Retire
                        </Button>
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
