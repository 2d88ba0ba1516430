/** Sanitizing a whole parsed feed: every entry's summary and content, each with its own base. */
import type { Entry, ParsedFeed } from "../model.js";
import { sanitizeHtml } from "./sanitize-html.js";

/** Where the feed was read from, and which extra iframe hosts the planet allows. */
export interface SanitizeFeedOptions {
  feedUrl: string | null;
  embedHosts?: readonly string[];
}

function sanitizeEntry(entry: Entry, options: SanitizeFeedOptions, warnings: string[]): Entry {
  const warn = (message: string) =>
    warnings.push(`entry ${entry.id ?? entry.link ?? entry.title ?? "(untitled)"}: ${message}`);
  const sanitizeOptions = {
    base: entry.base ?? options.feedUrl,
    embedHosts: options.embedHosts,
    warn,
  };
  return {
    ...entry,
    summary: entry.summary === null ? null : sanitizeHtml(entry.summary, sanitizeOptions),
    content: entry.content === null ? null : sanitizeHtml(entry.content, sanitizeOptions),
  };
}

/**
 * Sanitizes summary and content of every entry with the entry's own base (Entry.base, else the
 * feed URL given); what the sanitizer had to cut beyond its policy joins the feed's warnings.
 */
export function sanitizeFeed(parsed: ParsedFeed, options: SanitizeFeedOptions): ParsedFeed {
  const warnings = [...parsed.warnings];
  const entries = parsed.entries.map((entry) => sanitizeEntry(entry, options, warnings));
  return { ...parsed, entries, warnings };
}
