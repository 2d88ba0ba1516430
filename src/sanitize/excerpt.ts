/**
 * Excerpts of sanitized HTML for the river: the first N words or paragraphs, cut only between
 * words of prose (never inside a tag, an entity, a `pre` or a table row), every open element
 * closed. The cut is made on the source text itself, so what is kept is byte-for-byte the input.
 */
import { Parser } from "htmlparser2";
import type { ExcerptCut } from "../model.js";
import { scanCut } from "./excerpt-scan.js";

/** An excerpt, and whether anything was left out (the river then adds "Continue reading"). */
export interface Excerpt {
  html: string;
  truncated: boolean;
}

/** How much to keep; when both are given, whichever is reached first wins. */
export interface ExcerptLimit {
  words?: number;
  paragraphs?: number;
}

// Elements that are read whole: a cut falls after them, never inside.
const ATOMIC = new Set(["pre", "tr", "figure", "picture", "video", "audio", "details", "ruby"]);
// Top-level elements that count as one paragraph each.
// biome-ignore format: a word list, kept dense
const BLOCKS = new Set([
  "p", "pre", "ul", "ol", "dl", "blockquote", "table", "figure", "div", "section", "article",
  "aside", "header", "footer", "details", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "iframe",
  "video", "audio", "picture", "address", "img",
]);
// What makes the rest of an entry worth a "Continue reading".
const MEDIA = new Set(["img", "iframe", "video", "audio", "picture", "table", "hr"]);

export interface CutState {
  stack: string[];
  words: number;
  paragraphs: number;
  atomicDepth: number;
  cut: { index: number; open: string[] } | null;
  restHasContent: boolean;
}

function closers(open: readonly string[]): string {
  return open
    .slice()
    .reverse()
    .map((name) => `</${name}>`)
    .join("");
}

function cutAt(state: CutState, index: number): void {
  state.cut = { index, open: state.stack.slice() };
}

export function onOpen(state: CutState, name: string): void {
  state.stack.push(name);
  if (state.cut) state.restHasContent ||= MEDIA.has(name);
  else if (ATOMIC.has(name)) state.atomicDepth++;
}

export function onText(state: CutState, text: string, start: number, limit: ExcerptLimit): void {
  if (state.cut) {
    if (/\S/.test(text)) state.restHasContent = true;
    return;
  }
  // Words are runs of non-space (what /\S+/ matches), counted without making a string of each.
  const cuts = limit.words !== undefined && state.atomicDepth === 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space || inWord) {
      inWord = !space;
      continue;
    }
    inWord = true;
    state.words++;
    if (cuts && state.words >= (limit.words ?? 0)) {
      let end = i + 1;
      while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
      cutAt(state, start + end);
      state.restHasContent = /\S/.test(text.slice(end));
      return;
    }
  }
}

// What \s matches: ASCII white space, no-break spaces and the Unicode space separators.
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function onClose(state: CutState, name: string, end: number, limit: ExcerptLimit): void {
  state.stack.pop();
  if (state.cut) return;
  if (ATOMIC.has(name)) state.atomicDepth--;
  if (state.stack.length === 0 && BLOCKS.has(name)) state.paragraphs++;
  const enoughWords = limit.words !== undefined && state.words >= limit.words;
  const enoughParagraphs = limit.paragraphs !== undefined && state.paragraphs >= limit.paragraphs;
  if (state.atomicDepth === 0 && (enoughWords || enoughParagraphs)) cutAt(state, end + 1);
}

export function emptyCut(): CutState {
  return { stack: [], words: 0, paragraphs: 0, atomicDepth: 0, cut: null, restHasContent: false };
}

function findCut(html: string, limit: ExcerptLimit): CutState {
  return scanCut(html, limit) ?? parseCut(html, limit);
}

// Through htmlparser2: for any markup the scanner does not expect.
function parseCut(html: string, limit: ExcerptLimit): CutState {
  const state = emptyCut();
  // Once cut with something worth reading left after it, the rest need not be read.
  const settled = () => {
    if (state.restHasContent) parser.pause();
  };
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        onOpen(state, name);
        settled();
      },
      ontext(text) {
        onText(state, text, parser.startIndex, limit);
        settled();
      },
      onclosetag: (name) => onClose(state, name, parser.endIndex, limit),
    },
    // Raw text keeps source offsets exact: an entity is one word-part, never split.
    { decodeEntities: false },
  );
  parser.end(html);
  return state;
}

/** Cuts sanitized HTML at a word or paragraph boundary, closing what is open. */
export function excerpt(html: string, limit: ExcerptLimit): Excerpt {
  return cutExcerpt(html, endOf(findCut, html, limit));
}

/**
 * Where `excerpt(html, { words })` ends, to be kept and applied later with `cutExcerpt`. The
 * store keeps these cuts: a change to where excerpts end must also clear them (a migration
 * setting entries.cut_words to NULL) and raise RENDER_FORMAT, or old cuts would still be used.
 */
export function excerptCut(html: string, words: number): ExcerptCut {
  return { words, ...endOf(findCut, html, { words }) };
}

/** The excerpt that `cut`, found on this same `html`, stands for. */
export function cutExcerpt(html: string, cut: Pick<ExcerptCut, "end" | "close">): Excerpt {
  if (cut.end === null) return { html, truncated: false };
  return { html: html.slice(0, cut.end) + cut.close, truncated: true };
}

/** `excerpt` through htmlparser2 alone, what the fast scanner must agree with. */
export function parsedExcerpt(html: string, limit: ExcerptLimit): Excerpt {
  return cutExcerpt(html, endOf(parseCut, html, limit));
}

// Where the excerpt ends (null: nothing is left out) and what closes it there.
function endOf(
  find: (html: string, limit: ExcerptLimit) => CutState,
  html: string,
  limit: ExcerptLimit,
): Pick<ExcerptCut, "end" | "close"> {
  const whole = { end: null, close: "" };
  const words = limit.words !== undefined ? Math.max(1, Math.floor(limit.words)) : undefined;
  const paragraphs =
    limit.paragraphs !== undefined ? Math.max(1, Math.floor(limit.paragraphs)) : undefined;
  if (words === undefined && paragraphs === undefined) return whole;
  const { cut, restHasContent } = find(html, { words, paragraphs });
  if (!cut || !restHasContent) return whole;
  return { end: cut.index, close: closers(cut.open) };
}
