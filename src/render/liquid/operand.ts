/** Operands: literals, quoted strings, numbers, ranges, variable paths and `forloop` fields. */
import { type Cursor, isWordChar } from "./cursor.js";
import type { Eval } from "./expression.js";
import { Unsupported } from "./lexer.js";
import { BLANK, EMPTY, FORLOOP_FIELDS, NIL, plain, readProperty, Special } from "./values.js";

/** An operand: `special` when it is a bare nil/empty/blank literal. */
export interface Operand {
  run: Eval;
  special: boolean;
}

const LITERALS = new Map<string, unknown>([
  ["true", true],
  ["false", false],
  ["nil", NIL],
  ["null", NIL],
  ["empty", EMPTY],
  ["blank", BLANK],
]);
// Names that liquidjs reads as operators or that reach Drops the fast engine does not model.
const RESERVED = new Set(["and", "or", "not", "contains", "block", "continue", "tablerowloop"]);

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
