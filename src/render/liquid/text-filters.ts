/** The filters on strings with more to them than a line, ported from liquidjs 10 as they are. */
import type { Ctx } from "./context.js";
import type { Filter } from "./filters.js";
import { stringify } from "./values.js";

function advanceCodePoints(str: string, from: number, count: number): number {
  let index = from;
  for (let i = 0; i < count && index < str.length; i++)
    index += (str.codePointAt(index) as number) > 0xffff ? 2 : 1;
  return index;
}

function codePointLength(str: string): number {
  let length = 0;
  for (let index = 0; index < str.length; index = advanceCodePoints(str, index, 1)) length++;
  return length;
}

export function truncate(ctx: Ctx, v: unknown, [l = 50, o = "..."]: unknown[]): unknown {
  const str = stringify(v);
  const ellipsis = stringify(o);
  const length = l as number;
  ctx.charge(str.length + ellipsis.length);
  if (str.length <= length || advanceCodePoints(str, 0, length) >= str.length) return v;
  const keep = Math.max(length - codePointLength(ellipsis), 0);
  return str.slice(0, advanceCodePoints(str, 0, keep)) + ellipsis;
}

export function truncatewords(ctx: Ctx, v: unknown, [w = 15, o = "..."]: unknown[]): string {
  const str = stringify(v);
  const ellipsis = stringify(o);
  ctx.charge(str.length + ellipsis.length);
  const words = str.trimStart().split(/\s+/);
  let count = w as number;
  if (count <= 0) count = 1;
  let ret = words.slice(0, count).join(" ");
  if (words.length >= count) ret += ellipsis;
  return ret;
}

export function json(ctx: Ctx, v: unknown): string {
  const text = JSON.stringify(v);
  ctx.charge(text === undefined ? 0 : text.length);
  return text;
}

export function twoStrings(run: (a: string, b: string) => string): Filter {
  return (ctx, input, args) => {
    const a = stringify(input);
    const b = stringify(args[0]);
    ctx.charge(a.length + b.length);
    return run(a, b);
  };
}

export function replace(ctx: Ctx, input: unknown, args: unknown[]): string {
  const s = stringify(input);
  const pattern = stringify(args[0]);
  const replacement = stringify(args[1]);
  const parts = s.split(pattern);
  ctx.charge(s.length + (parts.length - 1) * (replacement.length - pattern.length));
  return parts.join(replacement);
}

export function replaceFirst(ctx: Ctx, input: unknown, args: unknown[]): string {
  const s = stringify(input);
  const pattern = stringify(args[0]);
  const replacement = stringify(args[1]);
  ctx.charge(s.length + pattern.length + replacement.length);
  return s.replace(pattern, () => replacement);
}

export function split(ctx: Ctx, input: unknown, args: unknown[]): string[] {
  const s = stringify(input);
  ctx.charge(s.length);
  const parts = s.split(stringify(args[0]));
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}
