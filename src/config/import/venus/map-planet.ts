/**
 * A Venus [Planet] section → site settings and one planet. Keys that map are taken; the rest
 * are returned, to be listed in the import report
 * (https://intertwingly.net/code/venus/docs/config.html).
 */
import type { IniSection, IniValue } from "./ini.js";

/** What one [Planet] section says. */
export interface PlanetSettings {
  name: string | null;
  link: string | null;
  description: string | null;
  owner: { name?: string; email?: string } | null;
  fetch: Record<string, number>;
  /** The `planets.<id>` keys besides title, description and path. */
  planet: Record<string, unknown>;
  unmapped: Array<[string, IniValue, string]>;
}

const FETCH_KEYS: Record<string, string> = {
  new_feed_items: "new_feed_items",
  feed_timeout: "timeout",
  spider_threads: "concurrency",
};

/** Reads a [Planet] section; `unmapped` lists [key, value, why] for the report. */
export function readPlanetSection(section: IniSection): PlanetSettings {
  const out: PlanetSettings = {
    name: null,
    link: null,
    description: null,
    owner: null,
    fetch: {},
    planet: {},
    unmapped: [],
  };
  const include: Record<string, string> = {};
  const exclude: Record<string, string> = {};
  for (const [key, v] of section.values) {
    const why = readKey(out, key, v.value, include, exclude);
    if (why !== null) out.unmapped.push([key, v, why]);
  }
  if (Object.keys(include).length > 0) out.planet.include = include;
  if (Object.keys(exclude).length > 0) out.planet.exclude = exclude;
  return out;
}

function readKey(
  out: PlanetSettings,
  key: string,
  value: string,
  include: Record<string, string>,
  exclude: Record<string, string>,
): string | null {
  if (key === "name" || key === "link" || key === "description") out[key] = value;
  else if (key === "owner_name" || key === "owner_email") {
    out.owner = { ...out.owner, [key.slice(6)]: value };
  } else if (key === "filter") include.content = value;
  else if (key === "exclude") exclude.content = value;
  else if (key === "filters") return readFilters(value, include, exclude);
  else return readCount(out, key, value);
  return null;
}

/** The numeric settings: entries and days per page, and the fetch knobs. */
function readCount(out: PlanetSettings, key: string, value: string): string | null {
  const count = /^\d+$/.test(value) ? Number(value) : null;
  if (key === "days_per_page") {
    if (count === null) return "not a number";
    if (count > 0) out.planet.days = count;
    return null;
  }
  if (key !== "items_per_page" && !(key in FETCH_KEYS)) return "no Orrery setting does this";
  if (count === null || count < 1) return "not a positive number";
  if (key === "items_per_page") out.planet.entries = count;
  else out.fetch[FETCH_KEYS[key]] = count;
  return null;
}

/**
 * Venus filter plugins: regexp_sifter.py's require/exclude become the planet's content
 * patterns; any other plugin has no Orrery equivalent (the sanitizer and excerpts are built in).
 */
function readFilters(
  value: string,
  include: Record<string, string>,
  exclude: Record<string, string>,
): string | null {
  const others: string[] = [];
  for (const filter of value.split(/\s+/).filter(Boolean)) {
    const [name, query = ""] = filter.split("?");
    if (!/^regexp_sifter\.py$/.test(name)) {
      others.push(filter);
      continue;
    }
    const params = new URLSearchParams(query);
    if (params.get("require")) include.content = params.get("require") ?? "";
    if (params.get("exclude")) exclude.content = params.get("exclude") ?? "";
  }
  return others.length === 0
    ? null
    : `filter plugins with no Orrery equivalent: ${others.join(" ")}`;
}
