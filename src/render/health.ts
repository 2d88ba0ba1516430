/** The health report: every feed of a planet, failing first, for "why is my post missing?". */
import type { PersonSpec, StoredFeed, SubscriptionSpec } from "../model.js";
import type { DateFormats } from "./dates.js";
import { safeHref } from "./safe-url.js";

export type FeedStatus = "failing" | "gone" | "moved" | "never" | "ok";

/** One feed's row, as health.json and the health template get it. */
export interface HealthRow {
  url: string;
  /** The URL as a link when it is a web URL, else null (local files are shown, not linked). */
  href: string | null;
  title: string | null;
  site_url: string | null;
  person: { id: string; name: string };
  status: FeedStatus;
  last_success: string | null;
  last_fetched: string | null;
  last_error: string | null;
  consecutive_failures: number;
  failing_since: string | null;
  moved_to: string | null;
  gone: boolean;
  entry_count: number;
  last_post: string | null;
  warnings: string[];
  /** Human-readable forms of the dates above, in the planet's language and zone. */
  text: { last_success: string | null; failing_since: string | null; last_post: string | null };
}

const STATUS_RANK: Record<FeedStatus, number> = { failing: 0, gone: 1, moved: 2, never: 3, ok: 4 };

/** Rows for every subscription (and every stored feed), failing first, then by person. */
export function healthRows(
  subscriptions: SubscriptionSpec[],
  feeds: StoredFeed[],
  people: PersonSpec[],
  dates: DateFormats,
): HealthRow[] {
  const byUrl = new Map(feeds.map((f) => [f.url, f]));
  const names = new Map(people.map((p) => [p.id, p.name]));
  const urls = new Map<string, string>();
  for (const sub of subscriptions) urls.set(sub.url, sub.personId);
  for (const feed of feeds) if (!urls.has(feed.url)) urls.set(feed.url, feed.personId);
  const titles = new Map(subscriptions.map((s) => [s.url, s.title]));
  const rows = [...urls].map(([url, personId]) => {
    const person = { id: personId, name: names.get(personId) ?? personId };
    return healthRow(url, titles.get(url) ?? null, person, byUrl.get(url), dates);
  });
  return rows.sort(
    (a, b) =>
      STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
      b.consecutive_failures - a.consecutive_failures ||
      a.person.name.localeCompare(b.person.name) ||
      (a.url < b.url ? -1 : 1),
  );
}

function healthRow(
  url: string,
  title: string | null,
  person: { id: string; name: string },
  feed: StoredFeed | undefined,
  dates: DateFormats,
): HealthRow {
  const state = feed?.state;
  const show = (iso: string | null | undefined) => (iso ? dates.time(iso) : null);
  return {
    url,
    href: /^https?:/i.test(url) ? safeHref(url) : null,
    title: title ?? feed?.title ?? null,
    site_url: safeHref(feed?.siteLink),
    person,
    status: statusOf(feed),
    last_success: state?.lastSuccess ?? null,
    last_fetched: state?.lastFetched ?? null,
    last_error: state?.lastError ?? null,
    consecutive_failures: state?.consecutiveFailures ?? 0,
    failing_since: state?.firstFailure ?? null,
    moved_to: state?.movedTo ?? null,
    gone: state?.gone ?? false,
    entry_count: feed?.entryCount ?? 0,
    last_post: feed?.lastPost ?? null,
    warnings: feed?.warnings ?? [],
    text: {
      last_success: show(state?.lastSuccess),
      failing_since: show(state?.firstFailure),
      last_post: show(feed?.lastPost),
    },
  };
}

function statusOf(feed: StoredFeed | undefined): FeedStatus {
  if (feed === undefined || feed.state.lastFetched === null) return "never";
  if (feed.state.gone) return "gone";
  if (feed.state.consecutiveFailures > 0) return "failing";
  if (feed.state.movedTo !== null) return "moved";
  return "ok";
}

/** health.json: the same rows, for scripts and monitoring. */
export function renderHealthJson(
  planet: { id: string; title: string },
  generatedAt: string,
  rows: HealthRow[],
): string {
  const feeds = rows.map(({ href: _href, text: _text, ...row }) => row);
  const failing = rows.filter((r) => r.status === "failing" || r.status === "gone").length;
  return `${JSON.stringify({ planet, generated_at: generatedAt, total: rows.length, failing, feeds }, null, 2)}\n`;
}
