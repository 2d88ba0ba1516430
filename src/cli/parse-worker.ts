/** A worker thread that parses and sanitizes feeds, so parsing never waits behind fetching. */
import { parentPort } from "node:worker_threads";
import type { EntryFacts, FeedBytes, HtmlSource, ParsedFeed } from "../model.js";
import { parseFeed, parseHtmlSource } from "../parse/index.js";
import { entryFacts } from "../planet/index.js";
import { sanitizeFeed } from "../sanitize/index.js";
import { type EntryHashes, entryHashes } from "../store/index.js";

export interface ParseJob {
  id: number;
  input: FeedBytes;
  embedHosts: string[];
  excerptWords: number | null;
  /** Versions of the feed's entries already stored: their facts are not derived again. */
  known?: ReadonlySet<string>;
  /** Set for a web page read as a feed (subscription `type: html`). */
  html?: HtmlSource | null;
}

/**
 * A parsed feed, with what the store keeps of each entry besides its fields, computed here, off
 * the store's thread: its hashes, and the facts builds plan from.
 */
export interface ParseResult {
  parsed: ParsedFeed;
  hashes: EntryHashes[];
  /** null for an entry whose version is among the job's `known`. */
  facts: (EntryFacts | null)[];
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
  const entries = parsed.error === null ? parsed.entries : [];
  const hashes = entries.map(entryHashes);
  const known = job.known ?? new Set();
  const reply = {
    id: job.id,
    parsed,
    hashes,
    facts: entries.map((entry, i) =>
      known.has(hashes[i]?.fields ?? "") ? null : entryFacts(entry, job.excerptWords),
    ),
  };
  parentPort?.postMessage(reply satisfies ParseReply);
});
