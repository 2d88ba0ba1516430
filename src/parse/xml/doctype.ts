/**
 * The DOCTYPE's internal subset: entity declarations, read so that entities can be expanded
 * within a budget. External entities are never loaded and never fetched (XXE), and a document
 * whose entities would expand beyond the budget (billion laughs, quadratic blowup:
 * https://en.wikipedia.org/wiki/Billion_laughs_attack) is read with all its entities empty.
 */
import { decodeXML } from "entities";

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
const MAX_DEPTH = 16;
const DECL =
  /<!ENTITY\s+(%\s+)?([A-Za-z_:][\w.:-]*)\s+(?:"([^"]*)"|'([^']*)'|((?:SYSTEM|PUBLIC)\b[^>]*))\s*>/g;
const REF = /&([A-Za-z_:][\w.:-]*);/g;
const XML_ENTITIES = new Set(["lt", "gt", "amp", "quot", "apos"]);

/** Reads the DOCTYPE before the root element, if any. */
export function readDoctype(text: string): Doctype | null {
  const start = text.indexOf("<!DOCTYPE");
  if (start < 0 || /<[A-Za-z]/.test(text.slice(0, start))) return null;
  const open = text.indexOf("[", start);
  const firstClose = text.indexOf(">", start);
  if (firstClose < 0) return null;
  if (open < 0 || open > firstClose) {
    return { entities: {}, warnings: [], start, end: firstClose + 1 };
  }
  const subsetEnd = text.indexOf("]", open);
  const end = subsetEnd < 0 ? -1 : text.indexOf(">", subsetEnd);
  if (end < 0) return null;
  return readSubset(text, text.slice(open + 1, subsetEnd), start, end + 1);
}

function readSubset(text: string, subset: string, start: number, end: number): Doctype {
  const raw = new Map<string, string>();
  const warnings: string[] = [];
  const refused: string[] = [];
  for (const m of subset.matchAll(DECL)) {
    const [, percent, name, dq, sq, external] = m;
    if (percent) continue;
    if (external !== undefined) {
      refused.push(name);
      warnings.push(`external entity &${name}; (${external.trim()}) was not loaded`);
    } else raw.set(name, dq ?? sq ?? "");
  }
  const entities: Record<string, string> = {};
  for (const name of refused) entities[name] = "";
  const expanded = expandAll(raw);
  const total = expanded === null ? Number.POSITIVE_INFINITY : expansionSize(text, end, expanded);
  const budget = Math.max(1024 * 1024, text.length);
  if (expanded === null || total > budget) {
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

/** How many characters the references in the document body would expand to. */
function expansionSize(text: string, from: number, expanded: Map<string, string>): number {
  let total = 0;
  REF.lastIndex = from;
  for (let m = REF.exec(text); m !== null; m = REF.exec(text)) {
    total += expanded.get(m[1])?.length ?? 0;
  }
  return total;
}
