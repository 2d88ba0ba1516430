/** The theme's words, overridable per planet through `planet.strings`. */

/** Every string the default theme shows, in English; a planet's `strings` override any of them. */
export const DEFAULT_STRINGS: Readonly<Record<string, string>> = Object.freeze({
  continue_reading: "Continue reading",
  skip_to_content: "Skip to content",
  aka: "a.k.a.",
  newer: "Newer entries",
  older: "Older entries",
  pagination: "Pages",
  planets: "Planets",
  site_navigation: "Site",
  archives: "Archives",
  people: "People",
  health: "Feed health",
  feeds: "Feeds",
  subscriptions: "Subscriptions (OPML)",
  source: "Source",
  via: "via",
  categories: "Categories",
  no_entries: "No entries yet.",
  untitled: "Untitled",
  by: "by",
  entries: "entries",
  powered_by: "Powered by",
  updated: "Updated",
  health_intro:
    "Every feed this planet reads, failing ones first. If a post is missing, its feed is probably listed here with the reason.",
  feeds_total: "feeds",
  failing_total: "failing or gone",
  status_ok: "OK",
  status_failing: "Failing",
  status_gone: "Gone",
  status_moved: "Moved",
  status_never: "Not fetched yet",
  last_success: "Last success",
  last_error: "Last error",
  consecutive_failures: "Consecutive failures",
  failing_since: "Failing since",
  moved_to: "Moved to",
  entry_count: "Entries stored",
  last_post: "Last post",
  never: "never",
  feed: "Feed",
  site: "Site",
  warnings: "Warnings",
});

/** The defaults overlaid with a planet's own strings. */
export function themeStrings(overrides: Record<string, string>): Record<string, string> {
  const strings: Record<string, string> = { ...DEFAULT_STRINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === "string") strings[key] = value;
  }
  return strings;
}
