/** Bytes in, one normalized feed out: decoding, sniffing, XML or JSON, then the format's reader. */
import type { FeedBytes, FeedFormat, ParsedFeed } from "../model.js";
import { readAtom } from "./atom/read-atom.js";
import { atomToModel } from "./atom/to-model.js";
import { createContext, type ParseContext } from "./context.js";
import { detectXmlFormat, feedRoot } from "./detect-format.js";
import { decodeFeed } from "./encoding/index.js";
import { htmlPageError } from "./html-page.js";
import { isObject, jsonFeedVersion, readJsonFeed } from "./json/read-json.js";
import { jsonToModel } from "./json/to-model.js";
import { failedParse } from "./result.js";
import { readRss } from "./rss/read-rss.js";
import { rssToModel } from "./rss/to-model.js";
import { sniff } from "./sniff.js";
import { readXml } from "./xml/read-xml.js";

// Past this many, warnings say nothing new; one line says how many more there were.
const MAX_WARNINGS = 50;

/** Parses a feed of any supported format; never throws: problems become `error` or warnings. */
export function parseFeed(input: FeedBytes): ParsedFeed {
  try {
    return capWarnings(parseUnguarded(input));
  } catch (error) {
    // A bug, not bad input: report it rather than take the caller down.
    const message = error instanceof Error ? error.message : String(error);
    return failedParse("the parser failed on this document", null, [`parser bug: ${message}`]);
  }
}

/** The format of a document, by content; "" when it is not a feed. Parses the document fully. */
export function detectFormat(input: FeedBytes): FeedFormat {
  return parseFeed(input).format;
}

function parseUnguarded(input: FeedBytes): ParsedFeed {
  const decoded = decodeFeed(input.body, input.contentType);
  const { text, encoding } = decoded;
  const warnings = [...decoded.warnings];
  const sniffed = sniff(input.body, text);
  switch (sniffed.kind) {
    case "empty":
      return failedParse("the document is empty, not a feed", encoding, warnings);
    case "binary":
      return failedParse(`this is ${sniffed.what}, not a feed`, encoding, warnings);
    case "text":
      return failedParse("this is plain text, not a feed", encoding, warnings);
    case "html":
      return failedParse(htmlPageError(text, input.url), encoding, warnings);
    case "json":
      return parseJson(text, encoding, warnings, input.url);
    case "markup":
      return parseXml(text, encoding, warnings, input.url);
  }
}

function parseJson(text: string, encoding: string, warnings: string[], url: string | null) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : "invalid JSON";
    return failedParse(
      `this looks like JSON but does not parse (${why}), so it is not a feed`,
      encoding,
      warnings,
    );
  }
  const version = jsonFeedVersion(value);
  if (version === null || !isObject(value)) {
    return failedParse(
      "this is JSON but not a JSON Feed (no jsonfeed.org version)",
      encoding,
      warnings,
    );
  }
  const ctx = createContext(url);
  const { feed, entries } = jsonToModel(readJsonFeed(value, version), ctx);
  return done(version, true, encoding, [...warnings, ...ctx.warnings], feed, entries);
}

function parseXml(text: string, encoding: string, warnings: string[], url: string | null) {
  const doc = readXml(text, url);
  const root = feedRoot(doc.roots);
  const allWarnings = [...warnings, ...doc.warnings];
  if (root === null)
    return failedParse("no XML element found; this is not a feed", encoding, allWarnings);
  const format = detectXmlFormat(root);
  if (format === "") {
    if (root.name.toLowerCase() === "html")
      return failedParse(htmlPageError(text, url), encoding, allWarnings);
    const why = `this is an XML document with root <${root.prefix ? `${root.prefix}:` : ""}${root.name}>, not a feed`;
    return failedParse(why, encoding, allWarnings);
  }
  const ctx = createContext(url);
  const { feed, entries } = readFormat(format, root, ctx);
  return done(format, doc.wellFormed, encoding, [...allWarnings, ...ctx.warnings], feed, entries);
}

function readFormat(format: FeedFormat, root: Parameters<typeof readRss>[0], ctx: ParseContext) {
  return format === "atom10" || format === "atom03"
    ? atomToModel(readAtom(root), ctx)
    : rssToModel(readRss(root), root, ctx);
}

function done(
  format: FeedFormat,
  wellFormed: boolean,
  encoding: string,
  warnings: string[],
  feed: ParsedFeed["feed"],
  entries: ParsedFeed["entries"],
): ParsedFeed {
  return { error: null, format, wellFormed, warnings, encoding, feed, entries };
}

function capWarnings(parsed: ParsedFeed): ParsedFeed {
  if (parsed.warnings.length <= MAX_WARNINGS) return parsed;
  const extra = parsed.warnings.length - MAX_WARNINGS;
  return {
    ...parsed,
    warnings: [...parsed.warnings.slice(0, MAX_WARNINGS), `... and ${extra} more warnings`],
  };
}
