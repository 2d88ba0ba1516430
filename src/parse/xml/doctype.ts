/**
 * The DOCTYPE's internal subset: entity declarations, read so that entities can be expanded
 * within a budget. External entities are never loaded and never fetched (XXE), and a document
 * whose entities would expand beyond the budget (billion laughs, quadratic blowup:
 * https://en.wikipedia.org/wiki/Billion_laughs_attack) is read with all its entities empty.
 */
import { decodeXML } from "entities";
import type { TextChunks } from "../encoding/index.js";

/** What the DOCTYPE declared, ready for both passes. */
export interface Doctype {
  /** Entity name → replacement text (already expanded; "" for refused ones). */
  entities: Record<string, string>;
  warnings: string[];
  /** Where the DOCTYPE starts and ends in the text. */
  start: number;
  end: number;
}

const MAX_ENTITY_LENGTH = 64 * 1024;
// Longer names are not carried from one piece of text to the next: no real entity has one.
const MAX_NAME = 256;
const MAX_DEPTH = 16;
const DECL =
  /<!ENTITY\s+(%\s+)?([A-Za-z_:][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)\b[^>]*))\s*>/g;
const REF = /&([A-Za-z_:][\w.:-]*);/g;
const XML_ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);

/** Where a DOCTYPE lies in the text, and its internal subset ("" when it has none). */
interface Located {
  start: number;
  end: number;
  subset: string;
  /** The external DTD the DOCTYPE names (`SYSTEM "…"`, `PUBLIC "…" "…"`), never fetched. */
  externalId: string | null;
}

/**
 * Finds the DOCTYPE before the root element in `head`, the text's beginning; undefined when
 * `head` is too short to tell and more text follows.
 */
function locate(head: string, complete: boolean): Located | null | undefined {
  const more = complete ? null : undefined;
  const element = /<[A-Za-z]/.exec(head)?.index ?? -1;
  // Only the prolog, before the first element, is searched: most feeds have no DOCTYPE at all.
  const start = (element < 0 ? head : head.slice(0, element)).indexOf("<!DOCTYPE");
  if (start < 0) return element < 0 ? more : null;
  const firstClose = head.indexOf(">", start);
  if (firstClose < 0) return more;
  const open = head.indexOf("[", start);
  if (open < 0 || open > firstClose) {
    return {
      start,
      end: firstClose + 1,
      subset: "",
      externalId: externalId(head, start, firstClose),
    };
  }
  const subsetEnd = head.indexOf("]", open);
  const end = subsetEnd < 0 ? -1 : head.indexOf(">", subsetEnd);
  if (end < 0) return more;
  const subset = head.slice(open + 1, subsetEnd);
  return { start, end: end + 1, subset, externalId: externalId(head, start, open) };
}

function externalId(head: string, from: number, to: number): string | null {
  return /\b(?:SYSTEM|PUBLIC)\b[^>[]*/.exec(head.slice(from, to))?.[0].trim() ?? null;
}

/** Reads the DOCTYPE before the root element, if any; reads only as much text as it needs. */
export function readDoctype(chunks: TextChunks): Doctype | null {
  let head = "";
  let located: Located | null | undefined;
  for (const chunk of chunks()) {
    head += chunk;
    located = locate(head, false);
    if (located !== undefined) break;
  }
  located ??= locate(head, true);
  return located ? readSubset(chunks, located) : null;
}

function readSubset(chunks: TextChunks, { start, end, subset, externalId }: Located): Doctype {
  const raw = new Map<string, string>();
  const warnings = externalId ? [`external DTD (${externalId}) was not loaded`] : [];
  const refused: string[] = [];
  for (const m of subset.matchAll(DECL)) {
    const [, percent, name, dq, sq, external] = m;
    if (percent) {
      if (external !== undefined)
        warnings.push(`external parameter entity %${name}; (${external.trim()}) was not loaded`);
      continue;
    }
    if (external !== undefined) {
      refused.push(name);
      warnings.push(`external entity &${name}; (${external.trim()}) was not loaded`);
    } else raw.set(name, dq ?? sq ?? "");
  }
  const entities: Record<string, string> = {};
  for (const name of refused) entities[name] = "";
  if (raw.size === 0) return { entities, warnings, start, end };
  const expanded = expandAll(raw);
  const size = expanded && expansionSize(chunks, end, expanded);
  if (expanded === null || size === null || size.expanded > Math.max(1024 * 1024, size.text)) {
    warnings.push(
      "entity declarations would expand beyond any real feed's size (an entity expansion attack?); the document was read without them",
    );
    for (const name of raw.keys()) entities[name] = "";
  } else for (const [name, value] of expanded) entities[name] = decodeXML(value);
  return { entities, warnings, start, end };
}

/** Expands every entity; null when one of them grows past the limit or refers to itself. */
function expandAll(raw: Map<string, string>): Map<string, string> | null {
  const done = new Map<string, string>();
  const expand = (name: string, depth: number): string | null => {
    const ready = done.get(name);
    if (ready !== undefined) return ready;
    const value = raw.get(name);
    if (value === undefined || depth > MAX_DEPTH) return null;
    let out = "";
    let last = 0;
    for (const m of value.matchAll(REF)) {
      const ref = m[1];
      const inner = XML_ENTITIES.has(ref) ? m[0] : expand(ref, depth + 1);
      if (inner === null) return null;
      out += value.slice(last, m.index) + inner;
      last = m.index + m[0].length;
      if (out.length > MAX_ENTITY_LENGTH) return null;
    }
    out += value.slice(last);
    done.set(name, out);
    return out;
  };
  for (const name of raw.keys()) if (expand(name, 0) === null) return null;
  return done;
}

/**
 * How many characters the references after `from` would expand to, and the text's length; read
 * piece by piece, carrying a reference cut between two pieces over to the next.
 */
function expansionSize(chunks: TextChunks, from: number, expanded: Map<string, string>) {
  let total = 0;
  let length = 0;
  let carry = "";
  for (const chunk of chunks()) {
    const offset = length - carry.length;
    length += chunk.length;
    let text = carry + chunk;
    if (offset + text.length <= from) continue;
    if (offset < from) text = text.slice(from - offset);
    const cut = text.lastIndexOf("&");
    const open = cut >= 0 && text.indexOf(";", cut) < 0 && text.length - cut <= MAX_NAME;
    carry = open ? text.slice(cut) : "";
    for (const m of (open ? text.slice(0, cut) : text).matchAll(REF)) {
      total += expanded.get(m[1])?.length ?? 0;
    }
  }
  return { expanded: total, text: length };
}
