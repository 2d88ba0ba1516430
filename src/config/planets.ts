/** The `planets:` section: the rivers built from the same people, each with its own filter. */

import { isScalar } from "yaml";
import type { PlanetSpec } from "../model.js";
import { checkLanguage, checkTimeZone, isSlug } from "./checks.js";
import { readBoolean, readNumber, readString, readStringMap } from "./scalars.js";
import { readSelector } from "./selectors.js";
import {
  isAbsent,
  type Reader,
  readEntries,
  readFields,
  report,
  type Value,
} from "./yaml-reader.js";

const PLANET_KEYS = [
  "title",
  "description",
  "path",
  "include",
  "exclude",
  "days",
  "entries",
  "excerpt",
  "timezone",
  "language",
  "strings",
] as const;

/** Words per excerpt when a planet says nothing: about two short paragraphs. */
export const DEFAULT_EXCERPT_WORDS = 150;
/** Entries per page when a planet says nothing. */
export const DEFAULT_ENTRIES_PER_PAGE = 30;

/** What planets inherit from the site. */
export interface PlanetDefaults {
  title: string;
  description: string | null;
  link: string;
  timeZone: string;
  language: string;
}

/** Reads `planets:`; absent, the site is one planet "universe" at the root showing everything. */
export function readPlanets(
  r: Reader,
  v: Value,
  site: PlanetDefaults,
  people: Set<string>,
): PlanetSpec[] {
  if (isAbsent(v)) return [planetWithDefaults("universe", site)];
  const members = readEntries(r, v);
  if (members === null) return [];
  if (members.length === 0) report(r, v, "list at least one planet, or leave planets out");
  const planets: PlanetSpec[] = [];
  const paths = new Map<string, string>();
  const places = new Map<string, Value>();
  for (const { key, keyOffset, value } of members) {
    const keyAt = { ...value, offset: keyOffset };
    if (!isSlug(key)) {
      report(
        r,
        keyAt,
        `"${key}" cannot be a planet id: use lower-case letters, digits, "-" and "_"`,
      );
    }
    const planet = readPlanet(r, key, value, site, people);
    if (planet === null) continue;
    const taken = paths.get(planet.path);
    if (taken !== undefined) {
      report(r, keyAt, `path "${planet.path}" is already used by planet "${taken}"`);
      continue;
    }
    paths.set(planet.path, key);
    places.set(key, { ...keyAt, path: `${value.path}.path` });
    planets.push(planet);
  }
  checkNesting(r, planets, places);
  return planets;
}

function planetWithDefaults(id: string, site: PlanetDefaults): PlanetSpec {
  return {
    id,
    title: site.title,
    description: site.description,
    link: site.link,
    path: "",
    include: null,
    exclude: null,
    days: null,
    entriesPerPage: DEFAULT_ENTRIES_PER_PAGE,
    excerptWords: DEFAULT_EXCERPT_WORDS,
    timeZone: site.timeZone,
    language: site.language,
    strings: {},
  };
}

function readPlanet(
  r: Reader,
  id: string,
  v: Value,
  site: PlanetDefaults,
  people: Set<string>,
): PlanetSpec | null {
  const base = planetWithDefaults(id, site);
  if (isAbsent(v)) return base;
  const f = readFields(r, v, PLANET_KEYS);
  if (f === null) return null;
  const path = readPlanetPath(r, f.path) ?? "";
  const strings: Record<string, string> = {};
  for (const { name, value } of readStringMap(r, f.strings) ?? []) strings[name] = value;
  return {
    ...base,
    title: readString(r, f.title) || site.title,
    description: readString(r, f.description) ?? site.description,
    link: new URL(path, site.link).href,
    path,
    include: readSelector(r, f.include, people),
    exclude: readSelector(r, f.exclude, people),
    days: readNumber(r, f.days, { min: 1, integer: true }),
    entriesPerPage: readNumber(r, f.entries, { min: 1, integer: true }) ?? DEFAULT_ENTRIES_PER_PAGE,
    excerptWords: readExcerpt(r, f.excerpt),
    timeZone: checkTimeZone(r, f.timezone, readString(r, f.timezone)) ?? site.timeZone,
    language: checkLanguage(r, f.language, readString(r, f.language)) ?? site.language,
    strings,
  };
}

/** "planet", "/planet/", "a/b" → "planet/", "a/b/"; "" or "/" → "" (the site root). */
export function normalizePlanetPath(text: string): string | null {
  const parts = text.split("/").filter((part) => part !== "" && part !== ".");
  if (parts.some((part) => part === ".." || !/^[A-Za-z0-9._~-]+$/.test(part))) return null;
  return parts.length === 0 ? "" : `${parts.join("/")}/`;
}

function readPlanetPath(r: Reader, v: Value): string | null {
  const text = readString(r, v);
  if (text === null) return null;
  const path = normalizePlanetPath(text);
  if (path === null)
    report(
      r,
      v,
      `expected a folder such as "planet/" (letters, digits, "-", "_", "."; no ".."), got "${text}"`,
    );
  return path;
}

/** `excerpt: 120` words; `false` or `0` shows full content; absent or `true` uses the default. */
function readExcerpt(r: Reader, v: Value): number | null {
  if (isScalar(v.node) && typeof v.node.value === "boolean") {
    return readBoolean(r, v) ? DEFAULT_EXCERPT_WORDS : null;
  }
  if (isAbsent(v)) return DEFAULT_EXCERPT_WORDS;
  const words = readNumber(r, v, { min: 0, integer: true });
  if (words === null) return DEFAULT_EXCERPT_WORDS;
  return words === 0 ? null : words;
}

// A planet's own pages live in these folders; another planet there would overwrite them.
const PAGE_FOLDERS = new Set(["page", "archive", "people"]);

function checkNesting(r: Reader, planets: PlanetSpec[], places: Map<string, Value>): void {
  for (const outer of planets) {
    for (const inner of planets) {
      if (inner === outer || !inner.path.startsWith(outer.path)) continue;
      const first = inner.path.slice(outer.path.length).split("/")[0];
      if (PAGE_FOLDERS.has(first)) {
        const message = `planet "${inner.id}" at "${inner.path}" would overwrite the ${first} pages of planet "${outer.id}"`;
        const at = places.get(inner.id);
        if (at !== undefined) report(r, at, message);
      }
    }
  }
}
