/** The hashes the store keeps per entry: for cross-feed duplicates, for change detection, for keys. */
import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import type { Entry } from "../model.js";

// The parts are fed one by one: the digest is that of their concatenation, never built.
function sha256(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex");
}

/** HTML → lower-case plain text with collapsed white space, so markup-only differences vanish. */
export function normalizeText(html: string | null): string {
  if (html === null) return "";
  const uncommented = html.includes("<!--") ? html.replace(/<!--[\s\S]*?-->/g, " ") : html;
  const text = decodeHTML(uncommented.replace(/<[^>]*>/g, " "));
  // ASCII is already NFC; and a lone space needs no replacing, only other runs of white space.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: "not ASCII" is the test
  const composed = /[^\u0000-\u007f]/.test(text) ? text.normalize("NFC") : text;
  return composed
    .replace(/\s{2,}|[^\S ]/g, " ")
    .trim()
    .toLowerCase();
}

/** sha256 of the normalized title and plain content: the same post arriving through two feeds. */
export function contentHash(entry: Entry): string {
  return sha256(normalizeText(entry.title), "\n", normalizeText(entry.content ?? entry.summary));
}

/**
 * sha256 of every stored field, as one JSON array: equal hashes mean a refresh has nothing to
 * write. Without the id for feeds whose ids are distrusted, since those ids change without the
 * entry changing.
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
 * The hashes an update of a feed with trusted ids needs of one entry, computed ahead (in a
 * parse worker, say). The hash without the id, for the few feeds whose ids are distrusted, is
 * left to the store: computing it for every entry of every feed doubled the hashing.
 */
export interface EntryHashes {
  content: string;
  fields: string;
}

/** The hashes of `entry`, for FeedUpdate.hashes. */
export function entryHashes(entry: Entry): EntryHashes {
  return { content: contentHash(entry), fields: fieldsHash(entry) };
}

/**
 * The key of an entry with neither a usable id nor a usable link: title + date, or title +
 * content when undated (an edit of an undated, id-less, link-less entry then reads as new).
 */
export function hashKey(entry: Entry): string {
  const date = entry.published ?? entry.updated;
  const third = date ?? normalizeText(entry.content ?? entry.summary);
  return `hash:${sha256(normalizeText(entry.title), "\n", third)}`;
}
