/** People, feeds and planets about to be written into a config, as the YAML a person would write. */

/** A feed to subscribe to. */
export interface FeedDraft {
  url: string;
  title?: string | null;
  tags?: string[];
  type?: "html";
  filter?: { include?: string; exclude?: string } | null;
}

/** A person to add, with their feeds. */
export interface PersonDraft {
  id: string;
  name: string;
  nick?: string | null;
  avatar?: string | null;
  links?: Record<string, string>;
  feeds: FeedDraft[];
}

/** A planet to add: its `planets.<id>` value as written. */
export interface PlanetDraft {
  id: string;
  value: Record<string, unknown>;
}

/** A person id from a name or nick: lower-case ASCII letters, digits, "-" and "_". */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "someone" : slug.slice(0, 40);
}

/** `base`, or `base-2`, `base-3`, ... whichever is not taken. */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** A feed as YAML: the bare URL when nothing else is said about it. */
export function feedValue(feed: FeedDraft): unknown {
  const { url, ...rest } = feed;
  const extra = Object.entries(rest).filter(
    ([, v]) => v != null && !(Array.isArray(v) && v.length === 0),
  );
  return extra.length === 0 ? url : { url, ...Object.fromEntries(extra) };
}

/** A person as YAML, keys in the order docs/config.md lists them. */
export function personValue(person: PersonDraft): Record<string, unknown> {
  const value: Record<string, unknown> = { name: person.name };
  if (person.nick) value.nick = person.nick;
  if (person.avatar) value.avatar = person.avatar;
  if (person.links && Object.keys(person.links).length > 0) value.links = person.links;
  value.feeds = person.feeds.map(feedValue);
  return value;
}
