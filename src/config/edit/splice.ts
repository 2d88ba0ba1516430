/**
 * Adding to a config file the way a person would: new lines spliced in at the end of a block
 * mapping or list, every other byte of the file (comments, blank lines, quoting, order) as it
 * was, so the diff is one clean hunk. The yaml library's Document API finds where; the text
 * around is never re-serialized.
 */
import { Document, isMap, isScalar, isSeq, type Node, parseDocument, type YAMLMap } from "yaml";
import { appendInline } from "./splice-inline.js";

/** The edited text, or why the file could not be edited in place. */
export type Edit = { ok: true; text: string } | { ok: false; error: string };

/** Renders a value as block YAML, every line indented by `indent` spaces. */
export function renderYaml(value: unknown, indent: number, step = 2): string {
  const text = new Document(value).toString({ indent: step, lineWidth: 0 });
  const pad = " ".repeat(indent);
  return text.replace(/^(?=.)/gm, pad);
}

/** Adds `entries` at the end of the mapping at `path` (created at the end of its parent when absent). */
export function appendToMapping(
  text: string,
  path: string[],
  entries: Record<string, unknown>,
): Edit {
  return append(text, path, entries, (node) => isMap(node));
}

/** Adds `items` at the end of the list at `path`. */
export function appendToList(text: string, path: string[], items: unknown[]): Edit {
  return append(text, path, items, (node) => isSeq(node));
}

function append(
  text: string,
  path: string[],
  value: Record<string, unknown> | unknown[],
  isKind: (node: unknown) => boolean,
): Edit {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return { ok: false, error: doc.errors[0].message };
  const node = doc.getIn(path, true) as Node | undefined;
  if (node === undefined || (isScalar(node) && node.value === null)) {
    return addMissing(text, doc, path, value);
  }
  if (!isKind(node))
    return {
      ok: false,
      error: `${path.join(".")} is not a ${Array.isArray(value) ? "list" : "mapping"}`,
    };
  const collection = node as YAMLMap;
  if (collection.flow) return appendInline(text, collection, value);
  if (collection.items.length === 0) {
    return {
      ok: false,
      error: `${path.join(".")} is empty but not inline; write its first item by hand`,
    };
  }
  const first = collection.items[0] as { key?: Node } | Node;
  const firstOffset =
    ("key" in first && first.key ? first.key.range?.[0] : (first as Node).range?.[0]) ?? 0;
  // A list item's node starts after its "- ": the list is indented where the dash is.
  const indent = columnOf(text, isSeq(node) ? text.lastIndexOf("-", firstOffset) : firstOffset);
  const at = endOfCollection(text, collection, indent);
  const step = Math.max(2, indent - parentIndent(text, firstOffset, indent));
  const block = Array.isArray(value)
    ? renderListItems(value, indent, step)
    : renderYaml(value, indent, step);
  return { ok: true, text: insertAt(text, at, block) };
}

/** The key is missing (or empty): write it with its value, under its parent. */
function addMissing(text: string, doc: Document, path: string[], value: unknown): Edit {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1];
  const existing = doc.getIn(path, true) as Node | undefined;
  if (existing?.range) {
    // `key:` with nothing after it: the value goes on the lines after the key.
    const lineEnd = text.indexOf("\n", existing.range[0]);
    const at = lineEnd < 0 ? text.length : lineEnd + 1;
    const keyIndent = columnOf(text, lineStartBefore(text, existing.range[0]));
    const body = Array.isArray(value)
      ? renderListItems(value, keyIndent + 2, 2)
      : renderYaml(value, keyIndent + 2);
    return { ok: true, text: insertAt(text, at, body) };
  }
  if (parentPath.length > 0) return append(text, parentPath, { [key]: value }, (n) => isMap(n));
  return { ok: true, text: insertAt(text, text.length, renderYaml({ [key]: value }, 0)) };
}

function renderListItems(items: unknown[], indent: number, step: number): string {
  return renderYaml(items, indent, step);
}

function insertAt(text: string, at: number, block: string): string {
  const before = text.slice(0, at);
  const glue = before === "" || before.endsWith("\n") ? "" : "\n";
  return `${before}${glue}${block}${text.slice(at)}`;
}

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf("\n", offset - 1) + 1);
}

function lineStartBefore(text: string, offset: number): number {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  return start + (/^ */.exec(text.slice(start))?.[0].length ?? 0);
}

/** The indentation of the line holding the parent key, to learn the file's indentation step. */
function parentIndent(text: string, firstOffset: number, indent: number): number {
  const lines = text.slice(0, firstOffset).split("\n").reverse().slice(1);
  for (const line of lines) {
    const lead = /^ */.exec(line)?.[0].length ?? 0;
    if (line.trim() !== "" && !line.trim().startsWith("#") && lead < indent) return lead;
  }
  return 0;
}

/**
 * Just after the collection's last line, and after comment lines indented deeper than its
 * keys (they belong to its last member, as a commented-out line would).
 */
function endOfCollection(text: string, collection: YAMLMap, indent: number): number {
  let end = collection.range?.[1] ?? text.length;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let at = text.indexOf("\n", end);
  if (at < 0) return text.length;
  at++;
  for (;;) {
    const next = text.indexOf("\n", at);
    const line = text.slice(at, next < 0 ? text.length : next);
    const lead = /^ */.exec(line)?.[0].length ?? 0;
    if (!line.trim().startsWith("#") || lead <= indent) return at;
    at = next < 0 ? text.length : next + 1;
  }
}
