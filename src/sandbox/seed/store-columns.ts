import type { SpecList } from '../tenant-spec';
import { STORE_LISTS } from './constants';

/**
 * The columns of the team store's five lists, exactly as docs/team-store.md fixes them. `Title`
 * exists on every list and is not declared. Every column the app filters on is indexed.
 */

type Column = SpecList['columns'][number];

const text = (name: string, indexed = false): Column =>
  indexed ? { name, type: 'text', indexed } : { name, type: 'text' };
const uniqueText = (name: string): Column => ({ name, type: 'text', indexed: true, unique: true });
const note = (name: string): Column => ({ name, type: 'note' });
const dateTime = (name: string, indexed = false): Column =>
  indexed ? { name, type: 'dateTime', indexed } : { name, type: 'dateTime' };

/** Internal list name → its declared columns. */
export const STORE_COLUMNS: Readonly<Record<(typeof STORE_LISTS)[keyof typeof STORE_LISTS], Column[]>> = {
  [STORE_LISTS.clients]: [
    uniqueText('ClientEmail'),
    text('Department', true),
    text('OwnerEmail', true),
    note('Pressures'),
    note('Priorities'),
    note('EvaluatedOn'),
    note('SharedKpis'),
    note('Background'),
  ],
  [STORE_LISTS.fileItems]: [
    uniqueText('ItemKey'),
    text('ClientEmail', true),
    text('Status', true),
    text('OwnerEmail', true),
    dateTime('LastUpdateSent'),
    dateTime('NextUpdateDue'),
  ],
  [STORE_LISTS.notes]: [
    uniqueText('NoteId'),
    text('ClientEmail', true),
    text('MeetingICalUId', true),
    dateTime('MeetingDate', true),
    text('AuthorEmail', true),
    note('ValueOffered'),
    note('ArticlesBrought'),
    note('FollowUps'),
    note('PrioritiesHeard'),
    note('StoryLead'),
    { name: 'Pulse', type: 'number' },
  ],
  [STORE_LISTS.articles]: [
    uniqueText('ArticleKey'),
    text('Url'),
    note('Summary'),
    note('Tags'),
    text('Source'),
    dateTime('Published', true),
    { name: 'Retired', type: 'boolean', indexed: true },
  ],
  [STORE_LISTS.campaigns]: [
    uniqueText('CampaignKey'),
    text('OwnerDepartment', true),
    note('Audiences'),
    dateTime('SignOff'),
    dateTime('GoLive', true),
    text('Status', true),
  ],
};
