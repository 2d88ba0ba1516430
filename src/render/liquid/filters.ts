/**
 * The filters of the fast subset, each doing what liquidjs's filter of the same name does
 * (ported from liquidjs 10, memory charged alike). Unknown names, or argument counts a
 * filter is not ported for, are unsupported.
 */
import { arrayLike, compact, defaultFilter, join, map, reverse } from "./array-filters.js";
import type { Ctx } from "./context.js";
import { Unsupported } from "./lexer.js";
import {
  json,
  replace,
  replaceFirst,
  split,
  truncate,
  truncatewords,
  twoStrings,
} from "./text-filters.js";
import { escapeHtml, plain, readElement, stringify } from "./values.js";

export type Filter = (ctx: Ctx, input: unknown, args: unknown[]) => unknown;

type Impl = [min: number, max: number, run: Filter];

const num = (v: unknown): number => +(plain(v) as number) || 0;

/** A filter on the input as text, charging its length. */
const text =
  (run: (s: string, args: unknown[]) => unknown): Filter =>
  (ctx, input, args) => {
    const s = stringify(input);
    ctx.charge(s.length);
    return run(s, args);
  };

const math =
  (run: (a: number, b: number) => number): Filter =>
  (_ctx, input, args) =>
    run(num(input), num(args[0]));

const UNESCAPES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&#34;": '"',
  "&#39;": "'",
};

const FILTERS = new Map<string, Impl>([
  ["raw", [0, 0, (_ctx, v) => v]],
  ["escape", [0, 0, text(escapeHtml)]],
  ["xml_escape", [0, 0, text(escapeHtml)]],
  [
    "escape_once",
    [0, 0, text((s) => escapeHtml(s.replace(/&(amp|lt|gt|#34|#39);/g, (m) => UNESCAPES[m] ?? m)))],
  ],
  ["newline_to_br", [0, 0, text((s) => s.replace(/\r?\n/gm, "<br />\n"))]],
  ["upcase", [0, 0, text((s) => s.toUpperCase())]],
  ["downcase", [0, 0, text((s) => s.toLowerCase())]],
  ["capitalize", [0, 0, text((s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase())]],
  ["strip", [0, 0, text((s) => s.trim())]],
  ["lstrip", [0, 0, text((s) => s.trimStart())]],
  ["rstrip", [0, 0, text((s) => s.trimEnd())]],
  ["append", [1, 1, twoStrings((a, b) => a + b)]],
  ["prepend", [1, 1, twoStrings((a, b) => b + a)]],
  ["remove", [1, 1, twoStrings((a, b) => a.split(b).join(""))]],
  ["remove_first", [1, 1, twoStrings((a, b) => a.replace(b, ""))]],
  ["replace", [2, 2, replace]],
  ["replace_first", [2, 2, replaceFirst]],
  ["split", [1, 1, split]],
  ["truncate", [0, 2, truncate]],
  ["truncatewords", [0, 2, truncatewords]],
  ["json", [0, 0, json]],
  ["url_encode", [0, 0, (_ctx, v) => encodeURIComponent(stringify(v)).replace(/%20/g, "+")]],
  ["default", [1, 1, defaultFilter]],
  ["size", [0, 0, (_ctx, v) => ((v as { length?: unknown } | null)?.length as number) || 0]],
  ["first", [0, 0, (_ctx, v) => (arrayLike(v) ? readElement(v, 0) : "")]],
  ["last", [0, 0, (_ctx, v) => (arrayLike(v) ? readElement(v, -1) : "")]],
  ["join", [0, 1, join]],
  ["reverse", [0, 0, reverse]],
  ["compact", [0, 0, compact]],
  ["map", [1, 1, map]],
  ["plus", [1, 1, math((a, b) => a + b)]],
  ["minus", [1, 1, math((a, b) => a - b)]],
  ["times", [1, 1, math((a, b) => a * b)]],
  ["divided_by", [1, 1, math((a, b) => a / b)]],
  ["modulo", [1, 1, math((a, b) => ((a % b) + b) % b)]],
  ["at_least", [1, 1, math(Math.max)]],
  ["at_most", [1, 1, math(Math.min)]],
  ["abs", [0, 0, (_ctx, v) => Math.abs(num(v))]],
  ["ceil", [0, 0, (_ctx, v) => Math.ceil(num(v))]],
  ["floor", [0, 0, (_ctx, v) => Math.floor(num(v))]],
]);

/** The filter `name` taking `arity` arguments, or Unsupported. */
export function filterFor(name: string, arity: number): Filter {
  const impl = FILTERS.get(name);
  if (impl === undefined || arity < impl[0] || arity > impl[1])
    throw new Unsupported(`filter ${name} with ${arity} arguments`);
  return impl[2];
}

/** The filter names of the fast subset, for the docs and the tests. */
export const FAST_FILTERS: readonly string[] = [...FILTERS.keys()];
