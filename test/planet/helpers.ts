/** Builders for the planet tests: stored entries, specs and the Gentoo Universe fixture. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type {
  EntryFilter,
  PersonSpec,
  PlanetEntry,
  PlanetSelector,
  PlanetSpec,
  StoredEntry,
  SubscriptionSpec,
} from "../../src/model.js";
import { entryFacts, type PlanetInput } from "../../src/planet/index.js";
import { toPlainText } from "../../src/sanitize/index.js";

/** The text of a file under test/fixtures/planet/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/planet/${name}`, import.meta.url), "utf8");
}

/** A stored entry as the planet stage takes it: with its facts and plain text, as a build gives them. */
export type TestEntry = StoredEntry & PlanetEntry;

/**
 * A stored entry with plausible defaults; the content hash follows title and content like the
 * store's, and the facts and plain text are derived from the body like a build derives them.
 */
export function storedEntry(
  fields: Partial<StoredEntry> & { feedUrl: string; date: string },
): TestEntry {
  const base: StoredEntry = {
    key: fields.link ?? `${fields.feedUrl}#${fields.date}`,
    feedUrl: fields.feedUrl,
    personId: "",
    id: fields.link ?? null,
    title: null,
    link: null,
    date: fields.date,
    published: fields.date,
    updated: null,
    author: null,
    categories: [],
    language: null,
    summary: null,
    content: null,
    enclosures: [],
    image: null,
    firstSeen: fields.date,
    contentHash: "",
    backfill: false,
    version: "",
  };
  const entry = { ...base, ...fields };
  if (fields.contentHash === undefined)
    entry.contentHash = hashOf(entry.title, entry.content ?? entry.summary);
  if (fields.version === undefined) entry.version = hashOf(entry.title, JSON.stringify(entry));
  const text = toPlainText(entry.content ?? entry.summary ?? "");
  return { ...entry, facts: entryFacts(entry), text };
}

function hashOf(title: string | null, html: string | null): string {
  const text = (s: string | null) =>
    (s ?? "")
      .replace(/<[^>]*>/g, " ")
      .replace(/\s+/g, " ")
      .trim()
      .toLowerCase();
  return createHash("sha256")
    .update(`${text(title)}\n${text(html)}`)
    .digest("hex");
}

/** A selector with no criteria, overridden by `fields`. */
export function selector(fields: Partial<PlanetSelector> = {}): PlanetSelector {
  return {
    tags: [],
    categories: [],
    people: [],
    languages: [],
    title: null,
    content: null,
    ...fields,
  };
}

/** A planet spec with the defaults of a site-root planet, overridden by `fields`. */
export function planetSpec(fields: Partial<PlanetSpec> = {}): PlanetSpec {
  return {
    id: "universe",
    title: "Gentoo Universe",
    description: null,
    link: "https://universe.example.org/",
    path: "",
    include: null,
    exclude: null,
    days: null,
    entriesPerPage: 60,
    excerptWords: null,
    timeZone: "UTC",
    language: "en",
    strings: {},
    ...fields,
  };
}

/** A person with only an id and name. */
export function person(id: string, name = id): PersonSpec {
  return { id, name, nick: id, avatar: null, links: [] };
}

/** A subscription of `url` for `personId`. */
export function subscription(
  url: string,
  personId: string,
  tags: string[] = [],
  filter: EntryFilter | null = null,
): SubscriptionSpec {
  return { url, personId, title: null, tags, filter, userAgent: null, headers: {} };
}

interface UniverseJson {
  people: { id: string; name: string; nick: string | null }[];
  subscriptions: { url: string; personId: string; tags: string[]; filter?: EntryFilter }[];
  entries: {
    feed: string;
    title: string | null;
    link: string;
    date: string;
    firstSeen?: string;
    categories: string[];
    content: string;
  }[];
}

/** The Gentoo Universe fixture (a slice of the reference page) as a planet input. */
export function universe(
  planet: Partial<PlanetSpec> = {},
  aliases: Record<string, string[]> = {},
): Omit<PlanetInput, "entries"> & { entries: TestEntry[] } {
  const data = JSON.parse(fixture("gentoo-universe.json")) as UniverseJson;
  const subscriptions = data.subscriptions.map((s) =>
    subscription(s.url, s.personId, s.tags, s.filter ?? null),
  );
  const owner = new Map(subscriptions.map((s) => [s.url, s.personId]));
  return {
    planet: planetSpec(planet),
    people: data.people.map((p) => ({ ...person(p.id, p.name), nick: p.nick })),
    subscriptions,
    entries: data.entries.map((e) =>
      storedEntry({
        feedUrl: e.feed,
        personId: owner.get(e.feed) ?? "",
        title: e.title,
        link: e.link,
        date: e.date,
        firstSeen: e.firstSeen ?? e.date,
        categories: e.categories,
        content: e.content,
      }),
    ),
    categoryAliases: aliases,
  };
}

/** The river of a plan page as lines: "day", "  person", "    title" (untitled as "(untitled)"). */
export function outline(
  days: {
    day: string;
    runs: { person: PersonSpec; entries: { entry: { title: string | null } }[] }[];
  }[],
): string[] {
  return days.flatMap((d) => [
    d.day,
    ...d.runs.flatMap((r) => [
      `  ${r.person.id}`,
      ...r.entries.map((e) => `    ${e.entry.title ?? "(untitled)"}`),
    ]),
  ]);
}
