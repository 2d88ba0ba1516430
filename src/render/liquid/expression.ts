/**
 * Expressions of the fast subset parsed into closures: literals, variable paths, ranges,
 * comparisons, `and`/`or` (right-associative, as liquidjs groups them) and filter chains.
 * Anything outside the subset throws `Unsupported`, so the theme falls back to liquidjs.
 */
import { type Comparison, compare, contains, equals } from "./compare.js";
import type { Ctx } from "./context.js";
import type { Cursor } from "./cursor.js";
import { filterFor } from "./filters.js";
import { Unsupported } from "./lexer.js";
import { type Operand, operand } from "./operand.js";
import { isFalsy } from "./values.js";

export type Eval = (ctx: Ctx) => unknown;

const OPERATORS = ["==", "!=", ">=", "<=", ">", "<", "contains", "and", "or"] as const;
type Operator = (typeof OPERATORS)[number];

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
