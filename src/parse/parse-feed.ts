/** Bytes in, one normalized feed out: decoding, sniffing, XML or JSON, then the format's reader. */
import type { FeedBytes, FeedFormat, ParsedFeed } from "../model.js";
import { createContext } from "./context.js";
import { COPY_STRINGS_ABOVE } from "./detach.js";
import {
  CHUNK_BYTES,
  containsChar,
  joinChunks,
  openFeedText,
  type TextChunks,
  textPrefix,
} from "./encoding/index.js";
import { createFeedCollector, type FeedCollector } from "./feed-collector.js";
import { htmlPageError, PAGE_HEAD_LENGTH } from "./html-page.js";
import { isObject, jsonFeedVersion, readJsonFeed } from "./json/read-json.js";
import { jsonToModel } from "./json/to-model.js";
import { failedParse } from "./result.js";
import { SNIFF_LENGTH, sniff } from "./sniff.js";
import { readXml } from "./xml/read-xml.js";

// Past this many, warnings say nothing new; one line says how many more there were.
const MAX_WARNINGS = 50;
// Feeds list their latest posts (10 to a few hundred); far more is a whole archive or an attack,
// worth telling the blog's author about: it costs every reader to fetch and read.
const MANY_ENTRIES = 10_000;

/** Parses a feed of any supported format; never throws: problems become `error` or warnings. */
export function parseFeed(input: FeedBytes): ParsedFeed {
  return parseFeedInPieces(input, CHUNK_BYTES);
}

/** `parseFeed`, decoding `pieceBytes` of the body at a time (tests cut documents anywhere). */
export function parseFeedInPieces(input: FeedBytes, pieceBytes: number): ParsedFeed {
  try {
    return capWarnings(parseUnguarded(input, pieceBytes));
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

function parseUnguarded(input: FeedBytes, pieceBytes: number): ParsedFeed {
  const { body, contentType } = input;
  const { chunks, encoding, ...decoded } = openFeedText(body, contentType, pieceBytes);
  const warnings = [...decoded.warnings];
  const head = textPrefix(chunks, SNIFF_LENGTH, true);
  const sniffed = sniff(input.body, head, () => containsChar(chunks, "<"));
  switch (sniffed.kind) {
    case "empty":
      return failedParse("the document is empty, not a feed", encoding, warnings);
    case "binary":
      return failedParse(`this is ${sniffed.what}, not a feed`, encoding, warnings);
    case "text":
      return failedParse("this is plain text, not a feed", encoding, warnings);
    case "html":
      return failedParse(pageError(chunks, input.url), encoding, warnings);
    case "json":
      return parseJson(joinChunks(chunks), encoding, warnings, input.url);
    case "markup":
      return parseXml(chunks, encoding, warnings, input);
  }
}

function pageError(chunks: TextChunks, url: string | null): string {
  return htmlPageError(textPrefix(chunks, PAGE_HEAD_LENGTH), url);
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

function parseXml(chunks: TextChunks, encoding: string, warnings: string[], input: FeedBytes) {
  const { url } = input;
  const copyStrings = input.body.length > COPY_STRINGS_ABOVE;
  const doc = readXml(chunks, (failed: FeedCollector | null) =>
    createFeedCollector(url, { copyStrings, before: failed?.readSoFar() ?? null }),
  );
  const read = doc.sink.finish();
  const allWarnings = [...warnings, ...doc.warnings];
  if (read.kind === "none")
    return failedParse("no XML element found; this is not a feed", encoding, allWarnings);
  if (read.kind === "other") {
    if (read.name.toLowerCase() === "html")
      return failedParse(pageError(chunks, url), encoding, allWarnings);
    const why = `this is an XML document with root <${read.prefix ? `${read.prefix}:` : ""}${read.name}>, not a feed`;
    return failedParse(why, encoding, allWarnings);
  }
  const { format, feed, entries } = read;
  return done(format, doc.wellFormed, encoding, [...allWarnings, ...read.warnings], feed, entries);
}

function done(
  format: FeedFormat,
  wellFormed: boolean,
  encoding: string,
  warnings: string[],
  feed: ParsedFeed["feed"],
  entries: ParsedFeed["entries"],
): ParsedFeed {
  if (entries.length > MANY_ENTRIES)
    warnings.push(
      `the feed lists ${entries.length.toLocaleString("en")} entries; feeds usually list only their latest posts`,
    );
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
