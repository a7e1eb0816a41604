import {
  QUERY_BUDGET,
  createArticleIndex,
  createArticleIndexAsync,
  explainRank,
  loadIndex,
  rankArticles,
  selectQueryTerms,
  serializeIndex,
  type ArticleQuery,
  type RankOptions,
} from '../../../src/domain/rank-articles';
import type { Article } from '../../../src/domain/team-store';

const TODAY = '2026-11-24';

function buildArticle(overrides: Partial<Article> & Pick<Article, 'id'>): Article {
  return {
    title: 'Untitled',
    url: `https://example.org/${overrides.id}`,
    summary: '',
    tags: [],
    published: '2026-11-01',
    retired: false,
    ...overrides,
  };
}

function buildQuery(overrides: Partial<ArticleQuery> = {}): ArticleQuery {
  return { priorities: [], pressures: [], kpis: [], subject: '', agenda: '', ...overrides };
}

/** Ranks a small library and returns the ids, best first. */
function rankIds(articles: Article[], query: Partial<ArticleQuery>, options: Partial<RankOptions> = {}) {
  return rankArticles(createArticleIndex(articles), buildQuery(query), { today: TODAY, ...options }).map(
    (ranked) => ranked.article.id,
  );
}

const onboarding = buildArticle({
  id: 'onboarding',
  title: 'Onboarding new starters: a 90-day plan',
  summary: 'How HR teams welcome people in their first weeks.',
  tags: ['onboarding', 'HR'],
  published: '2026-11-03',
});
const earnings = buildArticle({
  id: 'earnings',
  title: 'Explaining quarterly earnings to staff',
  summary: 'Plain language for results day.',
  tags: ['finance'],
});
const engagement = buildArticle({
  id: 'engagement',
  title: 'What pulse surveys tell you about engagement',
  summary: 'Measuring employee engagement between annual surveys.',
  tags: ['engagement', 'measurement'],
});
const library = [onboarding, earnings, engagement];

describe('rankArticles: relevance', () => {
  it.each([
    ['a priority', { priorities: ['Onboarding for new starters'] }, ['onboarding']],
    ['a pressure', { pressures: ['Questions about quarterly earnings'] }, ['earnings']],
    ['a KPI', { kpis: ['Employee engagement score'] }, ['engagement']],
    ['the meeting subject', { subject: 'Pulse survey results' }, ['engagement', 'earnings']],
    ['the agenda', { agenda: 'We will go through the new onboarding plan.' }, ['onboarding']],
    ['a plural against a singular', { priorities: ['starter experience'] }, ['onboarding']],
    ['a prefix of a longer word', { priorities: ['engage'] }, ['engagement']],
    ['a typo in a long word', { priorities: ['onbording'] }, ['onboarding']],
    ['accents and case', { priorities: ['ONBOARDİNG', 'Énergie'] }, ['onboarding']],
  ])('finds the article matching %s', (_, query, expected) => {
    expect(rankIds(library, query)).toEqual(expected);
  });

  it('puts an article matching the client ahead of one matching only the agenda', () => {
    const a = buildArticle({ id: 'a', title: 'Retention ideas' });
    const b = buildArticle({ id: 'b', title: 'Wellbeing ideas' });
    expect(rankIds([a, b], { priorities: ['retention'], agenda: 'wellbeing' })).toEqual(['a', 'b']);
    expect(rankIds([a, b], { priorities: ['wellbeing'], agenda: 'retention' })).toEqual(['b', 'a']);
  });

  it('weighs a title or tag match above a word in passing in the summary', () => {
    const inTitle = buildArticle({
      id: 'title',
      title: 'Hybrid working',
      summary: 'Long read for managers.',
    });
    const inSummary = buildArticle({
      id: 'summary',
      title: 'Managers',
      summary: 'Long read on hybrid working.',
    });
    expect(rankIds([inSummary, inTitle], { priorities: ['hybrid'] })).toEqual(['title', 'summary']);
  });

  it('reads only the first 2,000 characters of the agenda', () => {
    const late = buildArticle({ id: 'late', title: 'Sustainability reporting' });
    const agenda = `${'x '.repeat(1_000)}sustainability`;
    expect(rankIds([late], { agenda: `${agenda.slice(0, 1_900)} sustainability` })).toEqual(['late']);
    expect(rankIds([late], { agenda })).toEqual([]);
  });

  it('ignores the online-meeting footer and meeting ids in the agenda and subject', () => {
    const teams = buildArticle({ id: 'teams', title: 'Teams meeting etiquette', summary: 'Join on time.' });
    const footer =
      'Microsoft Teams meeting Join on your computer, mobile app or room device. Meeting ID: 312 845 129';
    expect(rankIds([teams], { subject: 'Meeting', agenda: footer })).toEqual([]);
  });
});

