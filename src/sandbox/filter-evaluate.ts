import {
  FilterSyntaxError,
  type ComparisonOperator,
  type FilterExpression,
  type FilterLiteral,
} from './odata-filter';
import { instantOfIso } from './zoned-time';

/**
 * Evaluates a parsed `$filter` against one record. The route says what each path holds and of what
 * kind; strings compare without regard to case (as SharePoint and Exchange collate), dates by
 * instant, and a missing value only equals `null`.
 */

export type ValueKind = 'string' | 'number' | 'boolean' | 'datetime';

/** A record's value at a path; null when the record has none. */
export type PathValue = { kind: ValueKind; value: string | number | boolean | null };

/** Resolves a path of the filter on the record being tested; throws for a path the route rejects. */
export type PathLookup = (path: string) => PathValue;

function order(operator: ComparisonOperator, difference: number): boolean {
  switch (operator) {
    case 'eq':
      return difference === 0;
    case 'ne':
      return difference !== 0;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
  }
}

function mismatch(path: string, literal: FilterLiteral): never {
  throw new FilterSyntaxError(
    `The value ${JSON.stringify(literal.value)} cannot be compared with '${path}'.`,
  );
}

function difference(path: string, actual: PathValue, literal: FilterLiteral): number {
  const { kind, value } = actual;
  if (kind === 'number') {
    const wanted =
      literal.type === 'string' && literal.value.trim() !== '' ? Number(literal.value) : literal.value;
    if (typeof wanted !== 'number' || !Number.isFinite(wanted)) mismatch(path, literal);
    return Number(value) - wanted;
  }
  if (kind === 'boolean') {
    // SharePoint yes/no columns filter as `eq 1` or `eq true` alike.
    if (literal.type === 'boolean') return Number(value) - Number(literal.value);
    if (literal.type === 'number' && (literal.value === 0 || literal.value === 1))
      return Number(value) - literal.value;
    mismatch(path, literal);
  }
  if (literal.type !== 'string' && literal.type !== 'datetime') mismatch(path, literal);
  const text = String(value);
  if (kind === 'datetime') {
    const left = instantOfIso(text, 'UTC');
    const right = instantOfIso(literal.value, 'UTC');
    if (left !== null && right !== null) return left - right;
    if (right === null) mismatch(path, literal);
  }
  const a = text.toLowerCase();
  const b = literal.value.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(
  path: string,
  operator: ComparisonOperator,
  actual: PathValue,
  literal: FilterLiteral,
): boolean {
  if (literal.type === 'null') {
    if (operator === 'eq') return actual.value === null;
    if (operator === 'ne') return actual.value !== null;
    mismatch(path, literal);
  }
  if (actual.value === null) return operator === 'ne';
  return order(operator, difference(path, actual, literal));
}

/** True when the record `lookup` describes matches `expression`. */
export function evaluateFilter(expression: FilterExpression, lookup: PathLookup): boolean {
  switch (expression.kind) {
    case 'and':
      return evaluateFilter(expression.left, lookup) && evaluateFilter(expression.right, lookup);
    case 'or':
      return evaluateFilter(expression.left, lookup) || evaluateFilter(expression.right, lookup);
    case 'not':
      return !evaluateFilter(expression.operand, lookup);
    case 'compare':
      return compare(expression.path, expression.operator, lookup(expression.path), expression.literal);
    case 'function': {
      const actual = lookup(expression.path);
      if (actual.kind !== 'string' || expression.literal.type !== 'string')
        mismatch(expression.path, expression.literal);
      if (actual.value === null) return false;
      const text = String(actual.value).toLowerCase();
      const wanted = expression.literal.value.toLowerCase();
      return expression.name === 'startswith' ? text.startsWith(wanted) : text.includes(wanted);
    }
  }
}
