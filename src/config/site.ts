/** The site-wide settings at the top of `orrery.yaml`. */
import { resolve as resolvePath } from "node:path";
import { checkHost, checkLanguage, checkTimeZone, checkWebUrl } from "./checks.js";
import { readString, readStringItems, readStringList } from "./scalars.js";
import { type Reader, readEntries, readFields, report, type Value } from "./yaml-reader.js";

/**
 * The site's link, always ending in "/" so planet paths append to it; null (reported) when
 * absent or not an absolute http(s) URL without query or fragment.
 */
export function readSiteLink(r: Reader, v: Value): string | null {
  const text = checkWebUrl(r, v, readString(r, v, true));
  if (text === null) return null;
  const url = new URL(text);
  if (url.search !== "" || url.hash !== "") {
    report(r, v, "the site link cannot have a query (?...) or a fragment (#...)");
    return null;
  }
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** `database:` a SQLite file (relative to the config) or a postgres:// URL. */
export function readDatabase(r: Reader, v: Value, dir: string): string {
  const text = readString(r, v) || "orrery.db";
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return resolvePath(dir, text);
  if (scheme !== "postgres" && scheme !== "postgresql") {
    report(r, v, `expected a SQLite file path or a postgres:// URL, got "${text}"`);
  }
  return text;
}

/** An optional folder, made absolute against the config's folder. */
export function readFolder(
  r: Reader,
  v: Value,
  dir: string,
  fallback: string | null,
): string | null {
  const text = readString(r, v) || fallback;
  return text === null ? null : resolvePath(dir, text);
}

/** `owner: { name, email }`. */
export function readOwner(r: Reader, v: Value): { name: string | null; email: string | null } {
  const f = readFields(r, v, ["name", "email"] as const);
  if (f === null) return { name: null, email: null };
  const email = readString(r, f.email);
  if (email !== null && !/^[^\s@]+@[^\s@]+$/.test(email))
    report(r, f.email, `expected an e-mail address, got "${email}"`);
  return { name: readString(r, f.name), email };
}

/** `embeds: { hosts: [...] }`: extra iframe hosts allowed in entries. */
export function readEmbedHosts(r: Reader, v: Value): string[] {
  const f = readFields(r, v, ["hosts"] as const);
  const hosts: string[] = [];
  for (const { text, at } of (f && readStringItems(r, f.hosts)) ?? []) {
    const host = checkHost(r, at, text);
    if (host !== null) hosts.push(host);
  }
  return hosts;
}

/** `categories: { aliases: { gentoo: ["gentoo linux"] } }`, canonical names in lower case. */
export function readCategoryAliases(r: Reader, v: Value): Record<string, string[]> {
  const f = readFields(r, v, ["aliases"] as const);
  const aliases: Record<string, string[]> = {};
  for (const { key, value } of (f && readEntries(r, f.aliases)) ?? []) {
    aliases[key.trim().toLowerCase()] = readStringList(r, value) ?? [];
  }
  return aliases;
}

/** `timezone:` and `language:` at the top: the defaults of every planet. */
export function readLocale(
  r: Reader,
  zone: Value,
  language: Value,
): { timeZone: string; language: string } {
  return {
    timeZone: checkTimeZone(r, zone, readString(r, zone)) ?? "UTC",
    language: checkLanguage(r, language, readString(r, language)) ?? "en",
  };
}
