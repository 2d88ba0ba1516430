/** What a build derives from an entry's body once per version, and what a river page shows of it. */
import type { Entry, EntryBody, EntryFacts, StoredEntry } from "../model.js";
import { excerpt } from "../sanitize/index.js";
import { bodyLanguage } from "./language.js";

/**
 * The body's facts: visible text at all, and its language (outermost lang, else detected). Pure;
 * derived once per entry version, when the entry is parsed, and stored with it.
 */
export function entryFacts(entry: Pick<Entry, "title" | "content" | "summary">): EntryFacts {
  const html = entry.content ?? entry.summary ?? "";
  // Any non-space character outside a tag; the search stops at the first, usually early.
  const hasText = /(?:^|>)[^<]*?[^\s<]/.test(html);
  return { hasText, language: bodyLanguage(entry.title, html) };
}

/** What a river shows of an entry: its content (else summary), cut to `excerptWords` if set. Pure. */
export function riverBody(
  entry: Pick<StoredEntry, "content" | "summary">,
  excerptWords: number | null,
): EntryBody {
  const html = entry.content ?? entry.summary ?? "";
  return excerptWords === null
    ? { html, truncated: false }
    : excerpt(html, { words: excerptWords });
}
