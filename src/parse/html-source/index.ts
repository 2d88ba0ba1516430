/**
 * Web pages without a feed, read as one: h-feed/h-entry microformats or CSS selector rules,
 * into the same ParsedFeed as any feed, for the same sanitizing and storing.
 */
import type { Document } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Entry, FeedBytes, HtmlSource, ParsedFeed } from "../../model.js";
import { decodeFeed } from "../encoding/index.js";
import { emptyFeed, failedParse } from "../result.js";
import { documentBase, pageTitle } from "./dom.js";
import { readFeedProperties, readMicroformatEntries } from "./microformats.js";
import { readRuleEntries } from "./rules.js";

export { compileDatePattern } from "./date-format.js";

/** Parses a page as a feed by its source's rules; never throws. */
export function parseHtmlSource(input: FeedBytes, source: HtmlSource): ParsedFeed {
  try {
    return parseUnguarded(input, source);
  } catch (error) {
    // A bug, or a selector the config check let through: report it rather than take the run down.
    const message = error instanceof Error ? error.message : String(error);
    return failedParse(`the page could not be read by its rules: ${message}`, null, []);
  }
}

function parseUnguarded(input: FeedBytes, source: HtmlSource): ParsedFeed {
  const { text, encoding, warnings } = decodeFeed(input.body, input.contentType);
  const doc = parseDocument(text);
  const base = documentBase(doc.children, input.url);
  const read =
    source.rules === null ? readMicroformats(doc, base) : readRuleEntries(doc, source.rules, base);
  if ("error" in read) return failedParse(read.error, encoding, warnings);
  const properties = readFeedProperties(doc, base);
  const feed = {
    ...emptyFeed(),
    title: properties.name ?? pageTitle(doc.children),
    link: input.url,
    author: properties.author,
  };
  const entries =
    read.entries.length === 1 ? [withPageLink(read.entries[0], input.url)] : read.entries;
  return {
    error: null,
    format: "html",
    wellFormed: true,
    warnings: [...warnings, ...read.warnings],
    encoding,
    feed,
    entries,
  };
}

function readMicroformats(
  doc: Document,
  base: string | null,
): { entries: Entry[]; warnings: string[] } | { error: string } {
  const entries = readMicroformatEntries(doc, base);
  if (entries.length === 0) return { error: "the page has no h-entry microformats" };
  return { entries, warnings: [] };
}

/** A single post page often has no permalink inside the post: the page is its link. */
function withPageLink(entry: Entry, pageUrl: string | null): Entry {
  if (entry.link !== null || pageUrl === null) return entry;
  return { ...entry, id: entry.id ?? pageUrl, link: pageUrl, base: entry.base ?? pageUrl };
}
