import type { DirectoryUser } from './tenant-model';

/**
 * The `$filter` subset the demo directory answers, parsed by a small recursive-descent parser:
 *
 *   expr    := and ('or' and)*
 *   and     := primary ('and' primary)*
 *   primary := '(' expr ')' | prop 'eq' string | prop 'in' '(' string (',' string)* ')'
 *            | 'startswith' '(' prop ',' string ')'
 *
 * Strings are single-quoted with '' as an escaped quote; comparisons ignore case, as Entra ID's do.
 * Anything else is refused with Graph's "Unsupported Query." rather than guessed at.
 */

/** Thrown for a filter outside the supported grammar, or over Graph's clause limit. */
export class UnsupportedFilterError extends Error {
  override readonly name = 'UnsupportedFilterError';
}

type Token =
  | { kind: 'word'; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'punct'; text: '(' | ')' | ',' };

/** Splits a filter into words, quoted strings and punctuation. */
export function tokenizeFilter(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
      i += 1;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', text: ch });
      i += 1;
    } else if (ch === "'") {
      let text = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw new UnsupportedFilterError('unterminated string literal');
        const c = source.charAt(i);
        if (c === "'") {
          if (source.charAt(i + 1) === "'") {
            text += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        text += c;
        i += 1;
      }
      tokens.push({ kind: 'string', text });
    } else {
      let text = '';
      while (i < source.length && /[A-Za-z0-9_./$@-]/.test(source.charAt(i))) {
        text += source.charAt(i);
        i += 1;
      }
      if (text === '') throw new UnsupportedFilterError(`unexpected character ${ch}`);
      tokens.push({ kind: 'word', text });
    }
  }
  return tokens;
}

export type Property =
  'id' | 'mail' | 'userPrincipalName' | 'department' | 'displayName' | 'jobTitle' | 'givenName' | 'surname';

/** Parsed filter tree. */
export type FilterNode =
  | { kind: 'or' | 'and'; children: FilterNode[] }
  | { kind: 'eq'; property: Property; value: string }
  | { kind: 'in'; property: Property; values: string[] }
  | { kind: 'startswith'; property: Property; value: string };

const EQ_PROPERTIES: ReadonlyArray<Property> = [
  'id',
  'mail',
  'userPrincipalName',
  'department',
  'displayName',
  'jobTitle',
  'givenName',
  'surname',
];
const STARTSWITH_PROPERTIES: ReadonlyArray<Property> = [
  'displayName',
  'mail',
  'userPrincipalName',
  'givenName',
  'surname',
];

/** Graph's limit on OR'ed child clauses (an `in` counts each value). */
export const MAX_OR_CLAUSES = 15;

class Parser {
  private position = 0;
  constructor(private readonly tokens: ReadonlyArray<Token>) {}

  parse(): FilterNode {
    const node = this.expression();
    if (this.position < this.tokens.length) throw new UnsupportedFilterError('trailing tokens');
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private next(): Token {
    const token = this.tokens[this.position];
    if (!token) throw new UnsupportedFilterError('unexpected end of filter');
    this.position += 1;
    return token;
  }

  private isWord(token: Token | undefined, word: string): boolean {
    return token?.kind === 'word' && token.text.toLowerCase() === word;
  }

  private expect(kind: Token['kind'], text?: string): Token {
    const token = this.next();
    if (token.kind !== kind || (text !== undefined && token.text !== text)) {
      throw new UnsupportedFilterError(`expected ${text ?? kind}`);
    }
    return token;
  }

  private expression(): FilterNode {
    const children = [this.conjunction()];
    while (this.isWord(this.peek(), 'or')) {
      this.next();
      children.push(this.conjunction());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'or', children };
  }

  private conjunction(): FilterNode {
    const children = [this.primary()];
    while (this.isWord(this.peek(), 'and')) {
      this.next();
      children.push(this.primary());
    }
    return children.length === 1 && children[0] ? children[0] : { kind: 'and', children };
  }

  private property(allowed: ReadonlyArray<Property>): Property {
    const token = this.expect('word');
    const found = allowed.find((p) => p.toLowerCase() === token.text.toLowerCase());
    if (!found) throw new UnsupportedFilterError(`property ${token.text} not supported`);
    return found;
  }

  private primary(): FilterNode {
    const token = this.peek();
    if (token?.kind === 'punct' && token.text === '(') {
      this.next();
      const inner = this.expression();
      this.expect('punct', ')');
      return inner;
    }
    if (this.isWord(token, 'startswith')) {
      this.next();
      this.expect('punct', '(');
      const property = this.property(STARTSWITH_PROPERTIES);
      this.expect('punct', ',');
      const value = this.expect('string').text;
      this.expect('punct', ')');
      return { kind: 'startswith', property, value };
    }
    const property = this.property(EQ_PROPERTIES);
    const operator = this.next();
    if (this.isWord(operator, 'eq')) return { kind: 'eq', property, value: this.expect('string').text };
    if (this.isWord(operator, 'in')) {
      this.expect('punct', '(');
      const values = [this.expect('string').text];
      while (this.peek()?.kind === 'punct' && this.peek()?.text === ',') {
        this.next();
        values.push(this.expect('string').text);
      }
      this.expect('punct', ')');
      return { kind: 'in', property, values };
    }
    throw new UnsupportedFilterError('unsupported operator');
  }
}

function orClauseCount(node: FilterNode): number {
  if (node.kind === 'in') return node.values.length;
  if (node.kind === 'or') return node.children.reduce((sum, child) => sum + orClauseCount(child), 0);
  return 1;
}

function largestOrGroup(node: FilterNode): number {
  if (node.kind === 'in') return node.values.length;
  if (node.kind === 'or') return Math.max(orClauseCount(node), ...node.children.map(largestOrGroup));
  if (node.kind === 'and') return Math.max(...node.children.map(largestOrGroup));
  return 1;
}

/** Parses a filter; throws UnsupportedFilterError for anything outside the grammar. */
export function parseUserFilter(source: string): FilterNode {
  return new Parser(tokenizeFilter(source)).parse();
}

/** Number of OR'ed clauses in the largest OR group, for Graph's 15-clause limit. */
export function orClauses(node: FilterNode): number {
  return largestOrGroup(node);
}

function valueOf(user: DirectoryUser, property: Property): string {
  return (user[property] ?? '').toLowerCase();
}

/** Every property a parsed filter compares. */
export function filterProperties(node: FilterNode): Property[] {
  switch (node.kind) {
    case 'or':
    case 'and':
      return node.children.flatMap(filterProperties);
    default:
      return [node.property];
  }
}

/** Evaluates a parsed filter against a directory user. */
export function matchesFilter(user: DirectoryUser, node: FilterNode): boolean {
  switch (node.kind) {
    case 'or':
      return node.children.some((child) => matchesFilter(user, child));
    case 'and':
      return node.children.every((child) => matchesFilter(user, child));
    case 'eq':
      return valueOf(user, node.property) === node.value.toLowerCase();
    case 'in':
      return node.values.some((value) => valueOf(user, node.property) === value.toLowerCase());
    case 'startswith':
      return valueOf(user, node.property).startsWith(node.value.toLowerCase());
  }
}
