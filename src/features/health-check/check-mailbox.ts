import { z } from 'zod/mini';
import { bodyOf, sendBatch } from '../../graph/batch';
import type { GraphClient } from '../../graph/create-graph-client';
import { mailWithRequest } from '../../graph/get-mail-with';
import { describeGraphError, errorStatus } from '../../graph/graph-errors';
import { isGranted } from '../../graph/higher-privileged';
import { missingPermissionMessage } from '../../graph/permissions';
import { row, type HealthRow } from './health-row';

export const MAIL = 'Mail search';
export const TODO = 'Microsoft To Do';

/**
 * The search the prep card's "Recent mail" sends (`$search` with `participants:`), here for the
 * signed-in user's own address. Mail.ReadBasic reads mail but cannot search it.
 */
export async function checkMailSearch(
  graph: GraphClient,
  email: string | undefined,
  granted: ReadonlySet<string> | null,
): Promise<HealthRow> {
  if (email === undefined) {
    return row(
      'mail',
      MAIL,
      'warning',
      'Not checked: Microsoft 365 would not say who is signed in (see “Signed in as”).',
    );
  }
  try {
    bodyOf(await sendBatch(graph, [mailWithRequest([email], 'mail', 1)]), 'mail');
    return row(
      'mail',
      MAIL,
      'pass',
      'A search of your mail works: the prep card can show recent mail with a client.',
    );
  } catch (error: unknown) {
    const basicOnly = granted !== null && granted.has('Mail.ReadBasic') && !isGranted('Mail.Read', granted);
    if (errorStatus(error) === 403 && basicOnly) {
      return row(
        'mail',
        MAIL,
        'fail',
        'Home Turf has Mail.ReadBasic, which reads mail but cannot search it, so the prep card cannot find the mail exchanged with a client.',
        { todo: [`${missingPermissionMessage('Mail.Read')} Mail.ReadBasic can then be removed.`] },
      );
    }
    const message = describeGraphError(error);
    return row('mail', MAIL, 'fail', `A search of your mail failed: ${message}`, { todo: [message] });
  }
}

const taskLists = z.object({ value: z.array(z.unknown()) });

/**
 * `GET /me/todo/lists`: whether follow-ups can become To Do tasks. Not tried when the sign-in
 * plainly lacks Tasks.ReadWrite: asking for its token would open a consent prompt in the middle of
 * the check.
 */
export async function checkToDo(graph: GraphClient, granted: ReadonlySet<string> | null): Promise<HealthRow> {
  if (granted !== null && !isGranted('Tasks.ReadWrite', granted)) {
    const message = missingPermissionMessage('Tasks.ReadWrite');
    return row('todo', TODO, 'fail', `Microsoft To Do cannot be reached: ${message}`, { todo: [message] });
  }
  try {
    const lists = taskLists.parse(await graph.client.api('/me/todo/lists').get());
    return row(
      'todo',
      TODO,
      'pass',
      `Microsoft To Do answers (${lists.value.length} task ${lists.value.length === 1 ? 'list' : 'lists'}).`,
    );
  } catch (error: unknown) {
    const message = describeGraphError(error, errorStatus(error) === 403 ? 'Tasks.ReadWrite' : undefined);
    return row('todo', TODO, 'fail', `Microsoft To Do cannot be reached: ${message}`, {
      todo: [
        errorStatus(error) === 404
          ? 'The mailbox has no To Do: the user needs an Exchange Online mailbox with Microsoft To Do turned on.'
          : message,
      ],
    });
  }
}
