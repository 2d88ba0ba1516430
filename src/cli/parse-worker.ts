/** A worker thread that parses and sanitizes feeds, so parsing never waits behind fetching. */
import { parentPort } from "node:worker_threads";
import type { FeedBytes, ParsedFeed } from "../model.js";
import { parseFeed } from "../parse/index.js";
import { sanitizeFeed } from "../sanitize/index.js";
import { type EntryHashes, entryHashes } from "../store/index.js";

export interface ParseJob {
  id: number;
  input: FeedBytes;
  embedHosts: string[];
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
export function parseAndSanitize(input: FeedBytes, embedHosts: readonly string[]): ParsedFeed {
  const parsed = parseFeed(input);
  return parsed.error === null ? sanitizeFeed(parsed, { feedUrl: input.url, embedHosts }) : parsed;
}

parentPort?.on("message", (job: ParseJob) => {
  const parsed = parseAndSanitize(job.input, job.embedHosts);
  const hashes = parsed.error === null ? parsed.entries.map(entryHashes) : [];
  parentPort?.postMessage({ id: job.id, parsed, hashes } satisfies ParseReply);
});
