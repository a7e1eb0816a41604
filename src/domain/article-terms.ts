/**
 * How article text and meeting text become search terms. Splitting is MiniSearch's own tokenizer;
 * on top of it sits a light normaliser (accents folded, lower case, symbols split off, stop words
 * dropped, plurals folded) that runs both when articles are indexed and when a query is built, so
 * "New Starters'" in an article and "new starter" in a client's priorities meet on `starter`.
 */
import MiniSearch from 'minisearch';

/**
 * MiniSearch's tokenizer: splits on white space and Unicode punctuation. `getDefault` is typed
 * `any` by the library; this is the signature its documentation gives.
 */
const miniSearchTokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** Common English words that say nothing about what an article or a meeting is about. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each either etc few for from ' +
    'further get gets got had has have having he her here hers herself him himself his how however if ' +
    'in into is it its itself just let like may me might more most much must my myself no nor not now ' +
    'of off on once only or other our ours ourselves out over own per same shall she should so some ' +
    'such than that the their theirs them themselves then there these they this those through to too ' +
    'under until up upon us very via was we were what when where which while who whom whose why will ' +
    'with within without would yet you your yours yourself yourselves'
  ).split(' '),
);

/**
 * Words that fill meeting invitations rather than say what a meeting is about: the online-meeting
 * footer ("Join on your computer, mobile app or room device · Meeting ID · Passcode"), greetings,
 * sign-offs, and the "Re:" or "catch-up" of a subject line. Dropped from the subject and agenda
 * only: an article about Teams etiquette can still match a client whose priority mentions Teams.
 */
export const INVITATION_NOISE: ReadonlySet<string> = new Set(
  (
    'agenda app call calendar catch chat checkin click computer conference dear device dial ' +
    'download fw fwd hello hi id join learn link meeting microsoft mobile option passcode phone ' +
    'please re regard room sync thank thanks team teams web zoom'
  ).split(' '),
);

/** Plural-looking words that the folding below would spoil. */
const KEEP_AS_IS: ReadonlySet<string> = new Set([
  'news',
  'series',
  'species',
  'always',
  'perhaps',
  'towards',
]);

/**
 * Folds an English plural to its singular form (Harman's "S" stemmer: `-ies` → `-y`, `-es` → `-e`,
 * `-s` → nothing, with its exceptions). Deliberately light: it never turns a word into something a
 * reader would not recognise, and applying it twice changes nothing, so query terms can be fed back
 * through MiniSearch without drifting.
 */
export function foldPlural(word: string): string {
  if (word.length < 4 || KEEP_AS_IS.has(word)) return word;
  if (word.length >= 5 && word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.endsWith('es') && !/[aeo]es$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('us') || word.endsWith('ss')) return word;
  // "analysis", "crisis", "basis" are singular; "kpis" is not.
  if (word.endsWith('is') && word.length > 4) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const NOT_A_WORD_CHARACTER = /[^\p{L}\p{N}]+/u;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
/** Longer than any word a reader would look for: a run of characters, not a term. */
const MAX_TERM_LENGTH = 40;
const COMBINING_MARK = /\p{M}/gu;

/** Lower case with accents folded: "Café" and "cafe" are the same term. */
function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
}

/**
 * MiniSearch `processTerm`: one token from the tokenizer in, zero or more terms out. Symbols the
 * tokenizer keeps ("<script>alert", "a+b", "x=1") are split off here, so markup in a title is
 * never a term. Stop words and terms under two or over forty characters are dropped.
 */
export function processTerm(token: string): string[] {
  // Most tokens are plain ASCII words, which need neither accent folding nor splitting.
  const pieces = PLAIN_WORD.test(token) ? [token.toLowerCase()] : fold(token).split(NOT_A_WORD_CHARACTER);
  const terms: string[] = [];
  for (const piece of pieces) {
    if (piece.length < 2 || STOP_WORDS.has(piece)) continue;
    const term = foldPlural(piece);
    if (term.length < 2 || term.length > MAX_TERM_LENGTH || STOP_WORDS.has(term)) continue;
    terms.push(term);
  }
  return terms;
}

/** MiniSearch `tokenize`: its default, with tabs and other control spacing treated as spaces. */
export function tokenize(text: string): string[] {
  return miniSearchTokenize(text.replace(/[\t\v\f]/g, ' '));
}

/** Every term of a text, in order, repeats kept. */
export function termsOf(text: string): string[] {
  return tokenize(text).flatMap(processTerm);
}

/**
 * A word as the reader saw it, the term it indexes as (none for a stop word), and what joins it to
 * the word before: a space or a hyphen ("new starters", "90-day"), or anything else (null).
 */
export type SurfaceWord = { word: string; term: string | undefined; joinedBy: ' ' | '-' | null };

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The words of a text with their terms, for saying which words matched. A word keeps its spelling
 * but never a symbol: it is cut on the same boundaries as its term.
 */
export function surfaceWords(text: string): SurfaceWord[] {
  const words: SurfaceWord[] = [];
  let end = 0;
  for (const match of text.matchAll(WORD)) {
    const gap = text.slice(end, match.index);
    const joinedBy = words.length === 0 ? null : /^ +$/.test(gap) ? ' ' : gap === '-' ? '-' : null;
    words.push({ word: match[0], term: processTerm(match[0])[0], joinedBy });
    end = match.index + match[0].length;
  }
  return words;
}
