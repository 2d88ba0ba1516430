/** A worker thread that parses and sanitizes feeds, so parsing never waits behind fetching. */
import { parentPort } from "node:worker_threads";
import type { FeedBytes, HtmlSource, ParsedFeed } from "../model.js";
import { parseFeed, parseHtmlSource } from "../parse/index.js";
import { sanitizeFeed } from "../sanitize/index.js";
import { type EntryHashes, entryHashes } from "../store/index.js";

export interface ParseJob {
  id: number;
  input: FeedBytes;
  embedHosts: string[];
  /** Set for a web page read as a feed (subscription `type: html`). */
  html?: HtmlSource | null;
}

/** A parsed feed, with the hashes the store needs of its entries (computed here, off its thread). */
export interface ParseResult {
  parsed: ParsedFeed;
  hashes: EntryHashes[];
}

export interface ParseReply extends ParseResult {
  id: number;
}

/** Parses then sanitizes one feed; the same work the pool does in a thread. */
export function parseAndSanitize(
  input: FeedBytes,
  embedHosts: readonly string[],
  html: HtmlSource | null = null,
): ParsedFeed {
  const parsed = html === null ? parseFeed(input) : parseHtmlSource(input, html);
  return parsed.error === null ? sanitizeFeed(parsed, { feedUrl: input.url, embedHosts }) : parsed;
}

parentPort?.on("message", (job: ParseJob) => {
  const parsed = parseAndSanitize(job.input, job.embedHosts, job.html ?? null);
  const hashes = parsed.error === null ? parsed.entries.map(entryHashes) : [];
  parentPort?.postMessage({ id: job.id, parsed, hashes } satisfies ParseReply);
});
