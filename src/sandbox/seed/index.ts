/** The demo tenant's seed: generator and the names tests and app code may rely on. */
export { generateSeedTenant, SEED_TIME_ZONE } from './generate-seed-tenant';
export {
  BOARDROOM_ADDRESS,
  CLIENT_DEPARTMENTS,
  COMMS_TEAM_UPNS,
  DEMO_ADMIN_CONSENT,
  DEMO_CLIENT_ID,
  DEMO_DOMAIN,
  DEMO_TENANT_ID,
  DEMO_USER_UPN,
  EMPTY_TEAM_SITE_PATH,
  SEED_CLIENT_WITHOUT_PROFILE,
  SEED_SUBJECTS,
  STORE_LISTS,
  TEAM_SITE_HOSTNAME,
  TEAM_SITE_PATH,
  TWO_TEAM_ADVISOR_UPN,
  VENDOR_DOMAIN,
} from './constants';
export { MAIL_NOT_UPN } from './directory';
export { seedWindow } from './meetings';
export { DOUBLE_BOOKED_CLIENT } from './team-calendars';
export { STORE_LIST_IDS } from './team-site';
