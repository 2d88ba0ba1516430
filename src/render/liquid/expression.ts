/**
 * Expressions of the fast subset parsed into closures: literals, variable paths, ranges,
 * comparisons, `and`/`or` (right-associative, as liquidjs groups them) and filter chains.
 * Anything outside the subset throws `Unsupported`, so the theme falls back to liquidjs.
 */
import type { Ctx } from "./context.js";
import { filterFor } from "./filters.js";
import { isBlank, Unsupported } from "./lexer.js";
import {
  BLANK,
  type Comparison,
  compare,
  contains,
  EMPTY,
  equals,
  FORLOOP_FIELDS,
  isFalsy,
  NIL,
  plain,
  readProperty,
  Special,
} from "./values.js";

export type Eval = (ctx: Ctx) => unknown;

/** An operand: `special` when it is a bare nil/empty/blank literal. */
interface Operand {
  run: Eval;
  special: boolean;
}

/** What the parser knows about where it parses: inside a `for` body, `forloop` is readable. */
export interface Where {
  inLoop: boolean;
}

const LITERALS = new Map<string, unknown>([
  ["true", true],
  ["false", false],
  ["nil", NIL],
  ["null", NIL],
  ["empty", EMPTY],
  ["blank", BLANK],
]);
const OPERATORS = ["==", "!=", ">=", "<=", ">", "<", "contains", "and", "or"] as const;
type Operator = (typeof OPERATORS)[number];
const WORD = /[A-Za-z0-9_?-]/;
// Names that liquidjs reads as operators or that reach Drops the fast engine does not model.
const RESERVED = new Set(["and", "or", "not", "contains", "block", "continue", "tablerowloop"]);

export class Cursor {
  p = 0;
  constructor(
    readonly text: string,
    readonly where: Where,
  ) {}

  skipBlank(): void {
    while (this.p < this.text.length && isBlank(this.text.charCodeAt(this.p))) this.p++;
  }
  end(): boolean {
    this.skipBlank();
    return this.p >= this.text.length;
  }
  peek(n = 0): string {
    return this.text[this.p + n] ?? "";
  }
  eat(word: string): boolean {
    this.skipBlank();
    if (!this.text.startsWith(word, this.p)) return false;
    const after = this.text[this.p + word.length] ?? "";
    if (WORD.test(word[word.length - 1] ?? "") && isWordChar(after)) return false;
    this.p += word.length;
    return true;
  }
  expect(word: string): void {
    if (!this.eat(word)) throw new Unsupported(`expected ${word} in ${this.text}`);
  }
  identifier(): string {
    this.skipBlank();
    const begin = this.p;
    while (this.p < this.text.length && isWordChar(this.text[this.p] ?? "")) this.p++;
    const name = this.text.slice(begin, this.p);
    if (!/^[A-Za-z_][A-Za-z0-9_?-]*$/.test(name)) throw new Unsupported(`name ${name}`);
    return name;
  }
}

function isWordChar(c: string): boolean {
  if (c === "") return false;
  if (c.charCodeAt(0) >= 128) throw new Unsupported("non-ASCII name");
  return WORD.test(c);
}

/** A whole expression: operands joined by operators, as liquidjs's postfix evaluation groups. */
export function parseExpression(c: Cursor, allowSpecial = false): Operand {
  const operands: Operand[] = [operand(c)];
  const operators: Operator[] = [];
  for (;;) {
    const op = OPERATORS.find((o) => c.eat(o));
    if (op === undefined) break;
    operators.push(op);
    operands.push(operand(c));
  }
  return group(operands, operators, allowSpecial);
}

function precedence(op: Operator): number {
  return op === "and" || op === "or" ? 0 : 2;
}

/** Splits at the first operator of the lowest precedence: equal precedences group rightwards. */
function group(operands: Operand[], operators: Operator[], allowSpecial: boolean): Operand {
  if (operators.length === 0) {
    const only = operands[0] as Operand;
    if (only.special && !allowSpecial) throw new Unsupported("nil/empty/blank as a value");
    return only;
  }
  const lowest = Math.min(...operators.map(precedence));
  const at = operators.findIndex((op) => precedence(op) === lowest);
  const op = operators[at] as Operator;
  // Comparisons and and/or both take nil/empty/blank operands.
  const left = group(operands.slice(0, at + 1), operators.slice(0, at), true).run;
  const right = group(operands.slice(at + 1), operators.slice(at + 1), true).run;
  return { run: binary(op, left, right), special: false };
}

function binary(op: Operator, l: Eval, r: Eval): Eval {
  switch (op) {
    case "==":
      return (ctx) => equals(l(ctx), r(ctx));
    case "!=":
      return (ctx) => !equals(l(ctx), r(ctx));
    case "contains":
      return (ctx) => contains(l(ctx), r(ctx));
    case "and":
      return (ctx) => {
        const lv = l(ctx);
        const rv = r(ctx);
        return !isFalsy(lv) && !isFalsy(rv);
      };
    case "or":
      return (ctx) => {
        const lv = l(ctx);
        const rv = r(ctx);
        return !isFalsy(lv) || !isFalsy(rv);
      };
    default:
      return (ctx) => compare(op as Comparison, l(ctx), r(ctx));
  }
}