describe('rankArticles: freshness', () => {
  it.each([
    ['2026-11-20', '2026-06-01'],
    ['2026-11-23', '2025-01-01'],
    ['2026-11-24', '2024-11-24'],
  ])('with equal text, one of %s scores above one of %s', (newDate, oldDate) => {
    const newer = buildArticle({ id: 'new', title: 'Change communication', published: newDate });
    const older = buildArticle({ id: 'old', title: 'Change communication', published: oldDate });
    const ranked = rankArticles(
      createArticleIndex([older, newer]),
      buildQuery({ priorities: ['change communication'] }),
      { today: TODAY },
    );
    expect(ranked.map((r) => r.article.id)).toEqual(['new', 'old']);
    expect(ranked[0]!.score).toBeGreaterThan(ranked[1]!.score);
  });

  it('lets a strong older match beat a weak fresh one: the decay is gentle', () => {
    const strong = buildArticle({
      id: 'strong',
      title: 'Employee engagement surveys',
      tags: ['engagement', 'survey'],
      published: '2025-11-24',
    });
    const weak = buildArticle({
      id: 'weak',
      title: 'Newsletter tips',
      summary: 'Engagement.',
      published: TODAY,
    });
    expect(rankIds([weak, strong], { kpis: ['engagement survey'] })).toEqual(['strong', 'weak']);
  });

  it('treats a date in the future as today and an unreadable one as two years old', () => {
    const dated = (id: string, published: string) => buildArticle({ id, title: 'Town halls', published });
    const articles = [
      dated('old', '2023-11-24'),
      dated('two-years', '2024-11-24'),
      dated('unreadable', 'soon'),
      dated('today', TODAY),
      dated('future', '2027-01-01'),
    ];
    const scores = Object.fromEntries(
      rankArticles(createArticleIndex(articles), buildQuery({ subject: 'town hall' }), { today: TODAY }).map(
        (r) => [r.article.id, r.score],
      ),
    );
    expect(scores.future).toBe(scores.today);
    expect(scores.unreadable).toBe(scores['two-years']);
    expect(scores.today).toBeGreaterThan(scores.unreadable!);
    expect(scores.unreadable).toBeGreaterThan(scores.old!);
  });
});

describe('rankArticles: what is never returned', () => {
  it.each([
    ['an excluded article', [onboarding, earnings], new Set(['onboarding']), []],
    ['excluded among others', [onboarding, engagement], new Set(['engagement']), ['onboarding']],
    ['a retired article', [{ ...onboarding, retired: true }], new Set<string>(), []],
  ])('leaves out %s', (_, articles, exclude, expected) => {
    const query = { priorities: ['onboarding starters', 'employee engagement'] };
    expect(rankIds(articles, query, { exclude })).toEqual(expected);
  });

  it.each([
    ['an empty query', {}],
    ['only stop words', { priorities: ['the and of'], subject: 'Re: a' }],
    ['no word the library has', { priorities: ['zebra crossings'] }],
    ['only invitation boilerplate', { agenda: 'Click here to join the meeting. Passcode 1234' }],
  ])('returns nothing for %s rather than the newest articles', (_, query) => {
    expect(rankIds(library, query)).toEqual([]);
  });

  it.each([
    [0, []],
    [1, ['onboarding']],
    [2, ['onboarding', 'engagement']],
  ])('returns at most limit %i', (limit, expected) => {
    const query = { priorities: ['onboarding for new starters', 'engagement'] };
    expect(rankIds(library, query, { limit })).toEqual(expected);
  });

  it('returns five by default', () => {
    const many = Array.from({ length: 8 }, (_, i) => buildArticle({ id: `a${i}`, title: 'Town halls' }));
    expect(rankIds(many, { subject: 'town hall' })).toHaveLength(5);
  });

  it('refuses a day that is not a calendar date', () => {
    expect(() =>
      rankArticles(createArticleIndex(library), buildQuery({ subject: 'onboarding' }), {
        today: '24/11/2026',
      }),
    ).toThrow(RangeError);
  });
});

