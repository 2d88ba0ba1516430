/** The hashes the store keeps per entry: for cross-feed duplicates, for change detection, for keys. */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import type { Entry } from "../model.js";

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** HTML → lower-case plain text with collapsed white space, so markup-only differences vanish. */
export function normalizeText(html: string | null): string {
  if (html === null) return "";
  const text = decodeHTML(html.replace(/<!--[\s\S]*?-->/g, " ").replace(/<[^>]*>/g, " "));
  return text.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/** sha256 of the normalized title and plain content: the same post arriving through two feeds. */
export function contentHash(entry: Entry): string {
  return sha256(`${normalizeText(entry.title)}\n${normalizeText(entry.content ?? entry.summary)}`);
}

/**
 * sha256 of every stored field: equal hashes mean a refresh has nothing to write. Without the
 * id for feeds whose ids are distrusted, since those ids change without the entry changing.
 */
export function fieldsHash(entry: Entry, withId = true): string {
  return sha256(
    JSON.stringify([
      withId ? entry.id : null,
      entry.title,
      entry.link,
      entry.published,
      entry.updated,
      entry.author,
      entry.categories,
      entry.language,
      entry.summary,
      entry.content,
      entry.enclosures,
      entry.image,
    ]),
  );
}

/**
 * The key of an entry with neither a usable id nor a usable link: title + date, or title +
 * content when undated (an edit of an undated, id-less, link-less entry then reads as new).
 */
export function hashKey(entry: Entry): string {
  const date = entry.published ?? entry.updated;
  const third = date ?? normalizeText(entry.content ?? entry.summary);
  return `hash:${sha256(`${normalizeText(entry.title)}\n${third}`)}`;
}
