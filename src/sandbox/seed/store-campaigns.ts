import type { SpecListItem } from '../tenant-spec';
import { DEMO_USER_UPN } from './constants';
import { upnOf } from './directory';
import type { StoreClock } from './store-dates';
import type { CampaignSeed } from './store-types';

/**
 * HomeTurfCampaigns: marketing and change campaigns around now. Several go live within four weeks
 * and touch the departments of this week's client meetings (HR, Operations, Customer Service, IT),
 * and one is still in sign-off days before go-live, as the domain's "last-minute sign-off" describes.
 */

const CAMPAIGNS: ReadonlyArray<CampaignSeed> = [
  {
    title: 'Password manager rollout',
    ownerDepartment: 'IT',
    audiences: ['*'],
    signOffInDays: -10,
    goLiveInDays: 6,
  },
  {
    title: 'Year-end results announcement',
    ownerDepartment: 'Finance',
    audiences: ['*'],
    signOffInDays: 4,
    goLiveInDays: 8,
  },
  {
    title: 'Depot safety campaign: report every near miss',
    ownerDepartment: 'Operations',
    audiences: ['Operations'],
    signOffInDays: -3,
    goLiveInDays: 9,
  },
  {
    title: 'Benefits portal switch',
    ownerDepartment: 'HR',
    audiences: ['*'],
    signOffInDays: 2,
    goLiveInDays: 12,
  },
  {
    title: 'New rota system go-live',
    ownerDepartment: 'Operations',
    audiences: ['Operations', 'Customer Service'],
    signOffInDays: -4,
    goLiveInDays: 18,
  },
  {
    title: 'Spring product launch',
    ownerDepartment: 'Marketing',
    audiences: ['Marketing', 'Product', 'Customer Service'],
    signOffInDays: 5,
    goLiveInDays: 25,
  },
  {
    title: 'Office move: Leeds',
    ownerDepartment: 'Operations',
    audiences: ['Customer Service', 'IT'],
    signOffInDays: 20,
    goLiveInDays: 52,
  },
  {
    title: 'Expenses system change',
    ownerDepartment: 'Finance',
    audiences: ['*'],
    signOffInDays: 30,
    goLiveInDays: 60,
  },
  {
    title: 'Customer week',
    ownerDepartment: 'Marketing',
    audiences: ['*'],
    signOffInDays: -30,
    goLiveInDays: -9,
  },
  {
    title: 'Autumn price change: customer letters',
    ownerDepartment: 'Marketing',
    audiences: ['Customer Service', 'Marketing', 'Finance'],
    signOffInDays: -30,
    goLiveInDays: -24,
  },
];

/** The status a campaign plausibly has on its dates. */
export function campaignStatus(signOffInDays: number, goLiveInDays: number): string {
  if (goLiveInDays < -21) return 'Done';
  if (goLiveInDays <= 0) return 'Live';
  if (signOffInDays < 0) return 'Approved';
  if (signOffInDays <= 7) return 'In sign-off';
  return 'Planned';
}

/** Who on the comms team logged each owning department's campaigns. */
const LOGGED_BY: Readonly<Record<string, string>> = {
  Marketing: upnOf('Aisha Karimi'),
  Finance: upnOf('Daniel Okafor'),
  IT: upnOf("Liam O'Brien"),
};

/** HomeTurfCampaigns items with dates relative to today. */
export function campaignItems(clock: StoreClock): SpecListItem[] {
  return CAMPAIGNS.map((campaign, index) => ({
    id: String(index + 1),
    createdBy: LOGGED_BY[campaign.ownerDepartment] ?? DEMO_USER_UPN,
    fields: {
      Title: campaign.title,
      OwnerDepartment: campaign.ownerDepartment,
      Audiences: JSON.stringify(campaign.audiences),
      SignOff: clock.midnight(campaign.signOffInDays),
      GoLive: clock.midnight(campaign.goLiveInDays),
      Status: campaignStatus(campaign.signOffInDays, campaign.goLiveInDays),
    },
  }));
}
