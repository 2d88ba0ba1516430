/**
 * Reading a YAML node tree with every mistake reported where it is. Readers never throw: a
 * wrong value is recorded as a ConfigError and read as absent, so validation goes on and
 * finds every problem in one pass.
 */
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import type { ConfigError } from "./errors.js";
import { closestWord } from "./suggest.js";

/** What every reader shares: the file, its line table, and the errors found so far. */
export interface Reader {
  file: string;
  doc: Document;
  lines: LineCounter;
  errors: ConfigError[];
}

/** A value in the tree: its node (null when absent), its key path, and where to point at. */
export interface Value {
  node: Node | null;
  path: string;
  /** Offset in the text an error about this value points to (the key when the value is absent). */
  offset: number;
}

/** Records an error at a value. */
export function report(r: Reader, at: Value, message: string): void {
  const { line, col } = r.lines.linePos(at.offset);
  r.errors.push({ file: r.file, line, column: col, key: at.path, message });
}

/** The key path of a member: "people" + "mgorny" → "people.mgorny". */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

/** Follows aliases (`*name`) to the node they stand for. */
function resolve(r: Reader, node: unknown): Node | null {
  if (isAlias(node)) return (node.resolve(r.doc) as Node | undefined) ?? null;
  return (node as Node | null) ?? null;
}

/** Builds the Value of a node found under a parent. */
export function valueAt(r: Reader, node: unknown, path: string, fallbackOffset: number): Value {
  const resolved = resolve(r, node);
  return { node: resolved, path, offset: resolved?.range?.[0] ?? fallbackOffset };
}

/** True when a value is missing or written as null (`key:` with nothing after it). */
export function isAbsent(v: Value): boolean {
  return v.node === null || (isScalar(v.node) && v.node.value === null);
}

/** "a number", "a list", ... for messages like "expected a string, got a number". */
export function describe(node: Node | null): string {
  if (node === null) return "nothing";
  if (isMap(node)) return "a mapping";
  if (isSeq(node)) return "a list";
  if (!isScalar(node)) return "an unknown value";
  const value = node.value;
  if (value === null) return "null";
  if (typeof value === "number" || typeof value === "bigint") return "a number";
  if (typeof value === "boolean") return "a boolean";
  if (typeof value === "string") return "a string";
  return "an unknown value";
}

/** Reports a wrong type: "expected X, got Y". */
export function reportType(r: Reader, v: Value, expected: string): void {
  report(r, v, `expected ${expected}, got ${describe(v.node)}`);
}

/** One member of a mapping: its key, where the key is written, and its value. */
export interface Member {
  key: string;
  keyOffset: number;
  value: Value;
}

/**
 * The members of a mapping, in order, after checking that keys are words and not repeated.
 * null when the value is absent (no error) or not a mapping (error reported).
 */
export function readEntries(r: Reader, v: Value): Member[] | null {
  if (isAbsent(v)) return null;
  if (!isMap(v.node)) {
    reportType(r, v, "a mapping");
    return null;
  }
  const seen = new Map<string, number>();
  const members: Member[] = [];
  for (const pair of v.node.items) {
    const keyNode = resolve(r, pair.key);
    const keyOffset = keyNode?.range?.[0] ?? v.offset;
    const keyValue = isScalar(keyNode) ? keyNode.value : undefined;
    if (typeof keyValue !== "string" && typeof keyValue !== "number") {
      report(r, { node: keyNode, path: v.path, offset: keyOffset }, "keys must be plain words");
      continue;
    }
    const key = String(keyValue);
    const value = valueAt(r, pair.value, childPath(v.path, key), keyOffset);
    const first = seen.get(key);
    if (first !== undefined) {
      const line = r.lines.linePos(first).line;
      report(r, { ...value, offset: keyOffset }, `duplicate key (first given on line ${line})`);
      continue;
    }
    seen.set(key, keyOffset);
    members.push({ key, keyOffset, value });
  }
  return members;
}

/**
 * A mapping with a fixed set of keys: unknown keys are errors with a suggestion. Every known
 * key is present in the result (absent ones as absent Values pointing at the mapping).
 */
export function readFields<K extends string>(
  r: Reader,
  v: Value,
  known: readonly K[],
): Record<K, Value> | null {
  const members = readEntries(r, v);
  if (members === null) return null;
  const fields = {} as Record<K, Value>;
  for (const key of known)
    fields[key] = { node: null, path: childPath(v.path, key), offset: v.offset };
  for (const { key, keyOffset, value } of members) {
    if ((known as readonly string[]).includes(key)) {
      fields[key as K] = value;
      continue;
    }
    const guess = closestWord(key, known);
    const hint =
      guess === null ? ` (known keys: ${known.join(", ")})` : `; did you mean "${guess}"?`;
    report(r, { ...value, offset: keyOffset }, `unknown key${hint}`);
  }
  return fields;
}

/** The items of a list; null when absent (no error) or not a list (error reported). */
export function readItems(r: Reader, v: Value): Value[] | null {
  if (isAbsent(v)) return null;
  if (!isSeq(v.node)) {
    reportType(r, v, "a list");
    return null;
  }
  return v.node.items.map((item, i) => valueAt(r, item, childPath(v.path, i), v.offset));
}
