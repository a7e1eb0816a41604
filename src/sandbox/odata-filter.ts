/**
 * An OData `$filter` parser for the query subset Graph serves on list items and messages:
 * comparisons (`eq ne gt ge lt le`) of a property path with a literal, `and`, `or`, `not`,
 * brackets, and `startswith(path,'…')` / `contains(path,'…')`. Each route decides which paths it
 * knows and how values compare; this file only reads the text.
 */

export type ComparisonOperator = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A literal as written: strings unquoted ('' unescaped), datetimes kept as their text. */
export type FilterLiteral =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null'; value: null }
  | { type: 'datetime'; value: string };

export type FilterExpression =
  | { kind: 'and' | 'or'; left: FilterExpression; right: FilterExpression }
  | { kind: 'not'; operand: FilterExpression }
  | { kind: 'compare'; operator: ComparisonOperator; path: string; literal: FilterLiteral }
  | { kind: 'function'; name: 'startswith' | 'contains'; path: string; literal: FilterLiteral };

/** Thrown for text that is not a filter this parser understands. */
export class FilterSyntaxError extends Error {
  override readonly name = 'FilterSyntaxError';
}

type Token =
  | { type: 'open' | 'close' | 'comma' }
  | { type: 'word'; text: string }
  | { type: 'literal'; literal: FilterLiteral };

const DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?)?/i;
const NUMBER = /^-?\d+(\.\d+)?(?![\w-])/;
const WORD = /^[A-Za-z_$@][\w$@./]*/;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest);
    if (space) {
      rest = rest.slice(space[0].length);
      continue;
    }
    const char = rest.charAt(0);
    if (char === '(' || char === ')' || char === ',') {
      tokens.push({ type: char === '(' ? 'open' : char === ')' ? 'close' : 'comma' });
      rest = rest.slice(1);
      continue;
    }
    if (char === "'") {
      let value = '';
      let index = 1;
      for (;;) {
        if (index >= rest.length) throw new FilterSyntaxError('Unterminated string literal.');
        const next = rest.charAt(index);
        if (next === "'") {
          if (rest.charAt(index + 1) === "'") {
            value += "'";
            index += 2;
            continue;
          }
          break;
        }
        value += next;
        index += 1;
      }
      tokens.push({ type: 'literal', literal: { type: 'string', value } });
      rest = rest.slice(index + 1);
      continue;
    }
    const datetime = DATETIME.exec(rest);
    if (datetime) {
      tokens.push({ type: 'literal', literal: { type: 'datetime', value: datetime[0] } });
      rest = rest.slice(datetime[0].length);
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'literal', literal: { type: 'number', value: Number(number[0]) } });
      rest = rest.slice(number[0].length);
      continue;
    }
    const word = WORD.exec(rest);
    if (!word) throw new FilterSyntaxError(`Unexpected character '${char}'.`);
    const lower = word[0].toLowerCase();
    if (lower === 'true' || lower === 'false')
      tokens.push({ type: 'literal', literal: { type: 'boolean', value: lower === 'true' } });
    else if (lower === 'null') tokens.push({ type: 'literal', literal: { type: 'null', value: null } });
    else tokens.push({ type: 'word', text: word[0] });
    rest = rest.slice(word[0].length);
  }
  return tokens;
}

const OPERATORS: ReadonlySet<string> = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);

class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FilterExpression {
    const expression = this.or();
    if (this.position < this.tokens.length) throw new FilterSyntaxError('Unexpected text after the filter.');
    return expression;
  }

  private peek(): Token | undefined {
    return this.tokens[this.position];
  }

  private keyword(name: string): boolean {
    const token = this.peek();
    if (token?.type === 'word' && token.text.toLowerCase() === name) {
      this.position += 1;
      return true;
    }
    return false;
  }

  private expect(type: 'open' | 'close' | 'comma'): void {
    if (this.peek()?.type !== type) throw new FilterSyntaxError(`Expected '${type}'.`);
    this.position += 1;
  }

  private or(): FilterExpression {
    let left = this.and();
    while (this.keyword('or')) left = { kind: 'or', left, right: this.and() };
    return left;
  }

  private and(): FilterExpression {
    let left = this.unary();
    while (this.keyword('and')) left = { kind: 'and', left, right: this.unary() };
    return left;
  }

  private unary(): FilterExpression {
    if (this.keyword('not')) return { kind: 'not', operand: this.unary() };
    const token = this.peek();
    if (token?.type === 'open') {
      this.position += 1;
      const inner = this.or();
      this.expect('close');
      return inner;
    }
    if (token?.type !== 'word') throw new FilterSyntaxError('Expected a property or a function.');
    this.position += 1;
    const lower = token.text.toLowerCase();
    if ((lower === 'startswith' || lower === 'contains') && this.peek()?.type === 'open') {
      this.expect('open');
      const path = this.path();
      this.expect('comma');
      const literal = this.literal();
      this.expect('close');
      return { kind: 'function', name: lower, path, literal };
    }
    const operator = this.peek();
    if (operator?.type !== 'word' || !OPERATORS.has(operator.text.toLowerCase()))
      throw new FilterSyntaxError(`Expected a comparison after '${token.text}'.`);
    this.position += 1;
    return {
      kind: 'compare',
      operator: operator.text.toLowerCase() as ComparisonOperator,
      path: token.text,
      literal: this.literal(),
    };
  }

  private path(): string {
    const token = this.peek();
    if (token?.type !== 'word') throw new FilterSyntaxError('Expected a property.');
    this.position += 1;
    return token.text;
  }

  private literal(): FilterLiteral {
    const token = this.peek();
    if (token?.type !== 'literal') throw new FilterSyntaxError('Expected a literal value.');
    this.position += 1;
    return token.literal;
  }
}

/** Parses `$filter` text; throws FilterSyntaxError when it is not in the supported subset. */
export function parseFilter(text: string): FilterExpression {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FilterSyntaxError('The filter is empty.');
  return new Parser(tokens).parse();
}

/** Every property path the expression names, in the order written. */
export function filterPaths(expression: FilterExpression): string[] {
  switch (expression.kind) {
    case 'and':
    case 'or':
      return [...filterPaths(expression.left), ...filterPaths(expression.right)];
    case 'not':
      return filterPaths(expression.operand);
    case 'compare':
    case 'function':
      return [expression.path];
  }
}
