/** Adding to inline YAML collections (`feeds: [a, b]`, `planets: {}`) without reflowing them. */
import type { YAMLMap } from "yaml";
import type { Edit } from "./splice.js";

/**
 * An inline collection (`feeds: [a, b]`, `alice: { name: A }`): the new members go before its
 * closing bracket, written inline too, so the line stays one line.
 */
export function appendInline(
  text: string,
  collection: YAMLMap,
  value: Record<string, unknown> | unknown[],
): Edit {
  const end = collection.range?.[1] ?? -1;
  const close = Math.max(text.lastIndexOf("]", end), text.lastIndexOf("}", end));
  if (close < 0) return { ok: false, error: "cannot find the end of the inline collection" };
  const members = Array.isArray(value)
    ? value.map(inline)
    : Object.entries(value).map(([k, v]) => `${inline(k)}: ${inline(v)}`);
  const before = text.slice(0, close).trimEnd();
  const after = text.slice(close);
  if (collection.items.length > 0) {
    return { ok: true, text: `${before}, ${members.join(", ")}${text.slice(before.length)}` };
  }
  const pad = after.startsWith("}") ? " " : "";
  return { ok: true, text: `${before}${pad}${members.join(", ")}${pad}${after}` };
}

/** A value written inline: plain words and URLs bare, other strings double-quoted. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const members = Object.entries(value).map(([k, v]) => `${inline(k)}: ${inline(v)}`);
    return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
  }
  if (typeof value !== "string") return JSON.stringify(value);
  const plain =
    /^[A-Za-z0-9_./~+-][A-Za-z0-9_./:@~+%?=&#-]*$/.test(value) &&
    !/^(true|false|null|~|[-+.\d].*)$/i.test(value);
  return plain && !value.includes(" #") ? value : JSON.stringify(value);
}
