/** Which language an entry is written in: declared, else marked up, else guessed from its words. */
import { decodeHTML } from "entities";
import { LANGUAGES, LONGEST_STOPWORD, WORD_LANGUAGES } from "./stopwords.js";

// Below these, a guess is a coin toss: a title-length text shares too many short words
// across languages, and a text with few function words (code, lists of names) has no signal.
const MIN_WORDS = 20;
const MIN_HITS = 6;
const MIN_SHARE = 0.12;
// The winner must clearly beat the runner-up; close scores mean related languages (es/pt)
// or mixed text, where saying "unsure" is better than a wrong label that a filter acts on.
const MIN_LEAD = 1.4;
// Enough words for a stable verdict; reading a whole long post only costs time.
const MAX_WORDS = 100;
const SAMPLE_CHARS = 4_000;
const LETTER = /\p{L}/u;

/** Guesses the language of plain text ("en", "fr", ...) from its stopwords; null when unsure or short. */
export function detectLanguage(text: string): string | null {
  const table = WORD_LANGUAGES;
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let total = 0;
  for (const word of words(text.slice(0, SAMPLE_CHARS).toLowerCase(), MAX_WORDS)) {
    total++;
    // Every stopword is short; longer words cannot hit, so they skip the hashing of a lookup.
    const languages = word.length <= LONGEST_STOPWORD ? table.get(word) : undefined;
    if (languages !== undefined)
      for (const index of languages) hits[index] = (hits[index] ?? 0) + 1;
  }
  if (total < MIN_WORDS) return null;
  const ranked = LANGUAGES.map((lang, i) => [lang, hits[i] ?? 0] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = ranked;
  if (best === undefined || best[1] < MIN_HITS || best[1] / total < MIN_SHARE) return null;
  if (second !== undefined && best[1] < second[1] * MIN_LEAD) return null;
  return best[0];
}

// Runs of letters, at most `limit`; the Unicode tables are asked only about non-ASCII characters,
// since this runs over every entry of every build.
function words(text: string, limit: number): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length && found.length < limit; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    const letter =
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code > 127 && LETTER.test(text.charAt(i)));
    if (letter && start === -1) start = i;
    else if (!letter && start !== -1) {
      found.push(text.slice(start, i));
      start = -1;
    }
  }
  return found;
}

/** The primary subtag of a BCP 47 tag, lower-cased: "en-US" → "en", "pt_BR" → "pt". */
export function primarySubtag(tag: string): string {
  return tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? "";
}

/** The entry's language: declared (xml:lang, feed language), else its body's (see `bodyLanguage`). */
export function entryLanguage(entry: {
  language: string | null;
  facts: { language: string | null };
}): string | null {
  return cleanTag(entry.language) ?? entry.facts.language;
}

/** The language of an entry's body: the HTML `lang` it starts with, else detected from its words. */
export function bodyLanguage(title: string | null, html: string): string | null {
  // Only the sample's head of the body is joined to the title: joining all of it made V8 copy
  // the whole body (a flat string) only to keep its first SAMPLE_CHARS.
  const head = `${title ?? ""}\n${html.slice(0, SAMPLE_CHARS)}`;
  return contentLangAttribute(html) ?? detectLanguage(sampleText(head));
}

/**
 * The `lang` of the element the content starts with (`<div lang="fr">…`). Only the outermost
 * element counts: a `lang` deeper inside usually marks a quotation in another language.
 */
export function contentLangAttribute(html: string): string | null {
  const match =
    /^\s*<[a-z][a-z0-9]*\b[^>]*?\slang\s*=\s*["']?([a-z]{2,3}(?:[-_][a-z0-9]{1,8})*)/i.exec(html);
  return cleanTag(match?.[1] ?? null);
}

function cleanTag(tag: string | null): string | null {
  const trimmed = tag?.trim().replace(/_/g, "-") ?? "";
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(trimmed) ? trimmed : null;
}

/**
 * Cheap plain text for detection: a prefix of the HTML with code, scripts and tags dropped.
 * A full parse is not needed to count words.
 */
function sampleText(html: string): string {
  const head = html.slice(0, SAMPLE_CHARS);
  const text = head
    .replace(/<(pre|code|script|style)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<[^>]*>?/g, " ");
  return decodeHTML(text);
}
