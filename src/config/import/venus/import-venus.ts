/**
 * Planet Venus / Planet 2.0 configs → one Orrery import. Files are read in the order given: a
 * file with a [Planet] section starts a planet, and the feed-only files after it (one per
 * person, as Gentoo keeps them) belong to it. People are one entry each however many files or
 * planets list them; with several planets, each feed is tagged with the planets that read it.
 */
import { basename } from "node:path";
import type { PersonDraft, PlanetDraft } from "../../edit/index.js";
import { slugify, uniqueId } from "../../edit/index.js";
import { emptySite, type ImportResult } from "../result.js";
import { type IniSection, type IniValue, parseIni } from "./ini.js";
import { readFeedSection } from "./map-feed.js";
import { type PlanetSettings, readPlanetSection } from "./map-planet.js";
import { planetPaths } from "./paths.js";

/** One INI file's name and text. */
export interface IniSource {
  file: string;
  text: string;
}

interface Instance {
  id: string;
  settings: PlanetSettings | null;
  feeds: IniSection[];
}

/** Imports Venus INI files; pure (the caller reads them). */
export function importVenus(sources: IniSource[]): ImportResult {
  const notImported: string[] = [];
  const note = (file: string, v: IniValue, key: string, why: string) =>
    notImported.push(`${file}:${v.line}: [${v.section}] ${key} = ${v.value}: ${why}`);
  const instances: Instance[] = [];
  const fileOf = new Map<IniSection, string>();
  for (const { file, text } of sources) {
    const ini = parseIni(text);
    for (const e of ini.errors) notImported.push(`${file}:${e.line}: ${e.message}`);
    for (const section of ini.sections) {
      fileOf.set(section, file);
      if (section.name.toLowerCase() === "planet") {
        const settings = readPlanetSection(section);
        for (const [key, v, why] of settings.unmapped) note(file, v, key, why);
        const taken = new Set(instances.map((i) => i.id));
        instances.push({
          id: uniqueId(slugify(settings.name ?? basename(file)), taken),
          settings,
          feeds: [],
        });
      } else if (/^https?:\/\//i.test(section.name)) {
        if (instances.length === 0) instances.push({ id: "universe", settings: null, feeds: [] });
        instances[instances.length - 1].feeds.push(section);
      } else {
        notImported.push(
          `${file}:${section.line}: [${section.name}] ${ownKeys(section).join(", ")}: a section Orrery has no use for (template options)`,
        );
      }
    }
  }
  const people = collectPeople(instances, fileOf, note);
  return {
    site: siteOf(instances),
    people: [...people.values()],
    planets: planetsOf(instances),
    notImported: unique(notImported),
  };
}

function collectPeople(
  instances: Instance[],
  fileOf: Map<IniSection, string>,
  note: (file: string, v: IniValue, key: string, why: string) => void,
): Map<string, PersonDraft> {
  const people = new Map<string, PersonDraft>();
  const tagged = instances.length > 1;
  for (const instance of instances) {
    for (const section of instance.feeds) {
      const read = readFeedSection(section);
      for (const [key, v, why] of read.unmapped) note(fileOf.get(section) ?? "", v, key, why);
      const id = slugify(read.nick ?? read.name ?? new URL(section.name).hostname);
      const person = people.get(id) ?? {
        id,
        name: read.name ?? read.nick ?? id,
        nick: read.nick,
        avatar: read.avatar,
        links: {},
        feeds: [],
      };
      const name = section.values.get("name");
      if (name !== undefined && read.name !== person.name) {
        note(fileOf.get(section) ?? "", name, "name", `"${id}" is named "${person.name}" already`);
      }
      person.avatar = person.avatar ?? read.avatar;
      person.links = { ...read.links, ...person.links };
      people.set(id, person);
      const feed = person.feeds.find((f) => f.url === read.feed.url);
      if (feed === undefined)
        person.feeds.push({ ...read.feed, tags: tagged ? [instance.id] : [] });
      else if (tagged && !feed.tags?.includes(instance.id))
        feed.tags = [...(feed.tags ?? []), instance.id];
    }
  }
  return people;
}

function siteOf(instances: Instance[]): ImportResult["site"] {
  const first = instances.find((i) => i.settings !== null)?.settings ?? null;
  if (first === null) return emptySite();
  return {
    title: first.name,
    link: planetPaths(instances.map((i) => i.settings?.link ?? null)).site,
    description: first.description,
    owner: first.owner,
    fetch: first.fetch,
  };
}

function planetsOf(instances: Instance[]): PlanetDraft[] {
  const { paths } = planetPaths(instances.map((i) => i.settings?.link ?? null));
  return instances.map((instance, i) => {
    const s = instance.settings;
    const value: Record<string, unknown> = {};
    if (s?.name) value.title = s.name;
    if (s?.description) value.description = s.description;
    if (paths[i] !== "") value.path = paths[i];
    if (instances.length > 1)
      value.include = { ...((s?.planet.include as object) ?? {}), tags: [instance.id] };
    return { id: instance.id, value: { ...s?.planet, ...value } };
  });
}

function unique(lines: string[]): string[] {
  return [...new Set(lines)];
}

/** The keys written in the section itself, not inherited from [DEFAULT]. */
function ownKeys(section: IniSection): string[] {
  return [...section.values].filter(([, v]) => v.section === section.name).map(([key]) => key);
}
