/**
 * The text the tolerant pass reads, piece by piece: the DOCTYPE taken out (its entities are
 * expanded separately) and the characters XML forbids removed.
 */
import type { TextChunks } from "../encoding/index.js";
import type { Doctype } from "./doctype.js";

// XML 1.0 forbids these characters; feeds still carry them (https://www.w3.org/TR/xml/#charsets).
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
const ILLEGAL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** The cleaned pieces, and how many forbidden characters were removed once they have been read. */
export interface TolerantInput {
  chunks: TextChunks;
  removed(): number;
}

/** `chunks` without the DOCTYPE's characters and without forbidden characters. */
export function tolerantInput(chunks: TextChunks, doctype: Doctype | null): TolerantInput {
  let removed = 0;
  const clean = (text: string): string => {
    const before = text.length;
    const out = text.replace(ILLEGAL_CHARS, "");
    removed += before - out.length;
    return out;
  };
  return {
    removed: () => removed,
    *chunks() {
      let offset = 0;
      for (const chunk of chunks()) {
        const at = offset;
        offset += chunk.length;
        const text = doctype ? cutRange(chunk, at, doctype.start, doctype.end) : chunk;
        if (text !== "") yield clean(text);
      }
    },
  };
}

/** The part of `chunk` (which starts at `at` in the text) outside [start, end). */
function cutRange(chunk: string, at: number, start: number, end: number): string {
  const from = Math.max(start - at, 0);
  const to = Math.min(end - at, chunk.length);
  return from >= to ? chunk : chunk.slice(0, from) + chunk.slice(to);
}
