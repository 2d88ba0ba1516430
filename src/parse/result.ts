/** Empty model values the adapters fill in, and the shape of a failed parse. */
import type { Entry, Feed, ParsedFeed, Person } from "../model.js";

/** A Feed with nothing known yet. */
export function emptyFeed(): Feed {
  return {
    title: null,
    subtitle: null,
    link: null,
    links: [],
    id: null,
    updated: null,
    published: null,
    language: null,
    rights: null,
    generator: null,
    icon: null,
    logo: null,
    author: null,
    categories: [],
    updateInterval: null,
  };
}

/** An Entry with nothing known yet. */
export function emptyEntry(): Entry {
  return {
    id: null,
    title: null,
    link: null,
    links: [],
    published: null,
    updated: null,
    author: null,
    contributors: [],
    categories: [],
    language: null,
    summary: null,
    content: null,
    enclosures: [],
    image: null,
    base: null,
  };
}

/** The result for input that is not a feed at all. */
export function failedParse(
  error: string,
  encoding: string | null,
  warnings: string[],
): ParsedFeed {
  return {
    error,
    format: "",
    wellFormed: false,
    warnings,
    encoding,
    feed: emptyFeed(),
    entries: [],
  };
}

/** A Person, or null when every part is blank. */
export function person(
  name: string | null,
  email: string | null,
  uri: string | null,
): Person | null {
  return name === null && email === null && uri === null ? null : { name, email, uri };
}

/** The list without repeats, first occurrence kept. */
export function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
