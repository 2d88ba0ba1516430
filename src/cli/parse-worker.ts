/** A worker thread that parses and sanitizes feeds, so parsing never waits behind fetching. */
import { parentPort } from "node:worker_threads";
import type { FeedBytes, HtmlSource, ParsedFeed } from "../model.js";
import { parseFeed, parseHtmlSource } from "../parse/index.js";
import { sanitizeFeed } from "../sanitize/index.js";

export interface ParseJob {
  id: number;
  input: FeedBytes;
  embedHosts: string[];
  /** Set for a web page read as a feed (subscription `type: html`). */
  html?: HtmlSource | null;
}

export interface ParseReply {
  id: number;
  parsed: ParsedFeed;
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
  parentPort?.postMessage({ id: job.id, parsed } satisfies ParseReply);
});