describe('rankArticles: ties', () => {
  it.each([
    [
      'the newer first',
      [
        { id: 'b', published: '2026-10-01' },
        { id: 'a', published: '2026-10-01' },
        { id: 'c', published: '2026-10-02' },
      ],
      ['c', 'a', 'b'],
    ],
    [
      'the smaller id first on the same day',
      [
        { id: 'z', published: '2026-10-01' },
        { id: 'm', published: '2026-10-01' },
      ],
      ['m', 'z'],
    ],
  ])('break equal scores with %s', (_, specs, expected) => {
    // Same day, same text: equal scores. Different days: the fresher also scores higher.
    const articles = specs.map((spec) => buildArticle({ ...spec, title: 'Crisis communication' }));
    expect(rankIds(articles, { pressures: ['crisis'] })).toEqual(expected);
  });

  it('keeps a tie for the last place decided by date and id, not by insertion order', () => {
    const articles = ['e', 'd', 'c', 'b', 'a'].map((id) => buildArticle({ id, title: 'Crisis comms' }));
    expect(rankIds(articles, { pressures: ['crisis'] }, { limit: 2 })).toEqual(['a', 'b']);
    expect(rankIds([...articles].reverse(), { pressures: ['crisis'] }, { limit: 2 })).toEqual(['a', 'b']);
  });
});

describe('rankArticles: why an article comes up', () => {
  it('reports the words of the article that matched, in phrases, once each, in reading order', () => {
    const [ranked] = rankArticles(
      createArticleIndex([onboarding]),
      buildQuery({ priorities: ['new starter onboarding'], subject: 'HR catch-up: starters' }),
      { today: TODAY },
    );
    expect(ranked?.matched).toEqual(['onboarding new starters', 'HR']);
    expect(ranked?.because).toBe('matches "onboarding new starters", "HR" · 3 weeks old');
  });

  it.each([
    [
      'adjacent matches as one phrase, each word once',
      { title: 'Onboarding: a 90-day plan for new starters', tags: ['new starters', 'HR'] },
      'onboarding plan for new starters in their first 90 days',
      ['onboarding', '90-day plan', 'new starters'],
    ],
    [
      'acronyms as written, other words in lower case',
      { title: 'HR and IT: KPIs That Matter' },
      'hr kpis matter',
      ['HR', 'KPIs', 'matter'],
    ],
    [
      'a word matched by prefix or typo as the article has it',
      { title: 'Employee engagement', summary: 'Recruitment tips.' },
      'engage recruitmnt',
      ['engagement', 'recruitment'],
    ],
  ])('quotes %s', (_, fields, priority, expected) => {
    const [ranked] = rankArticles(
      createArticleIndex([buildArticle({ id: 'a', ...fields })]),
      buildQuery({ priorities: [priority] }),
      { today: TODAY },
    );
    expect(ranked?.matched).toEqual(expected);
  });

  it.each([
    [['onboarding'], 0, 'matches "onboarding" · published today'],
    [['onboarding', 'starters'], 1, 'matches "onboarding", "starters" · 1 day old'],
    [['a', 'b', 'c', 'd', 'e'], 400, 'matches "a", "b", "c" and 2 more · 13 months old'],
    [['hybrid'], null, 'matches "hybrid"'],
  ])('explains %j at %s days as %s', (matched, age, expected) => {
    expect(explainRank(matched, age)).toBe(expected);
  });
});

describe('rankArticles: hostile text is just text', () => {
  const hostile = buildArticle({
    id: 'hostile',
    title: '<img src=x onerror=alert(1)>Onboarding</img> __proto__ constructor',
    summary: '<script>alert("x")</script> javascript:alert(1) {{constructor.constructor}} hasOwnProperty',
    tags: ['<b>onboarding</b>', 'toString'],
  });

  it('ranks it by its words and quotes no markup', () => {
    const ranked = rankArticles(
      createArticleIndex([hostile, earnings]),
      buildQuery({
        priorities: ['onboarding', 'constructor'],
        agenda: '<script>alert(1)</script> __proto__',
      }),
      { today: TODAY },
    );
    expect(ranked.map((r) => r.article.id)).toEqual(['hostile']);
    expect(ranked[0]?.matched).toEqual(expect.arrayContaining(['onboarding', 'constructor']));
    for (const word of ranked[0]?.matched ?? []) expect(word).toMatch(/^[\p{L}\p{N}]+$/u);
    expect(ranked[0]?.because).not.toMatch(/[<>]/);
  });

  it('survives an article of a megabyte and a query of one', () => {
    const huge = buildArticle({ id: 'huge', title: 'Onboarding', summary: 'word '.repeat(200_000) });
    const ranked = rankIds([huge], {
      agenda: 'onboarding '.repeat(100_000),
      priorities: ['x'.repeat(100_000)],
    });
    expect(ranked).toEqual(['huge']);
  });
});

