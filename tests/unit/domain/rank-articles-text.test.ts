import { dayNumber, describeAge, freshnessBoost } from '../../../src/domain/article-freshness';
import { foldPlural, processTerm, surfaceWords, termsOf } from '../../../src/domain/article-terms';

describe('foldPlural', () => {
  it.each([
    ['starters', 'starter'],
    ['policies', 'policy'],
    ['messages', 'message'],
    ['employees', 'employee'],
    ['kpis', 'kpi'],
    ['business', 'business'],
    ['campus', 'campus'],
    ['analysis', 'analysis'],
    ['news', 'news'],
    ['series', 'series'],
    ['ties', 'tie'],
    ['gas', 'gas'],
  ])('%s → %s', (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });

  it.each(['starters', 'policies', 'classes', 'employees', 'analyses', 'crises', 'toes', 'kpis'])(
    'changes nothing the second time: %s',
    (word) => {
      expect(foldPlural(foldPlural(word))).toBe(foldPlural(word));
    },
  );
});

describe('processTerm', () => {
  it.each([
    ['Onboarding', ['onboarding']],
    ['Café', ['cafe']],
    ['STARTERS', ['starter']],
    ['the', []],
    ['a', []],
    ['<script>alert', ['script', 'alert']],
    ['q3+q4', ['q3', 'q4']],
    ['x'.repeat(41), []],
    ['', []],
  ])('%s → %j', (token, terms) => {
    expect(processTerm(token)).toEqual(terms);
  });
});

describe('termsOf and surfaceWords', () => {
  it('splits on spacing and punctuation with MiniSearch, then normalises', () => {
    expect(termsOf("New starters' first\tweek — Q&A for the HR team")).toEqual([
      'new',
      'starter',
      'first',
      'week',
      'hr',
      'team',
    ]);
  });

  it('keeps each word as written beside its term, without symbols', () => {
    expect(surfaceWords('<b>Résumé</b> tips: the KPIs')).toEqual([
      { word: 'b', term: undefined, joinedBy: null },
      { word: 'Résumé', term: 'resume', joinedBy: null },
      { word: 'b', term: undefined, joinedBy: null },
      { word: 'tips', term: 'tip', joinedBy: null },
      { word: 'the', term: undefined, joinedBy: null },
      { word: 'KPIs', term: 'kpi', joinedBy: ' ' },
    ]);
  });

  it.each([
    ['new starters', ' '],
    ['90-day', '-'],
    ['new   starters', ' '],
    ['new, starters', null],
    ['new\nstarters', null],
    ['new — starters', null],
    ['new--starters', null],
  ])('joins %j by %j', (text, joinedBy) => {
    expect(surfaceWords(text)[1]?.joinedBy).toBe(joinedBy);
  });
});

describe('dayNumber', () => {
  it.each([
    ['1970-01-01', 0],
    ['2026-11-24', 20_781],
    ['2024-02-29', 19_782],
  ])('%s is day %i', (date, day) => {
    expect(dayNumber(date)).toBe(day);
  });

  it.each(['2026-02-30', '2026-13-01', '24/11/2026', '2026-11-24T10:00:00Z', ''])('%j is no date', (date) => {
    expect(dayNumber(date)).toBeNull();
  });
});

describe('freshnessBoost', () => {
  it.each([
    [0, 1],
    [-30, 1],
    [180, 0.5],
    [365, 180 / 545],
    [null, 180 / 910],
  ])('at %s days is %f', (age, boost) => {
    expect(freshnessBoost(age)).toBeCloseTo(boost, 10);
  });

  it('decays but never reaches zero, which would drop the article', () => {
    const ages = [0, 7, 30, 180, 365, 3_650, 36_500];
    const boosts = ages.map(freshnessBoost);
    for (let i = 1; i < boosts.length; i++) expect(boosts[i]).toBeLessThan(boosts[i - 1]!);
    expect(boosts.at(-1)).toBeGreaterThan(0);
  });
});

describe('describeAge', () => {
  it.each([
    [0, 'published today'],
    [-3, 'published today'],
    [1, '1 day old'],
    [13, '13 days old'],
    [14, '2 weeks old'],
    [21, '3 weeks old'],
    [60, '8 weeks old'],
    [61, '2 months old'],
    [365, '11 months old'],
    [729, '23 months old'],
    [730, '1 year old'],
    [1_100, '3 years old'],
  ])('%i days: %s', (days, text) => {
    expect(describeAge(days)).toBe(text);
  });
});
