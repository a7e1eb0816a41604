import {
  articleFromDraft,
  checkArticle,
  checkArticleUrl,
  emptyArticleDraft,
  parseTags,
  type ArticleDraft,
} from '../../../src/domain/article-draft';
import { isCalendarDate } from '../../../src/domain/calendar-date';
import { campaignFromDraft, checkCampaign, type CampaignDraft } from '../../../src/domain/campaign-draft';
import {
  checkClientDraft,
  draftFromProfile,
  emptyClientDraft,
  profileFromDraft,
  type ClientDraft,
} from '../../../src/domain/client-draft';
import { buildFileItem, buildProfile } from '../../builders/store-builders';

const TODAY = '2026-11-24';

function article(overrides: Partial<ArticleDraft> = {}): ArticleDraft {
  return {
    ...emptyArticleDraft(TODAY),
    url: 'https://hbr.example/new-starters',
    title: 'What new starters remember',
    ...overrides,
  };
}

describe('checkArticleUrl', () => {
  it.each([
    ['https://hbr.example/new-starters', null],
    ['  https://hbr.example/a?b=c#d  ', null],
    ['', "Paste the article's link."],
    ['hbr.example/new-starters', 'Enter the full link, starting with https://.'],
    ['not a link', 'Enter the full link, starting with https://.'],
    ['http://hbr.example/new-starters', 'Only secure links can be saved: use the https:// address.'],
    ['javascript:alert(1)', 'Only web links starting with https:// can be saved.'],
    ['ftp://files.example/a.pdf', 'Only web links starting with https:// can be saved.'],
    ['https://maya:secret@intranet.example/a', 'Remove the sign-in details (name:password@) from the link.'],
    ['https://maya@intranet.example/a', 'Remove the sign-in details (name:password@) from the link.'],
    [`https://hbr.example/${'a'.repeat(260)}`, 'The link is longer than the library keeps (255 characters).'],
  ])('%j → %j', (url, message) => {
    expect(checkArticleUrl(url)).toBe(message);
  });
});

