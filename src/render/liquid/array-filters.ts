/** The filters on arrays and values, ported from liquidjs 10 as they are. */
import type { Ctx } from "./context.js";
import { isFalsy, plain, readProperty, stringify, toArray } from "./values.js";

export function defaultFilter(_ctx: Ctx, input: unknown, args: unknown[]): unknown {
  const v = plain(input);
  if (Array.isArray(v) || typeof v === "string") return v.length > 0 ? v : args[0];
  return isFalsy(v) ? args[0] : v;
}

export function arrayLike(v: unknown): v is ArrayLike<unknown> {
  return Boolean(v) && typeof (v as { length?: unknown }).length === "number";
}

export function join(ctx: Ctx, input: unknown, args: unknown[]): string {
  const array = toArray(input);
  const sep = args[0] === undefined || args[0] === null ? " " : stringify(args[0]);
  let size = sep.length * Math.max(array.length - 1, 0);
  for (const item of array) size += String(item).length;
  ctx.charge(size);
  return array.join(sep);
}

export function reverse(ctx: Ctx, input: unknown): unknown[] {
  const array = toArray(input);
  ctx.charge(array.length);
  return [...array].reverse();
}

export function compact(ctx: Ctx, input: unknown): unknown[] {
  const array = toArray(input);
  ctx.charge(array.length);
  return array.filter((x) => x !== null && x !== undefined);
}

export function map(ctx: Ctx, input: unknown, args: unknown[]): unknown[] {
  const array = toArray(input);
  ctx.charge(array.length);
  if (array.length === 0) return [];
  // Made only for an item, as liquidjs does: printing an odd argument can throw.
  const path = stringify(args[0]).split(".");
  return array.map((item) => path.reduce<unknown>((value, key) => readProperty(value, key), item));
}
