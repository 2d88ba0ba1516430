/**
 * JSON Feed, spec-shaped, with every value type-checked (the input is anyone's JSON).
 * 1.0: https://www.jsonfeed.org/version/1/    1.1: https://www.jsonfeed.org/version/1.1/
 */

/** author (1.0) / authors[] (1.1). */
export interface JsonAuthor {
  name: string | null;
  url: string | null;
  avatar: string | null;
}

/** attachments[]. */
export interface JsonAttachment {
  url: string;
  mime_type: string | null;
  title: string | null;
  size_in_bytes: number | null;
}

/** items[]. */
export interface JsonItem {
  id: string | null;
  url: string | null;
  external_url: string | null;
  title: string | null;
  content_html: string | null;
  content_text: string | null;
  summary: string | null;
  image: string | null;
  banner_image: string | null;
  date_published: string | null;
  date_modified: string | null;
  authors: JsonAuthor[];
  tags: string[];
  language: string | null;
  attachments: JsonAttachment[];
}

/** The top-level object. */
export interface JsonFeed {
  version: "json10" | "json11";
  title: string | null;
  home_page_url: string | null;
  feed_url: string | null;
  description: string | null;
  icon: string | null;
  favicon: string | null;
  authors: JsonAuthor[];
  language: string | null;
  items: JsonItem[];
}

type Obj = Record<string, unknown>;

/** The JSON Feed version named by a parsed JSON value, or null when it is not a JSON Feed. */
export function jsonFeedVersion(value: unknown): "json10" | "json11" | null {
  if (!isObject(value) || typeof value.version !== "string") return null;
  const m = /^https?:\/\/(?:www\.)?jsonfeed\.org\/version\/(1(?:\.\d+)?)\/?$/.exec(
    value.version.trim(),
  );
  if (m === null) return null;
  return m[1] === "1" || m[1] === "1.0" ? "json10" : "json11";
}

/** Reads a parsed JSON Feed object. */
export function readJsonFeed(value: Obj, version: "json10" | "json11"): JsonFeed {
  return {
    version,
    title: str(value.title),
    home_page_url: str(value.home_page_url),
    feed_url: str(value.feed_url),
    description: str(value.description),
    icon: str(value.icon),
    favicon: str(value.favicon),
    authors: authors(value),
    language: str(value.language),
    items: Array.isArray(value.items) ? value.items.filter(isObject).map(readItem) : [],
  };
}

function readItem(v: Obj): JsonItem {
  // ids may be numbers in the wild although the spec says string.
  const id = typeof v.id === "number" ? String(v.id) : str(v.id);
  return {
    id,
    url: str(v.url),
    external_url: str(v.external_url),
    title: str(v.title),
    content_html: str(v.content_html),
    content_text: str(v.content_text),
    summary: str(v.summary),
    image: str(v.image),
    banner_image: str(v.banner_image),
    date_published: str(v.date_published),
    date_modified: str(v.date_modified),
    authors: authors(v),
    tags: Array.isArray(v.tags) ? v.tags.filter((t): t is string => typeof t === "string") : [],
    language: str(v.language),
    attachments: Array.isArray(v.attachments)
      ? v.attachments.filter(isObject).flatMap(readAttachment)
      : [],
  };
}

function readAttachment(v: Obj): JsonAttachment[] {
  const url = str(v.url);
  if (url === null) return [];
  const size = typeof v.size_in_bytes === "number" && v.size_in_bytes >= 0 ? v.size_in_bytes : null;
  return [{ url, mime_type: str(v.mime_type), title: str(v.title), size_in_bytes: size }];
}

function authors(v: Obj): JsonAuthor[] {
  const list = Array.isArray(v.authors) ? v.authors : v.author !== undefined ? [v.author] : [];
  return list
    .filter(isObject)
    .map((a) => ({ name: str(a.name), url: str(a.url), avatar: str(a.avatar) }));
}

export function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | null {
  return typeof v === "string" && v.trim() !== "" ? v : null;
}
