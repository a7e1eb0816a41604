import { Field, Input, Subtitle2, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { dayKey } from '../../domain/agenda';
import {
  MAX_TAGS,
  articleFromDraft,
  checkArticle,
  draftFromArticle,
  emptyArticleDraft,
  type ArticleDraft,
  type ArticleErrors,
} from '../../domain/article-draft';
import type { Article } from '../../domain/team-store';
import { articleFields } from '../../graph/store/record-fields';
import { fieldError } from '../../ui/field-error';
import { SaveBar, useEditorSave, useEditorStyles } from '../outbox/editor-save';
import { saveRecordOps } from '../outbox/outbox-ops';
import { useSession } from '../session';

/** Where an article is saved, and the column that keeps a new one from being created twice. */
const ARTICLE_TARGET = { list: 'articles', keyColumn: 'ArticleKey', fields: articleFields } as const;

/**
 * Adds an article to the team's library, or edits one: link (https only), title, summary, tags,
 * source and publication date, each with its own message. Saving goes through the outbox; what was
 * typed stays in the form whatever happens to the save.
 */
export function ArticleEditor({
  article,
  onSaved,
  onClose,
}: {
  /** The article to edit; a new one when absent. */
  article?: Article;
  /**
   * Called once the article is kept on this device, with the outbox group its writes went in (its
   * status says when the team has it).
   */
  onSaved?: (article: Article, group: string) => void;
  onClose?: () => void;
}) {
  const session = useSession();
  const styles = useEditorStyles();
  const today = dayKey(session.now(), session.host.timeZone);
  const [draft, setDraft] = useState<ArticleDraft>(() =>
    article === undefined ? emptyArticleDraft(today) : draftFromArticle(article),
  );
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<ArticleErrors>({});
  const saver = useEditorSave('article');
  const update = (patch: Partial<ArticleDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  const submit = async () => {
    const found = checkArticle(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = articleFromDraft(draft, article ?? { id: `new:${key}`, retired: false });
    const group = `article:${key}`;
    if (
      await saver.save(group, `Article "${saved.title}"`, saveRecordOps(ARTICLE_TARGET, article, saved, key))
    )
      onSaved?.(saved, group);
  };

  return (
    <form
      aria-label="Article"
      className={styles.form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Subtitle2 as="h3">{article === undefined ? 'Add an article' : `Edit "${article.title}"`}</Subtitle2>
      <fieldset className={styles.fields} disabled={saver.locked}>
        <Field label="Link" required hint="The https:// address of the article" {...fieldError(errors.url)}>
          <Input
            type="url"
            value={draft.url}
            onChange={(_, data) => {
              update({ url: data.value });
            }}
          />
        </Field>
        <Field label="Title" required {...fieldError(errors.title)}>
          <Input
            value={draft.title}
            onChange={(_, data) => {
              update({ title: data.value });
            }}
          />
        </Field>
        <Field label="Summary" hint="Two or three sentences" {...fieldError(errors.summary)}>
          <Textarea
            value={draft.summary}
            resize="vertical"
            onChange={(_, data) => {
              update({ summary: data.value });
            }}
          />
        </Field>
        <Field label="Tags" hint={`Separated by commas, up to ${MAX_TAGS}`} {...fieldError(errors.tags)}>
          <Input
            value={draft.tags}
            onChange={(_, data) => {
              update({ tags: data.value });
            }}
          />
        </Field>
        <Field label="Source" hint="Publication or team" {...fieldError(errors.source)}>
          <Input
            value={draft.source}
            onChange={(_, data) => {
              update({ source: data.value });
            }}
          />
        </Field>
        <Field label="Published" required {...fieldError(errors.published)}>
          <Input
            type="date"
            value={draft.published}
            onChange={(_, data) => {
              update({ published: data.value });
            }}
          />
        </Field>
      </fieldset>
      <SaveBar
        save={saver}
        saveLabel="Save article"
        savedDetail="It is in the team's library; prep cards can suggest it."
        onClose={onClose}
        onAnother={
          article === undefined
            ? () => {
                setDraft(emptyArticleDraft(today));
                setKey(crypto.randomUUID());
                setErrors({});
                saver.reset();
              }
            : undefined
        }
      />
    </form>
  );
}
