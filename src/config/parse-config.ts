/** `orrery.yaml` text → a validated SiteConfig, or every error found in it. */
import { dirname, resolve as resolvePath } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import type { SiteConfig } from "../model.js";
import { type ConfigError, sortErrors } from "./errors.js";
import { readFetchSettings } from "./fetch-settings.js";
import { readPeople } from "./people.js";
import { readPlanets } from "./planets.js";
import { readString } from "./scalars.js";
import {
  readCategoryAliases,
  readDatabase,
  readEmbedHosts,
  readFolder,
  readLocale,
  readOwner,
  readSiteLink,
} from "./site.js";
import { isAbsent, type Reader, readFields, report, type Value, valueAt } from "./yaml-reader.js";

/** The outcome of reading a config: the config, or every error with its place. */
export type ConfigResult = { ok: true; config: SiteConfig } | { ok: false; errors: ConfigError[] };

const TOP_KEYS = [
  "title",
  "link",
  "description",
  "owner",
  "database",
  "output",
  "theme",
  "timezone",
  "language",
  "embeds",
  "categories",
  "fetch",
  "people",
  "planets",
] as const;

/** Pure: validates YAML text; relative paths resolve against dirname(file). */
export function parseConfig(text: string, file: string): ConfigResult {
  const lines = new LineCounter();
  // Duplicate keys are found by the readers, which know the key path to name.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: true });
  const r: Reader = { file, doc, lines, errors: [] };
  for (const error of doc.errors) {
    const at = error.linePos?.[0] ?? { line: 1, col: 1 };
    const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    r.errors.push({
      file,
      line: at.line,
      column: at.col,
      key: "",
      message: `YAML syntax: ${message}`,
    });
  }
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  const config = readSite(r, valueAt(r, doc.contents, "", 0), file);
  return r.errors.length > 0 || config === null
    ? { ok: false, errors: sortErrors(r.errors) }
    : { ok: true, config };
}

function readSite(r: Reader, root: Value, file: string): SiteConfig | null {
  if (isAbsent(root)) {
    report(r, root, "the config is empty: write at least title, link and people");
    return null;
  }
  const f = readFields(r, root, TOP_KEYS);
  if (f === null) return null;
  const dir = dirname(resolvePath(file));
  const title = readString(r, f.title, true) ?? "";
  const link = readSiteLink(r, f.link);
  const description = readString(r, f.description);
  const { people, subscriptions } = readPeople(r, f.people, dir);
  const locale = readLocale(r, f.timezone, f.language);
  const planetDefaults = {
    title,
    description,
    link: link ?? "https://invalid.example/",
    ...locale,
  };
  return {
    file: resolvePath(file),
    dir,
    title,
    link: link ?? "",
    description,
    owner: readOwner(r, f.owner),
    database: readDatabase(r, f.database, dir),
    output: readFolder(r, f.output, dir, "public") ?? dir,
    theme: readFolder(r, f.theme, dir, null),
    people,
    subscriptions,
    planets: readPlanets(r, f.planets, planetDefaults, new Set(people.map((p) => p.id))),
    fetch: readFetchSettings(r, f.fetch, link),
    embedHosts: readEmbedHosts(r, f.embeds),
    categoryAliases: readCategoryAliases(r, f.categories),
  };
}
