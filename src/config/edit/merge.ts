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
import { appendToList, appendToMapping, type Edit } from "./splice.js";

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
  const keptFeeds = people.flatMap((p) => p.feeds.filter((f) => existing.feeds.has(f.url)));
  const additions = planAdditions(existing, people);
  const newPlanets = Object.fromEntries(
    planets.filter((p) => !existing.planets.has(p.id)).map((p) => [p.id, p.value]),
  );
  const edit = applyAdditions(text, additions, newPlanets);
  if (!edit.ok) return edit;
  return {
    ok: true,
    text: edit.text,
    addedPeople: Object.keys(additions.newPeople),
    addedFeeds: additions.addedFeeds,
    addedPlanets: Object.keys(newPlanets),
    keptFeeds,
  };
}

interface Additions {
  newPeople: Record<string, unknown>;
  feedsOfKnown: Map<string, FeedDraft[]>;
  addedFeeds: string[];
}

/** The feeds not yet in the config, grouped by new person or known person. */
function planAdditions(existing: Existing, people: PersonDraft[]): Additions {
  const out: Additions = { newPeople: {}, feedsOfKnown: new Map(), addedFeeds: [] };
  const seen = new Set(existing.feeds);
  for (const person of people) {
    const feeds = person.feeds.filter((f) => !seen.has(f.url));
    for (const f of feeds) seen.add(f.url);
    if (feeds.length === 0) continue;
    out.addedFeeds.push(...feeds.map((f) => f.url));
    if (!existing.people.has(person.id))
      out.newPeople[person.id] = personValue({ ...person, feeds });
    else out.feedsOfKnown.set(person.id, [...(out.feedsOfKnown.get(person.id) ?? []), ...feeds]);
  }
  return out;
}

function applyAdditions(
  text: string,
  additions: Additions,
  newPlanets: Record<string, unknown>,
): Edit {
  let current = text;
  for (const [id, feeds] of additions.feedsOfKnown) {
    const edit = appendToList(current, ["people", id, "feeds"], feeds.map(feedValue));
    if (!edit.ok) return { ok: false, error: `people.${id}.feeds: ${edit.error}` };
    current = edit.text;
  }
  for (const [path, entries] of [
    ["people", additions.newPeople],
    ["planets", newPlanets],
  ] as const) {
    if (Object.keys(entries).length === 0) continue;
    const edit = appendToMapping(current, [path], entries);
    if (!edit.ok) return { ok: false, error: `${path}: ${edit.error}` };
    current = edit.text;
  }
  return { ok: true, text: current };
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