describe('selectQueryTerms', () => {
  const term = (word: string, weight: number, prefix = true, fuzzy = false) => ({
    term: word,
    weight,
    prefix,
    fuzzy,
  });

  it('keeps the client and subject terms first, rarer terms first, within the budget', () => {
    // "common" is in every article: past the budget, so it is dropped unless it is the only term.
    const articles = Array.from({ length: QUERY_BUDGET.articles + 100 }, (_, i) =>
      buildArticle({ id: `a${i}`, title: `common ${i % 3 === 0 ? 'rare' : 'other'}` }),
    );
    const index = createArticleIndex(articles);
    const terms = selectQueryTerms(buildQuery({ priorities: ['common rare'], agenda: 'other' }), index);
    expect(terms).toEqual([term('rare', 2)]);
    expect(selectQueryTerms(buildQuery({ priorities: ['common'] }), index)).toEqual([term('common', 2)]);
  });

  it('counts the articles a prefix reaches, and keeps the exact word when they are too many', () => {
    const articles = [
      ...Array.from({ length: QUERY_BUDGET.articles }, (_, i) =>
        buildArticle({ id: `i${i}`, title: 'Internal' }),
      ),
      ...Array.from({ length: 10 }, (_, i) => buildArticle({ id: `n${i}`, title: 'Intern programme' })),
      buildArticle({ id: 'rare', title: 'Apprentice' }),
    ];
    const index = createArticleIndex(articles);
    expect(selectQueryTerms(buildQuery({ priorities: ['apprentice', 'intern'] }), index)).toEqual([
      term('apprentice', 2),
      term('intern', 2, false),
    ]);
  });

  it.each([
    ['onboarding', [term('onboarding', 2)]],
    ['onbording', [term('onbording', 2, true, true)]],
    ['onbord', []],
    ['onboardng', [term('onboardng', 2, true, true)]],
  ])('forgives one typo in a word the library lacks: %s', (word, expected) => {
    const index = createArticleIndex([onboarding]);
    expect(selectQueryTerms(buildQuery({ priorities: [word] }), index)).toEqual(expected);
  });

  it('forgives typos in a few words only', () => {
    const index = createArticleIndex([onboarding]);
    const typos = Array.from({ length: 12 }, (_, i) => `onboardin${String.fromCharCode(97 + i)}`);
    const terms = selectQueryTerms(buildQuery({ priorities: typos }), index);
    expect(terms.filter((t) => t.fuzzy)).toHaveLength(QUERY_BUDGET.typos);
  });

  it(`keeps at most ${QUERY_BUDGET.terms} terms, dropping those that reach nothing`, () => {
    const words = Array.from({ length: 130 }, (_, i) => `topic${String.fromCharCode(97 + (i % 26))}${i}`);
    const index = createArticleIndex([buildArticle({ id: 'a', summary: words.slice(0, 120).join(' ') })]);
    const query = buildQuery({
      priorities: words.slice(0, 48),
      subject: words.slice(48, 72).join(' '),
      agenda: words.slice(72).join(' '),
    });
    const terms = selectQueryTerms(query, index);
    expect(terms).toHaveLength(QUERY_BUDGET.terms);
    expect(selectQueryTerms(buildQuery({ agenda: words.slice(120).join(' ') }), index)).toEqual([]);
  });
});

describe('building and caching the index', () => {
  const query = buildQuery({ priorities: ['onboarding', 'engagement'], subject: 'earnings' });

  it('builds the same index in chunks as in one go', async () => {
    const chunked = await createArticleIndexAsync(library, { chunkSize: 1 });
    expect(rankArticles(chunked, query, { today: TODAY })).toEqual(
      rankArticles(createArticleIndex(library), query, { today: TODAY }),
    );
  });

  it('ranks the same from a saved index', () => {
    const index = createArticleIndex(library);
    const loaded = loadIndex(serializeIndex(index), library);
    expect(rankArticles(loaded, query, { today: TODAY })).toEqual(
      rankArticles(index, query, { today: TODAY }),
    );
    expect(new Map(loaded.termCounts.entries())).toEqual(new Map(index.termCounts.entries()));
  });

  it.each([
    ['the library changed', serializeIndex(createArticleIndex(library)), [onboarding]],
    [
      'an article was retired',
      serializeIndex(createArticleIndex(library)),
      [{ ...onboarding, retired: true }],
    ],
    ['it is not a saved index', '{"version":1,"search":null}', library],
    ['it is a bare array', '[]', library],
  ])('refuses a saved index when %s', (_, json, articles) => {
    expect(() => loadIndex(json, articles)).toThrow(RangeError);
  });

  it('indexes an id seen twice once, the first one', () => {
    const twin = { ...earnings, id: 'onboarding' };
    expect(createArticleIndex([onboarding, twin]).articles.get('onboarding')).toBe(onboarding);
  });
});
