import { MAIL_NOT_UPN } from '../../../src/sandbox/seed';
import { startHarness, type GraphErrorBody, type Harness } from './support';

/** The seed, where Jessica Moreno signs in as jmoreno@… but her mail is jessica.moreno@…. */
let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness.server.close());

type UserJson = { id: string; mail: string; userPrincipalName: string };

describe('a user whose mail is not their user principal name', () => {
  it('is found by UPN and by id', async () => {
    const byUpn = await harness.graphJson<UserJson>(`/users/${MAIL_NOT_UPN.userPrincipalName}`);
    expect(byUpn.status).toBe(200);
    expect(byUpn.body).toMatchObject({
      mail: MAIL_NOT_UPN.mail,
      userPrincipalName: MAIL_NOT_UPN.userPrincipalName,
    });
    expect((await harness.graphJson<UserJson>(`/users/${byUpn.body.id}`)).status).toBe(200);
  });

  it('is not found by mail, as Graph answers (404 Request_ResourceNotFound)', async () => {
    const byMail = await harness.graphJson<GraphErrorBody>(`/users/${MAIL_NOT_UPN.mail}`);
    expect(byMail.status).toBe(404);
    expect(byMail.body.error).toMatchObject({
      code: 'Request_ResourceNotFound',
      message: `Resource '${MAIL_NOT_UPN.mail}' does not exist or one of its queried reference-property objects are not present.`,
    });
    const calendar = await harness.graphJson<GraphErrorBody>(
      `/users/${MAIL_NOT_UPN.mail}/calendarView?startDateTime=2026-11-23T00:00:00Z&endDateTime=2026-11-24T00:00:00Z`,
    );
    expect(calendar.status).toBe(404);
    expect(calendar.body.error.code).toBe('ErrorInvalidUser');
  });

  it('is found by mail with $filter, as Home Turf looks people up', async () => {
    const filter = encodeURIComponent(`mail eq '${MAIL_NOT_UPN.mail}'`);
    const found = await harness.graphJson<{ value: UserJson[] }>(
      `/users?$filter=${filter}&$select=id,mail,userPrincipalName`,
    );
    expect(found.body.value.map((u) => u.userPrincipalName)).toEqual([MAIL_NOT_UPN.userPrincipalName]);
  });
});
