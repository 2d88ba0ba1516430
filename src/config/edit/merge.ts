/**
 * Merging drafts into a config's text: new people appended as one block, new feeds of known
 * people appended to their lists, new planets appended; anything already there is left alone,
 * so merging the same drafts twice adds nothing.
 */
import { parseDocument } from "yaml";
import {
  type FeedDraft,
  feedValue,
  type PersonDraft,
  type PlanetDraft,
  personValue,
} from "./drafts.js";
import { appendToList, appendToMapping } from "./splice.js";

/** The merged text and what was added; or why the file could not be edited. */
export type Merge =
  | {
      ok: true;
      text: string;
      addedPeople: string[];
      addedFeeds: string[];
      addedPlanets: string[];
      /** Feeds the config lists already: kept as written, whatever the drafts say of them. */
      keptFeeds: FeedDraft[];
    }
  | { ok: false; error: string };

interface Existing {
  people: Map<string, Set<string>>;
  feeds: Set<string>;
  planets: Set<string>;
}

/** What the config has: person ids with their feed URLs, every feed URL, planet ids. */
export function existingEntries(text: string): Existing {
  const data = (parseDocument(text).toJS() ?? {}) as Record<string, unknown>;
  const people = new Map<string, Set<string>>();
  const feeds = new Set<string>();
  for (const [id, person] of Object.entries(asRecord(data.people))) {
    const urls = new Set(
      asList(asRecord(person).feeds)
        .map(feedUrl)
        .filter((u) => u !== ""),
    );
    people.set(id, urls);
    for (const url of urls) feeds.add(url);
  }
  return { people, feeds, planets: new Set(Object.keys(asRecord(data.planets))) };
}

/** Adds what is new in `people` and `planets` to the config text. */
export function mergeDrafts(
  text: string,
  people: PersonDraft[],
  planets: PlanetDraft[] = [],
): Merge {
  const existing = existingEntries(text);
  const addedFeeds: string[] = [];
  const keptFeeds = people.flatMap((p) => p.feeds.filter((f) => existing.feeds.has(f.url)));
  const newPeople: Record<string, unknown> = {};
  const feedsOfKnown = new Map<string, FeedDraft[]>();
  for (const person of people) {
    const feeds = person.feeds.filter((f) => !existing.feeds.has(f.url));
    for (const f of feeds) existing.feeds.add(f.url);
    if (feeds.length === 0) continue;
    addedFeeds.push(...feeds.map((f) => f.url));
    if (existing.people.has(person.id))
      feedsOfKnown.set(person.id, [...(feedsOfKnown.get(person.id) ?? []), ...feeds]);
    else newPeople[person.id] = personValue({ ...person, feeds });
  }
  let current = text;
  for (const [id, feeds] of feedsOfKnown) {
    const edit = appendToList(current, ["people", id, "feeds"], feeds.map(feedValue));
    if (!edit.ok) return { ok: false, error: `people.${id}.feeds: ${edit.error}` };
    current = edit.text;
  }
  const apply = (path: string, entries: Record<string, unknown>) => {
    if (Object.keys(entries).length === 0) return null;
    const edit = appendToMapping(current, [path], entries);
    if (!edit.ok) return `${path}: ${edit.error}`;
    current = edit.text;
    return null;
  };
  const newPlanets = Object.fromEntries(
    planets.filter((p) => !existing.planets.has(p.id)).map((p) => [p.id, p.value]),
  );
  const error = apply("people", newPeople) ?? apply("planets", newPlanets);
  if (error !== null) return { ok: false, error };
  return {
    ok: true,
    text: current,
    addedPeople: Object.keys(newPeople),
    addedFeeds,
    addedPlanets: Object.keys(newPlanets),
    keptFeeds,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function feedUrl(feed: unknown): string {
  if (typeof feed === "string") return feed.trim();
  const url = asRecord(feed).url;
  return typeof url === "string" ? url.trim() : "";
}
