/** Names other code and tests rely on: the seeded organisation's identities and meeting subjects. */

/** The seeded organisation's mail domain. */
export const DEMO_DOMAIN = 'northwind.example';

/** The signed-in demo user: Maya Chen, Internal Communications Advisor. */
export const DEMO_USER_UPN = `maya.chen@${DEMO_DOMAIN}`;

/** The comms team (department "Communications"), head of comms second. */
export const COMMS_TEAM_UPNS: ReadonlyArray<string> = [
  DEMO_USER_UPN,
  `daniel.okafor@${DEMO_DOMAIN}`,
  `sofia.rossi@${DEMO_DOMAIN}`,
  `liam.o'brien@${DEMO_DOMAIN}`,
  `aisha.karimi@${DEMO_DOMAIN}`,
];

/** The advisor in two teams, Communications and Marketing Communications. */
export const TWO_TEAM_ADVISOR_UPN = `aisha.karimi@${DEMO_DOMAIN}`;

/** The departments internal clients come from. */
export const CLIENT_DEPARTMENTS: ReadonlyArray<string> = [
  'HR',
  'Marketing',
  'Operations',
  'Customer Service',
  'Product',
  'Finance',
  'IT',
];

/** The external vendor's domain (vendor call attendees). */
export const VENDOR_DOMAIN = 'brightsignal.example';

/** The meeting room resource. */
export const BOARDROOM_ADDRESS = `boardroom@${DEMO_DOMAIN}`;

/** Subjects of characteristic seeded meetings. */
export const SEED_SUBJECTS = {
  /** Client one-to-one with Priya Shah (HR), this week, Maya organising. */
  clientOneToOne: '1:1 Priya / Maya: onboarding journey comms',
  /** Weekly series with HR; one occurrence moved (an exception). */
  hrSeries: 'HR comms sync',
  /** Daily comms team stand-up (recurring, comms only). */
  standUp: 'Comms team stand-up',
  /** Company all-hands, 40+ attendees, organised by the CEO. */
  allHands: 'Northwind all-hands',
  /** External-only vendor call (plus Maya). */
  vendorCall: 'BrightSignal: intranet analytics demo',
  /** Cancelled client meeting. */
  cancelled: 'Canceled: Customer Service newsletter review',
  /** Client meeting Maya declined. */
  declined: 'Spring campaign creative review',
  /** Focus block, no attendees. */
  focus: 'Focus time: writing',
  /** Private personal block. */
  personal: 'Dentist',
  /** All-day out of office. */
  outOfOffice: 'Out of office: training day',
  /** All-day client workshop with attendees. */
  allDayWorkshop: 'Employer brand workshop (all day)',
  /** Workshop with several clients, a comms colleague, a room and a contractor with no address. */
  workshop: 'Change comms workshop: new rota system',
  /** Client organises, Maya attends. */
  clientOrganised: 'Year-end results: staff briefing plan',
  /** Organised from New York (Eastern Standard Time). */
  newYork: 'Roadmap launch comms alignment',
  /** Body with hostile HTML for security tests. */
  hostileBody: 'Phishing awareness week: draft messages',
  /** A client meeting about two hours after now. */
  upcomingSoon: 'Quick catch-up: careers site refresh',
  /** A client meeting tomorrow. */
  upcomingTomorrow: 'Service desk FAQ rewrite kickoff',
} as const;

/** Host name of the comms team's SharePoint site, where the team store lives. */
export const TEAM_SITE_HOSTNAME = 'northwind.sharepoint.com';

/** Server-relative path of the comms team's site. */
export const TEAM_SITE_PATH = '/sites/comms';

/**
 * Server-relative path of a second team's site on the same host, Marketing Communications, which has
 * no lists at all: the app's "Set up Home Turf for this team" flow creates the team store there.
 */
export const EMPTY_TEAM_SITE_PATH = '/sites/marketing-comms';

/** Internal names of the team store's five lists (docs/team-store.md). */
export const STORE_LISTS = {
  clients: 'HomeTurfClients',
  fileItems: 'HomeTurfFileItems',
  notes: 'HomeTurfNotes',
  articles: 'HomeTurfArticles',
  campaigns: 'HomeTurfCampaigns',
} as const;

/**
 * The one internal client with no profile in HomeTurfClients although he is in an upcoming client
 * meeting (the service desk FAQ kickoff tomorrow), so the app's "add their priorities" prompt shows.
 */
export const SEED_CLIENT_WITHOUT_PROFILE = `owen.price@${DEMO_DOMAIN}`;

/** Northwind Traders' directory (tenant) id. */
export const DEMO_TENANT_ID = '4f8b1c2d-6e3a-4b5c-9d7e-0a1b2c3d4e5f';

/** The Home Turf app registration in the demo tenant: its application (client) id. */
export const DEMO_CLIENT_ID = '6c3e9a7b-2d41-4f8e-b5a0-93c1d7e2f468';

/**
 * What Northwind's administrator consented to for everyone: Home Turf's read permissions. The
 * write permissions are left to each user, who consents the first time Home Turf needs one.
 */
export const DEMO_ADMIN_CONSENT: ReadonlyArray<string> = [
  'User.Read',
  'User.Read.All',
  'Calendars.Read',
  'Calendars.Read.Shared',
  'Mail.Read',
  'Sites.Read.All',
];
