import { isCalendarDate } from './calendar-date';
import type { Campaign, CampaignStatus } from './team-store';

/** A campaign in its editor, as chosen and typed. */
export type CampaignDraft = {
  name: string;
  ownerDepartment: string;
  /** Departments it reaches; `['*']` for everyone. */
  audiences: string[];
  /** `YYYY-MM-DD`, or '' for none yet. */
  signOff: string;
  /** `YYYY-MM-DD`. */
  goLive: string;
  status: CampaignStatus;
};

export type CampaignField = 'name' | 'ownerDepartment' | 'audiences' | 'signOff' | 'goLive' | 'status';
export type CampaignErrors = Partial<Record<CampaignField, string>>;

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = [
  'Planned',
  'In sign-off',
  'Approved',
  'Live',
  'Done',
];

/** Everyone: the store's `*` audience. */
export const EVERYONE = '*';

export function emptyCampaignDraft(): CampaignDraft {
  return { name: '', ownerDepartment: '', audiences: [], signOff: '', goLive: '', status: 'Planned' };
}

export function draftFromCampaign(campaign: Campaign): CampaignDraft {
  return {
    name: campaign.name,
    ownerDepartment: campaign.ownerDepartment ?? '',
    audiences: campaign.audiences.includes(EVERYONE) ? [EVERYONE] : [...campaign.audiences],
    signOff: campaign.signOff ?? '',
    goLive: campaign.goLive,
    status: campaign.status,
  };
}

/** What is wrong with a draft, per field, in words for the form; empty when it can be saved. */
export function checkCampaign(draft: CampaignDraft): CampaignErrors {
  const errors: CampaignErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = 'Give the campaign a name.';
  else if (name.length > 255) errors.name = 'Keep the name to 255 characters.';
  if (draft.ownerDepartment.trim() === '') errors.ownerDepartment = 'Choose the department that runs it.';
  if (draft.audiences.length === 0) errors.audiences = 'Choose the departments it reaches, or Everyone.';
  const goLive = draft.goLive.trim();
  const signOff = draft.signOff.trim();
  if (goLive === '') errors.goLive = 'Give the go-live date.';
  else if (!isCalendarDate(goLive)) errors.goLive = 'The go-live date must be a real date.';
  if (signOff !== '' && !isCalendarDate(signOff)) errors.signOff = 'The sign-off date must be a real date.';
  else if (signOff !== '' && errors.goLive === undefined && signOff > goLive)
    errors.signOff = 'Sign-off must be on or before the go-live date.';
  if (!CAMPAIGN_STATUSES.includes(draft.status)) errors.status = 'Choose a status.';
  return errors;
}

/** The campaign a checked draft describes; `id` and `etag` are kept from an edited one. */
export function campaignFromDraft(
  draft: CampaignDraft,
  base: Pick<Campaign, 'id'> & Partial<Campaign>,
): Campaign {
  const everyone = draft.audiences.includes(EVERYONE);
  return {
    ...base,
    name: draft.name.trim(),
    ownerDepartment: draft.ownerDepartment.trim(),
    audiences: everyone ? [EVERYONE] : [...new Set(draft.audiences)],
    signOff: draft.signOff.trim() === '' ? null : draft.signOff.trim(),
    goLive: draft.goLive.trim(),
    status: draft.status,
  };
}
