/**
 * Liquid's value semantics as liquidjs implements them with `ownPropertyOnly` and strict
 * truthiness: what a property read reaches, how values print, compare and test true.
 */

const hasOwn = Object.prototype.hasOwnProperty;

/** The `nil`, `empty` and `blank` literals: they compare by their own rules. */
export class Special {
  constructor(readonly kind: "nil" | "empty" | "blank") {}
}
export const NIL = new Special("nil");
export const EMPTY = new Special("empty");
export const BLANK = new Special("blank");

/** A loop's `forloop`: the fields a template may read are computed from the position. */
export class Forloop {
  i = 0;
  constructor(readonly length: number) {}
  read(key: string): number | boolean {
    switch (key) {
      case "index":
        return this.i + 1;
      case "index0":
        return this.i;
      case "rindex":
        return this.length - this.i;
      case "rindex0":
        return this.length - this.i - 1;
      case "first":
        return this.i === 0;
      case "last":
        return this.i === this.length - 1;
      default:
        return this.length;
    }
  }
}

/** The `forloop` fields the fast engine knows; any other use of `forloop` is unsupported. */
export const FORLOOP_FIELDS = new Set([
  "index",
  "index0",
  "rindex",
  "rindex0",
  "first",
  "last",
  "length",
]);

/** What a Special stands for where a plain value is needed. */
export function plain(value: unknown): unknown {
  if (value instanceof Special) return value.kind === "nil" ? null : "";
  return value;
}

export function isFalsy(value: unknown): boolean {
  const v = plain(value);
  return v === false || v === undefined || v === null;
}

/** `obj[key]` as a template sees it: own properties only, plus size/first/last. */
export function readProperty(target: unknown, key: unknown): unknown {
  let obj = toLiquid(target);
  if (obj === null || obj === undefined) return obj;
  if (obj instanceof Forloop) return obj.read(String(key));
  if (Array.isArray(obj) && typeof key === "number") return readElement(obj, key);
  obj = obj as Record<PropertyKey, unknown>;
  const value = hasOwn.call(obj, key as PropertyKey)
    ? (obj as Record<PropertyKey, unknown>)[key as PropertyKey]
    : undefined;
  if (typeof value === "function") return value.call(obj);
  if (key === "size") return readSize(obj as Record<string, unknown>);
  if (key === "first") return Array.isArray(obj) ? readElement(obj, 0) : readOwn(obj, "first");
  if (key === "last") return Array.isArray(obj) ? readElement(obj, -1) : readOwn(obj, "last");
  return value;
}

function toLiquid(value: unknown): unknown {
  const method = value ? (value as { toLiquid?: unknown }).toLiquid : undefined;
  return typeof method === "function" ? toLiquid(method.call(value)) : value;
}

export function readElement(arr: ArrayLike<unknown>, index: number): unknown {
  const i = index < 0 ? arr.length + index : index;
  return hasOwn.call(arr, i) ? arr[i] : undefined;
}

function readOwn(obj: unknown, key: string): unknown {
  return hasOwn.call(obj, key) ? (obj as Record<string, unknown>)[key] : undefined;
}

function readSize(obj: Record<string, unknown>): unknown {
  if (hasOwn.call(obj, "size") || obj.size !== undefined) return obj.size;
  if (Array.isArray(obj) || typeof obj === "string") return (obj as unknown[]).length;
  if (typeof obj === "object") return Object.keys(obj).length;
  return undefined;
}

/** How a value prints: nil as nothing, arrays as their items run together. */
export function stringify(value: unknown): string {
  if (typeof value === "string") return value;
  const v = plain(value);
  if (v === null || v === undefined) return "";
  if (Array.isArray(v)) return v.map(stringify).join("");
  return String(v);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&#34;",
  "'": "&#39;",
};

export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

/** The items a `for` walks: arrays as they are, a string as itself, an object's pairs. */
export function toEnumerable(value: unknown): unknown[] {
  const v = plain(value);
  if (Array.isArray(v)) return v;
  if (typeof v === "string") return v.length > 0 ? [v] : [];
  if (v !== null && typeof v === "object") {
    if (Symbol.iterator in v) return Array.from(v as Iterable<unknown>);
    return Object.keys(v).map((key) => [key, (v as Record<string, unknown>)[key]]);
  }
  if (typeof v === "function") return Object.keys(v).map((k) => [k, (v as never)[k]]);
  return [];
}

export function toArray(value: unknown): unknown[] {
  const v = plain(value);
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}
