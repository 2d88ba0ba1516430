/** Comparisons as liquidjs makes them: nil, empty and blank by their own rules. */
import { plain, Special } from "./values.js";

export function equals(lhs: unknown, rhs: unknown): boolean {
  if (lhs instanceof Special) return specialEquals(lhs, rhs);
  if (rhs instanceof Special) return specialEquals(rhs, lhs);
  if (Array.isArray(lhs)) return Array.isArray(rhs) && arrayEquals(lhs, rhs);
  return lhs === rhs;
}

function arrayEquals(lhs: unknown[], rhs: unknown[]): boolean {
  if (lhs.length !== rhs.length) return false;
  for (let i = 0; i < lhs.length; i++) if (!equals(lhs[i], rhs[i])) return false;
  return true;
}

function specialEquals(special: Special, value: unknown): boolean {
  if (special.kind === "nil") {
    const v = plain(value);
    return v === null || v === undefined;
  }
  if (special.kind === "blank") {
    if (value === false) return true;
    const v = plain(value);
    if (v === null || v === undefined) return true;
    if (typeof value === "string") return /^\s*$/.test(value);
  }
  if (value instanceof Special && value.kind !== "nil") return false;
  const v = plain(value);
  if (typeof v === "string" || Array.isArray(v)) return v.length === 0;
  if (v !== null && (typeof v === "object" || typeof v === "function"))
    return Object.keys(v).length === 0;
  return false;
}

export type Comparison = "<" | ">" | "<=" | ">=";

/** Ordering: a Special is never less or greater than anything. */
export function compare(op: Comparison, lhs: unknown, rhs: unknown): boolean {
  if (lhs instanceof Special || rhs instanceof Special) return false;
  const l = lhs as number;
  const r = rhs as number;
  if (op === "<") return l < r;
  if (op === ">") return l > r;
  if (op === "<=") return l <= r;
  return l >= r;
}

export function contains(lhs: unknown, rhs: unknown): boolean {
  const l = plain(lhs);
  if (Array.isArray(l)) return l.some((item) => equals(item, rhs));
  const indexOf = (l as { indexOf?: unknown } | null | undefined)?.indexOf;
  if (typeof indexOf === "function") return indexOf.call(l, plain(rhs)) > -1;
  return false;
}