describe('parseTags', () => {
  it.each([
    ['', []],
    ['Onboarding', ['onboarding']],
    ['Onboarding,  Employee   Experience , ', ['onboarding', 'employee experience']],
    ['hr, HR, Hr', ['hr']],
  ])('%j → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});

describe('checkArticle', () => {
  it.each<{ case: string; draft: ArticleDraft; errors: Record<string, string> }>([
    { case: 'a complete article', draft: article(), errors: {} },
    { case: 'no title', draft: article({ title: '  ' }), errors: { title: 'Give the article a title.' } },
    {
      case: 'a title past 255 characters',
      draft: article({ title: 'x'.repeat(256) }),
      errors: { title: 'Keep the title to 255 characters (it has 256).' },
    },
    {
      case: 'eleven tags',
      draft: article({ tags: Array.from({ length: 11 }, (_, i) => `tag ${i}`).join(', ') }),
      errors: { tags: '10 tags at most (there are 11).' },
    },
    {
      case: 'no published date',
      draft: article({ published: '' }),
      errors: { published: 'Give the date it was published.' },
    },
    {
      case: 'a published date that does not exist',
      draft: article({ published: '2026-02-30' }),
      errors: { published: 'The published date must be a real date.' },
    },
    {
      case: 'an http link and no title: a message for each',
      draft: article({ url: 'http://a.example', title: '' }),
      errors: {
        url: 'Only secure links can be saved: use the https:// address.',
        title: 'Give the article a title.',
      },
    },
  ])('$case', ({ draft, errors }) => {
    expect(checkArticle(draft)).toEqual(errors);
  });

  it('makes an article of the draft: tags lower case, source left out when empty', () => {
    const saved = articleFromDraft(article({ tags: 'Onboarding, HR', source: ' ' }), {
      id: 'new',
      retired: false,
    });
    expect(saved).toEqual({
      id: 'new',
      retired: false,
      url: 'https://hbr.example/new-starters',
      title: 'What new starters remember',
      summary: '',
      tags: ['onboarding', 'hr'],
      published: TODAY,
    });
  });
});

function campaign(overrides: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    name: 'Benefits week',
    ownerDepartment: 'HR',
    audiences: ['HR', 'Operations'],
    signOff: '2026-11-26',
    goLive: '2026-12-01',
    status: 'Planned',
    ...overrides,
  };
}

describe('checkCampaign', () => {
  it.each<{ case: string; draft: CampaignDraft; errors: Record<string, string> }>([
    { case: 'a complete campaign', draft: campaign(), errors: {} },
    { case: 'sign-off on the go-live day', draft: campaign({ signOff: '2026-12-01' }), errors: {} },
    { case: 'no sign-off date yet', draft: campaign({ signOff: '' }), errors: {} },
    {
      case: 'sign-off after go-live',
      draft: campaign({ signOff: '2026-12-02' }),
      errors: { signOff: 'Sign-off must be on or before the go-live date.' },
    },
    {
      case: 'no go-live date',
      draft: campaign({ goLive: '' }),
      errors: { goLive: 'Give the go-live date.' },
    },
    { case: 'no name', draft: campaign({ name: ' ' }), errors: { name: 'Give the campaign a name.' } },
    {
      case: 'no audience',
      draft: campaign({ audiences: [] }),
      errors: { audiences: 'Choose the departments it reaches, or Everyone.' },
    },
    {
      case: 'no owner department',
      draft: campaign({ ownerDepartment: '' }),
      errors: { ownerDepartment: 'Choose the department that runs it.' },
    },
  ])('$case', ({ draft, errors }) => {
    expect(checkCampaign(draft)).toEqual(errors);
  });

  it('stores everyone as the single audience "*"', () => {
    expect(campaignFromDraft(campaign({ audiences: ['HR', '*'] }), { id: '1' }).audiences).toEqual(['*']);
  });
});

describe('checkClientDraft', () => {
  const chosen: ClientDraft = {
    ...emptyClientDraft('maya.chen@northwind.example'),
    client: { email: 'owen.price@northwind.example', displayName: 'Owen Price', department: 'IT' },
  };
  it.each<{ case: string; draft: ClientDraft; errors: Record<string, string> }>([
    { case: 'a client and an owner', draft: chosen, errors: {} },
    {
      case: 'no client chosen',
      draft: { ...chosen, client: null },
      errors: { client: 'Choose the client from the directory.' },
    },
    {
      case: 'no owner',
      draft: { ...chosen, ownerEmail: '' },
      errors: { owner: 'Choose who in the team owns the relationship.' },
    },
    {
      case: 'an empty priority',
      draft: { ...chosen, priorities: [{ text: '', due: '2026-12-12' }] },
      errors: { priorities: 'Each priority needs a line, or remove the empty one.' },
    },
    {
      case: 'a priority due on a day that does not exist',
      draft: { ...chosen, priorities: [{ text: 'Service desk relaunch', due: '2026-13-01' }] },
      errors: { priorities: 'A due date must be a real date.' },
    },
    {
      case: 'a KPI listed twice',
      draft: {
        ...chosen,
        kpis: [
          { text: 'First-call fix', shared: false },
          { text: 'first-call fix ', shared: true },
        ],
      },
      errors: { kpis: 'Each KPI once: one is listed twice.' },
    },
    {
      case: 'new work without a title',
      draft: { ...chosen, fileItems: [{ key: 'k', title: '', status: 'Not started', nextUpdateDue: '' }] },
      errors: { fileItems: 'Each piece of work needs a title, or remove the empty one.' },
    },
  ])('$case', ({ draft, errors }) => {
    expect(checkClientDraft(draft)).toEqual(errors);
  });

  it('round-trips a stored profile: shared KPIs stay a subset of those evaluated on', () => {
    const profile = buildProfile({
      evaluatedOn: ['Time to hire', 'Retention'],
      sharedKpis: ['Retention'],
      priorities: [{ text: 'Onboarding relaunch', due: '2026-12-12' }],
    });
    const draft = draftFromProfile(profile, [buildFileItem()]);
    expect(draft.kpis).toEqual([
      { text: 'Time to hire', shared: false },
      { text: 'Retention', shared: true },
    ]);
    expect(profileFromDraft(draft, profile)).toEqual(profile);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-12-12', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-12-12T00:00:00Z', false],
    ['12/12/2026', false],
  ])('%s → %s', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });
});
