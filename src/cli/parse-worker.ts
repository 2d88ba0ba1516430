/** A worker thread that parses and sanitizes feeds, so parsing never waits behind fetching. */
import { parentPort } from "node:worker_threads";
import type { FeedBytes, ParsedFeed } from "../model.js";
import { parseFeed } from "../parse/index.js";
import { sanitizeFeed } from "../sanitize/index.js";

export interface ParseJob {
  id: number;
  input: FeedBytes;
  embedHosts: string[];
}

export interface ParseReply {
  id: number;
  parsed: ParsedFeed;
}

/** Parses then sanitizes one feed; the same work the pool does in a thread. */
export function parseAndSanitize(input: FeedBytes, embedHosts: readonly string[]): ParsedFeed {
  const parsed = parseFeed(input);
  return parsed.error === null ? sanitizeFeed(parsed, { feedUrl: input.url, embedHosts }) : parsed;
}

parentPort?.on("message", (job: ParseJob) => {
  const parsed = parseAndSanitize(job.input, job.embedHosts);
  parentPort?.postMessage({ id: job.id, parsed } satisfies ParseReply);
});
