/** Readers for single values: strings, numbers, booleans, lists of strings, sizes, durations. */
import { isScalar, isSeq } from "yaml";
import {
  isAbsent,
  type Reader,
  readEntries,
  readItems,
  report,
  reportType,
  type Value,
} from "./yaml-reader.js";

/** Reports a required value that is absent. */
export function reportMissing(r: Reader, v: Value): void {
  report(r, v, "required, but missing");
}

/** A string; null when absent or wrong (reported). Surrounding spaces are dropped. */
export function readString(r: Reader, v: Value, required = false): string | null {
  if (isAbsent(v)) {
    if (required) reportMissing(r, v);
    return null;
  }
  if (!isScalar(v.node) || typeof v.node.value !== "string") {
    reportType(r, v, "a string");
    return null;
  }
  const text = v.node.value.trim();
  if (text === "" && required) {
    report(r, v, "must not be empty");
    return null;
  }
  return text;
}

/** Bounds of a number. */
export interface NumberRule {
  min: number;
  integer: boolean;
}

/** A number within bounds; null when absent or wrong (reported). */
export function readNumber(r: Reader, v: Value, rule: NumberRule): number | null {
  if (isAbsent(v)) return null;
  if (!isScalar(v.node) || typeof v.node.value !== "number" || !Number.isFinite(v.node.value)) {
    reportType(r, v, rule.integer ? "a whole number" : "a number");
    return null;
  }
  return checkNumber(r, v, v.node.value, rule);
}

function checkNumber(r: Reader, v: Value, n: number, rule: NumberRule): number | null {
  if (rule.integer && !Number.isInteger(n)) {
    report(r, v, `expected a whole number, got ${n}`);
    return null;
  }
  if (n < rule.min) {
    report(r, v, `must be at least ${rule.min}, got ${n}`);
    return null;
  }
  return n;
}

/** A boolean; null when absent or wrong (reported). */
export function readBoolean(r: Reader, v: Value): boolean | null {
  if (isAbsent(v)) return null;
  if (!isScalar(v.node) || typeof v.node.value !== "boolean") {
    reportType(r, v, "true or false");
    return null;
  }
  return v.node.value;
}

/** One of a few words. */
export function readChoice<T extends string>(r: Reader, v: Value, choices: readonly T[]): T | null {
  const text = readString(r, v);
  if (text === null) return null;
  if ((choices as readonly string[]).includes(text)) return text as T;
  report(r, v, `expected one of ${choices.join(", ")}, got "${text}"`);
  return null;
}

/** A list of strings (a single string counts as a list of one), each with where it is written. */
export function readStringItems(r: Reader, v: Value): Array<{ text: string; at: Value }> | null {
  if (isScalar(v.node) && typeof v.node.value === "string")
    return [{ text: v.node.value.trim(), at: v }];
  if (!isAbsent(v) && !isSeq(v.node)) {
    reportType(r, v, "a list of strings");
    return null;
  }
  const items = readItems(r, v);
  if (items === null) return null;
  const strings: Array<{ text: string; at: Value }> = [];
  for (const at of items) {
    if (isScalar(at.node) && typeof at.node.value === "string")
      strings.push({ text: at.node.value.trim(), at });
    else reportType(r, at, "a string");
  }
  return strings;
}

/** A list of strings (a single string counts as a list of one); null when absent. */
export function readStringList(r: Reader, v: Value): string[] | null {
  return readStringItems(r, v)?.map((item) => item.text) ?? null;
}

/** A mapping of names to strings, in the order written; null when absent. */
export function readStringMap(
  r: Reader,
  v: Value,
): Array<{ name: string; value: string; at: Value }> | null {
  const members = readEntries(r, v);
  if (members === null) return null;
  const out: Array<{ name: string; value: string; at: Value }> = [];
  for (const { key, value } of members) {
    const text = readString(r, value, true);
    if (text !== null) out.push({ name: key, value: text, at: value });
  }
  return out;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** A size in bytes: a number, or "15 MiB", "500 kB", ... */
export function readSize(r: Reader, v: Value): number | null {
  return readWithUnits(r, v, SIZE_UNITS, 'a size such as 15728640 or "15 MiB"');
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** A duration in seconds: a number, or "30m", "90s", "2h", "1d". */
export function readDuration(r: Reader, v: Value): number | null {
  return readWithUnits(r, v, DURATION_UNITS, 'a duration such as 1800 or "30m"');
}

function readWithUnits(
  r: Reader,
  v: Value,
  units: Record<string, number>,
  expected: string,
): number | null {
  if (isAbsent(v)) return null;
  const raw = isScalar(v.node) ? v.node.value : undefined;
  if (typeof raw === "number") return checkNumber(r, v, raw, { min: 1, integer: false });
  const match = typeof raw === "string" ? /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(raw) : null;
  const factor = match ? units[(match[2] || (units.b ? "b" : "s")).toLowerCase()] : undefined;
  if (!match || factor === undefined) {
    if (typeof raw === "string") report(r, v, `expected ${expected}, got "${raw}"`);
    else reportType(r, v, expected);
    return null;
  }
  return checkNumber(r, v, Math.round(Number(match[1]) * factor), { min: 1, integer: true });
}
