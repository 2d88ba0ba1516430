/** The `people:` section: who the planet reads, their links, and their feeds. */
import { posix } from "node:path";
import type { NamedLink, PersonSpec, SubscriptionSpec } from "../model.js";
import { checkLinkUrl, checkWebUrl, isSlug } from "./checks.js";
import { readFeeds, type SeenFeeds } from "./feeds.js";
import { readString, readStringMap, reportMissing } from "./scalars.js";
import {
  isAbsent,
  type Reader,
  readEntries,
  readFields,
  report,
  type Value,
} from "./yaml-reader.js";

const PERSON_KEYS = ["name", "nick", "avatar", "links", "feeds"] as const;

/** People and every feed they publish, in the order written. */
export interface People {
  people: PersonSpec[];
  subscriptions: SubscriptionSpec[];
}

/** Reads `people:` (required, at least one person); feeds resolve against `dir`. */
export function readPeople(r: Reader, v: Value, dir: string): People {
  const out: People = { people: [], subscriptions: [] };
  if (isAbsent(v)) {
    reportMissing(r, v);
    return out;
  }
  const members = readEntries(r, v);
  if (members === null) return out;
  if (members.length === 0) report(r, v, "list at least one person");
  const seen: SeenFeeds = new Map();
  for (const { key, keyOffset, value } of members) {
    if (!isSlug(key)) {
      const message = `"${key}" cannot be a person id: use lower-case letters, digits, "-" and "_"`;
      report(r, { ...value, offset: keyOffset }, message);
    }
    const read = readPerson(r, key, value);
    if (read === null) continue;
    out.people.push(read.person);
    out.subscriptions.push(...readFeeds(r, read.feeds, key, dir, seen));
  }
  return out;
}

function readPerson(r: Reader, id: string, v: Value): { person: PersonSpec; feeds: Value } | null {
  if (isAbsent(v)) {
    report(r, v, "a person needs at least a name and feeds");
    return null;
  }
  const f = readFields(r, v, PERSON_KEYS);
  if (f === null) return null;
  const person: PersonSpec = {
    id,
    name: readString(r, f.name, true) ?? id,
    nick: readString(r, f.nick),
    avatar: readAvatar(r, f.avatar),
    links: readLinks(r, f.links),
  };
  return { person, feeds: f.feeds };
}

/** An avatar is a web URL or a path inside the config's folder (copied into the site). */
function readAvatar(r: Reader, v: Value): string | null {
  const text = readString(r, v);
  if (text === null) return null;
  if (/^[a-z][a-z0-9+.-]+:/i.test(text)) return checkWebUrl(r, v, text);
  const path = posix.normalize(text.replace(/\\/g, "/")).replace(/^\.\//, "");
  if (path.startsWith("/") || path.split("/").includes("..")) {
    report(r, v, `expected a URL or a path inside the config's folder, got "${text}"`);
    return null;
  }
  return path;
}

/** Named links in the order written: homepage, bugs, mastodon, ... */
function readLinks(r: Reader, v: Value): NamedLink[] {
  const links: NamedLink[] = [];
  for (const { name, value, at } of readStringMap(r, v) ?? []) {
    const url = checkLinkUrl(r, at, value);
    if (url !== null) links.push({ name, url });
  }
  return links;
}
