/**
 * `orrery refresh`, the orchestration: for every due feed, fetch → parse + sanitize → store,
 * each feed on its own, so one feed's failure never stops the run.
 */

import { createFetcher, type Fetcher, nextFetchState } from "../fetch/index.js";
import type { FetchOutcome, FetchState, SiteConfig, SubscriptionSpec } from "../model.js";
import { siteExcerptWords } from "../planet/index.js";
import type { Store } from "../store/index.js";
import { type DueFeed, dueFeeds, hostTurns } from "./due-feeds.js";
import { createGate } from "./gate.js";
import { createParsePool, type ParsePool } from "./parse-pool.js";

export interface RefreshOptions {
  force: boolean;
  /** Refresh only this feed URL. */
  feed: string | null;
  now?: () => Date;
  onFeedDone?: (report: FeedReport, done: number, total: number) => void;
}

/** What happened to one feed in a refresh. */
export interface FeedReport {
  url: string;
  personId: string;
  outcome: "fetched" | "not-modified" | "failed" | "gone" | "skipped";
  added: number;
  updated: number;
  /** Plain-words reason of a failure. */
  reason: string | null;
  movedTo: string | null;
  warnings: string[];
}

export interface RefreshSummary {
  feeds: FeedReport[];
  due: number;
  fetched: number;
  notModified: number;
  failed: number;
  gone: number;
  moved: number;
  added: number;
  updated: number;
}

interface Context {
  config: SiteConfig;
  store: Store;
  fetcher: Fetcher;
  pool: ParsePool;
  now: () => Date;
}

// Feeds that may wait for or be in a parse worker, per worker, beyond the fetch concurrency.
const QUEUED_PER_WORKER = 4;

/** Refreshes every due subscription of `config` into `store`. */
export async function refresh(
  config: SiteConfig,
  store: Store,
  options: RefreshOptions,
): Promise<RefreshSummary> {
  const now = options.now ?? (() => new Date());
  await store.syncSubscriptions(config.people, config.subscriptions);
  const due = await dueFeeds(config, store, options, now());
  const fetcher = createFetcher(config.fetch);
  const pool = createParsePool({
    embedHosts: config.embedHosts,
    excerptWords: siteExcerptWords(config.planets),
  });
  // Feeds between the start of their fetch and the end of their store: it bounds how many
  // bodies and parsed feeds are held at once when parsing falls behind fetching.
  const inFlight = createGate(config.fetch.concurrency + QUEUED_PER_WORKER * pool.size);
  const context: Context = { config, store, fetcher, pool, now };
  let done = 0;
  const inTurn = async ({ sub, state }: DueFeed): Promise<FeedReport> => {
    const leave = await inFlight.enter();
    try {
      const report = await refreshFeed(context, sub, state);
      options.onFeedDone?.(report, ++done, due.length);
      return report;
    } finally {
      leave();
    }
  };
  try {
    // Started in turns over the hosts, reported in the config's order.
    const reports: Promise<FeedReport>[] = [];
    for (const i of hostTurns(due.map((d) => d.sub.url))) reports[i] = inTurn(due[i]);
    return summarize(await Promise.all(reports));
  } finally {
    await Promise.all([fetcher.close(), pool.close()]);
  }
}

function fetchUrl(config: SiteConfig, sub: SubscriptionSpec, state: FetchState | null): string {
  const rewrite = config.fetch.followPermanentRedirects === "rewrite";
  return rewrite && state?.movedTo ? state.movedTo : sub.url;
}

async function refreshFeed(
  { config, store, fetcher, pool, now }: Context,
  sub: SubscriptionSpec,
  previous: FetchState | null,
): Promise<FeedReport> {
  const request = {
    url: fetchUrl(config, sub, previous),
    userAgent: sub.userAgent,
    headers: sub.headers,
  };
  // The state is kept under the subscription's URL even when fetched from where it moved to.
  const stateIn = previous === null ? null : { ...previous, url: request.url };
  const outcome = await fetcher.fetch(request, stateIn);
  const report = baseReport(sub, outcome);
  const scheduling = { now: now(), minIntervalSeconds: config.fetch.minIntervalSeconds };
  if (outcome.kind !== "ok") {
    const state = { ...nextFetchState(stateIn, outcome, scheduling), url: sub.url };
    await store.saveFetchState(state);
    return report;
  }
  const { parsed, hashes, facts } = await pool.parse(
    { body: outcome.body, url: outcome.finalUrl, contentType: outcome.contentType },
    { html: sub.html, known: await store.entryVersions(sub.url) },
  );
  if (parsed.error !== null) {
    const failure: FetchOutcome = { ...outcome, kind: "error", reason: parsed.error };
    await store.saveFetchState({ ...nextFetchState(stateIn, failure, scheduling), url: sub.url });
    return { ...report, outcome: "failed", reason: parsed.error };
  }
  const feedInterval = parsed.feed.updateInterval;
  const state = {
    ...nextFetchState(stateIn, outcome, { ...scheduling, feedInterval }),
    url: sub.url,
  };
  const summary = await store.applyFeedUpdate({
    url: sub.url,
    personId: sub.personId,
    state,
    feed: parsed.feed,
    entries: parsed.entries,
    warnings: parsed.warnings,
    now: now()
      .toISOString()
      .replace(/\.\d{3}Z$/, "Z"),
    newFeedItems: config.fetch.newFeedItems,
    hashes,
    facts,
  });
  return { ...report, added: summary.added, updated: summary.updated, warnings: parsed.warnings };
}

function baseReport(sub: SubscriptionSpec, outcome: FetchOutcome): FeedReport {
  const kinds = {
    ok: "fetched",
    "not-modified": "not-modified",
    gone: "gone",
    error: "failed",
  } as const;
  return {
    url: sub.url,
    personId: sub.personId,
    outcome: kinds[outcome.kind],
    added: 0,
    updated: 0,
    reason:
      outcome.kind === "error"
        ? outcome.reason
        : outcome.kind === "gone"
          ? "HTTP 410 Gone: the feed was removed"
          : null,
    movedTo: outcome.movedTo,
    warnings: [],
  };
}

function summarize(feeds: FeedReport[]): RefreshSummary {
  const count = (outcome: FeedReport["outcome"]) =>
    feeds.filter((f) => f.outcome === outcome).length;
  return {
    feeds,
    due: feeds.length,
    fetched: count("fetched"),
    notModified: count("not-modified"),
    failed: count("failed"),
    gone: count("gone"),
    moved: feeds.filter((f) => f.movedTo !== null).length,
    added: feeds.reduce((n, f) => n + f.added, 0),
    updated: feeds.reduce((n, f) => n + f.updated, 0),
  };
}