/** One value: a literal, a quoted string, a number, a range, or a variable path. */
export function operand(c: Cursor): Operand {
  c.skipBlank();
  const ch = c.peek();
  if (ch === '"' || ch === "'") return withProps(c, constant(quoted(c)));
  if (/[0-9-]/.test(ch)) return { run: constant(number(c)), special: false };
  if (ch === "(") return withProps(c, range(c));
  const begin = c.p;
  const name = c.identifier();
  if (LITERALS.has(name)) {
    const value = LITERALS.get(name);
    if (c.peek() === "." || c.peek() === "[") throw new Unsupported("property of a literal");
    return { run: constant(value), special: value instanceof Special };
  }
  if (RESERVED.has(name)) throw new Unsupported(`the name ${name}`);
  if (name === "forloop") return forloop(c);
  c.p = begin;
  return withProps(c, root(c.identifier()));
}

function constant(value: unknown): Eval {
  return () => value;
}

function quoted(c: Cursor): string {
  const quote = c.peek();
  const end = c.text.indexOf(quote, c.p + 1);
  if (end === -1) throw new Unsupported("unclosed string");
  const text = c.text.slice(c.p + 1, end);
  if (text.includes("\\")) throw new Unsupported("escapes in a string");
  c.p = end + 1;
  return text;
}

function number(c: Cursor): number {
  const match = /^-?[0-9]+(\.[0-9]+)?/.exec(c.text.slice(c.p));
  if (match === null) throw new Unsupported("number");
  c.p += match[0].length;
  const next = c.peek();
  const dots = next === "." && c.peek(1) === ".";
  if ((next === "." && !dots) || next === "[" || (next !== "" && isWordChar(next)))
    throw new Unsupported("number followed by a name");
  return Number(match[0]);
}

function range(c: Cursor): Eval {
  c.expect("(");
  const low = operand(c);
  c.skipBlank();
  if (c.peek() !== "." || c.peek(1) !== ".") throw new Unsupported("grouping");
  c.p += 2;
  const high = operand(c);
  c.expect(")");
  if (low.special || high.special) throw new Unsupported("range of nil");
  return (ctx) => {
    const lo = +(plain(low.run(ctx)) as number);
    const hi = +(plain(high.run(ctx)) as number);
    ctx.charge(hi - lo + 1);
    const items: number[] = [];
    for (let i = lo; i < hi + 1; i++) items.push(i);
    return items;
  };
}

function root(name: string): Eval {
  return (ctx) => ctx.lookup(name);
}

function forloop(c: Cursor): Operand {
  if (!c.where.inLoop || c.peek() !== ".") throw new Unsupported("forloop outside a loop");
  c.p++;
  const field = c.identifier();
  if (!FORLOOP_FIELDS.has(field) || c.peek() === "." || c.peek() === "[")
    throw new Unsupported(`forloop.${field}`);
  return { run: (ctx) => readProperty(ctx.lookup("forloop"), field), special: false };
}

/** `.name` and `[operand]` after a value. */
function withProps(c: Cursor, base: Eval): Operand {
  let run = base;
  for (;;) {
    if (c.peek() === "." && c.peek(1) !== ".") {
      c.p++;
      if (!isWordChar(c.peek())) throw new Unsupported("property name");
      const key = c.identifier();
      const of = run;
      run = (ctx) => readProperty(of(ctx), key);
    } else if (c.peek() === "[") {
      c.p++;
      const key = operand(c);
      c.expect("]");
      if (key.special) throw new Unsupported("nil as a key");
      const of = run;
      run = (ctx) => readProperty(of(ctx), plain(key.run(ctx)));
    } else break;
  }
  return { run, special: false };
}

/** A value with its filters, as `{{ }}`, `assign`, `if` and `case` take it. */
export interface FilteredValue {
  run: Eval;
  /** True when the last filter is `raw`: the output is not escaped. */
  raw: boolean;
}

export function parseFilteredValue(c: Cursor, allowSpecial = false): FilteredValue {
  const initial = parseExpression(c, allowSpecial);
  let run = initial.run;
  let raw = false;
  while (!c.end()) {
    c.expect("|");
    const name = c.identifier();
    const args: Eval[] = [];
    if (c.eat(":")) {
      do {
        const arg = operand(c);
        if (arg.special) throw new Unsupported("nil as a filter argument");
        c.skipBlank();
        if (c.peek() === ":") throw new Unsupported("keyword argument");
        args.push(arg.run);
      } while (c.eat(","));
    }
    if (initial.special) throw new Unsupported("filter on nil");
    const filter = filterFor(name, args.length);
    raw = name === "raw";
    const input = run;
    run = (ctx) =>
      filter(
        ctx,
        input(ctx),
        args.map((a) => a(ctx)),
      );
  }
  return { run, raw };
}
