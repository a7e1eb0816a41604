/** The campaigns editor: the list with Add and Edit, and the form on its own. */
export { CampaignList } from './campaign-list';
export { CampaignEditor } from './campaign-editor';
