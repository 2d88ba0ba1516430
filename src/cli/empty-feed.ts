/** The result for a source that could not be read at all. */
import type { ParsedFeed } from "../model.js";

/** A ParsedFeed with `error` set and nothing else, the shape parse --json prints for it. */
export function emptyParsedFeed(error: string): ParsedFeed {
  return {
    error,
    format: "",
    wellFormed: false,
    warnings: [],
    encoding: null,
    feed: {
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
    },
    entries: [],
  };
}
