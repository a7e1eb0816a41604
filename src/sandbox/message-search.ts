import type { EventPerson, MessageRecord } from './tenant-model';

/**
 * `$search` on messages: the KQL subset Outlook users type. `participants:`, `from:`, `to:` and
 * `cc:` match an address (whole, or its start) or the start of a word of the name; `subject:`,
 * `body:` and bare words match the start of a word (a quoted phrase matches as a phrase) in the
 * subject, the body and the sender. Terms combine with AND (or a space), OR, NOT and brackets.
 */

type SearchExpression =
  | { kind: 'and' | 'or'; left: SearchExpression; right: SearchExpression }
  | { kind: 'not'; operand: SearchExpression }
  | { kind: 'term'; property: string | null; value: string };

type Token =
  | { type: 'open' | 'close' }
  | { type: 'op'; op: 'AND' | 'OR' | 'NOT' }
  | { type: 'term'; property: string | null; value: string };

/** Thrown for a `$search` value that does not parse. */
export class SearchSyntaxError extends Error {
  override readonly name = 'SearchSyntaxError';
}

function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text.charAt(start);
  const close = text.indexOf(quote, start + 1);
  if (close === -1) throw new SearchSyntaxError('Unterminated quoted phrase.');
  return { value: text.slice(start + 1, close), end: close + 1 };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < text.length) {
    const char = text.charAt(index);
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ type: char === '(' ? 'open' : 'close' });
      index += 1;
    } else if (char === "'" || char === '"') {
      const quoted = readQuoted(text, index);
      tokens.push({ type: 'term', property: null, value: quoted.value });
      index = quoted.end;
    } else {
      const word = /^[^\s()'"]+/.exec(text.slice(index))?.[0] ?? char;
      index += word.length;
      if (word === 'AND' || word === 'OR' || word === 'NOT') {
        tokens.push({ type: 'op', op: word });
        continue;
      }
      const colon = word.indexOf(':');
      if (colon > 0) {
        const property = word.slice(0, colon).toLowerCase();
        let value = word.slice(colon + 1);
        const next = text.charAt(index);
        if (value === '' && (next === "'" || next === '"')) {
          const quoted = readQuoted(text, index);
          value = quoted.value;
          index = quoted.end;
        }
        tokens.push({ type: 'term', property, value });
      } else tokens.push({ type: 'term', property: null, value: word });
    }
  }
  return tokens;
}

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): SearchExpression {
    const expression = this.or();
    if (this.position < this.tokens.length) throw new SearchSyntaxError('Unexpected text in $search.');
    return expression;
  }

  private isOp(op: 'AND' | 'OR' | 'NOT'): boolean {
    const token = this.tokens[this.position];
    if (token?.type === 'op' && token.op === op) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private or(): SearchExpression {
    let left = this.and();
    while (this.isOp('OR')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): SearchExpression {
    let left = this.unary();
    for (;;) {
      const next = this.tokens[this.position];
      if (this.isOp('AND')) left = { kind: 'and', left, right: this.unary() };
      else if (next && next.type !== 'close' && !(next.type === 'op' && next.op === 'OR'))
        left = { kind: 'and', left, right: this.unary() };
      else return left;
    }
  }

  private unary(): SearchExpression {
    if (this.isOp('NOT')) return { kind: 'not', operand: this.unary() };
    const token = this.tokens[this.position];
    this.position += 1;
    if (token?.type === 'open') {
      const inner = this.or();
      if (this.tokens[this.position]?.type !== 'close')
        throw new SearchSyntaxError('Missing closing bracket.');
      this.position += 1;
      return inner;
    }
    if (token?.type !== 'term') throw new SearchSyntaxError('Expected a search term.');
    return { kind: 'term', property: token.property, value: token.value };
  }
}

/** Parses a `$search` value (with or without its surrounding double quotes). */
export function parseSearch(raw: string): SearchExpression {
  const text = raw
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/\\"/g, '"');
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new SearchSyntaxError('The search is empty.');
  return new Parser(tokens).parse();
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}@._-]+/u)
    .filter((word) => word !== '');
}

function textMatches(text: string, value: string): boolean {
  const wanted = value.toLowerCase().trim();
  if (wanted === '') return true;
  if (/\s/.test(wanted)) return text.toLowerCase().replace(/\s+/g, ' ').includes(wanted.replace(/\s+/g, ' '));
  return words(text).some((word) => word.startsWith(wanted));
}

function personMatches(person: EventPerson, value: string): boolean {
  const wanted = value.toLowerCase();
  const address = person.address?.toLowerCase() ?? '';
  return address === wanted || address.startsWith(wanted) || textMatches(person.name, value);
}

function termMatches(message: MessageRecord, property: string | null, value: string): boolean {
  switch (property) {
    case 'participants':
      return [message.from, ...message.to, ...message.cc].some((person) => personMatches(person, value));
    case 'from':
      return personMatches(message.from, value);
    case 'to':
      return message.to.some((person) => personMatches(person, value));
    case 'cc':
      return message.cc.some((person) => personMatches(person, value));
    case 'subject':
      return textMatches(message.subject, value);
    case 'body':
      return textMatches(message.body, value);
    default: {
      // Bare words (and unknown properties, which KQL reads as text) search subject, body and sender.
      const text = property === null ? value : `${property}:${value}`;
      return (
        textMatches(message.subject, text) ||
        textMatches(message.body, text) ||
        personMatches(message.from, text)
      );
    }
  }
}

/** True when `message` matches the parsed search. */
export function matchesSearch(message: MessageRecord, expression: SearchExpression): boolean {
  switch (expression.kind) {
    case 'and':
      return matchesSearch(message, expression.left) && matchesSearch(message, expression.right);
    case 'or':
      return matchesSearch(message, expression.left) || matchesSearch(message, expression.right);
    case 'not':
      return !matchesSearch(message, expression.operand);
    case 'term':
      return termMatches(message, expression.property, expression.value);
  }
}
