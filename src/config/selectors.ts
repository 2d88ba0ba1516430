/** A planet's `include:` and `exclude:` rules. */
import type { PlanetSelector } from "../model.js";
import { checkLanguage, checkRegex } from "./checks.js";
import { readString, readStringItems, readStringList } from "./scalars.js";
import { type Reader, readFields, report, type Value } from "./yaml-reader.js";

const SELECTOR_KEYS = ["tags", "categories", "people", "languages", "title", "content"] as const;

/** Reads a selector; people must be listed under `people:`, regexes must compile. */
export function readSelector(r: Reader, v: Value, people: Set<string>): PlanetSelector | null {
  const f = readFields(r, v, SELECTOR_KEYS);
  if (f === null) return null;
  const languages: string[] = [];
  for (const { text, at } of readStringItems(r, f.languages) ?? []) {
    const canonical = checkLanguage(r, at, text);
    if (canonical !== null) languages.push(canonical);
  }
  const selected: string[] = [];
  for (const { text, at } of readStringItems(r, f.people) ?? []) {
    if (people.has(text)) selected.push(text);
    else report(r, at, `unknown person "${text}" (not listed under people)`);
  }
  return {
    tags: readStringList(r, f.tags) ?? [],
    categories: readStringList(r, f.categories) ?? [],
    people: selected,
    languages,
    title: checkRegex(r, f.title, readString(r, f.title)),
    content: checkRegex(r, f.content, readString(r, f.content)),
  };
}
