/**
 * When to fetch a feed again: the next FetchState after an outcome, and whether a feed is
 * due. Pure: the clock and the randomness come in as arguments.
 */
import type { FetchOutcome, FetchState } from "../model.js";

const HOUR = 3600;
/** Backoff never waits longer than a day (before jitter), so a fixed feed is seen again soon. */
const MAX_BACKOFF = 24 * HOUR;
/** Publisher hints (max-age, ttl) above this are not believed: a year-long max-age is a misconfiguration. */
const MAX_HINT = 24 * HOUR;
/** Retry-After is honoured up to a week. */
const MAX_RETRY_AFTER = 7 * 24 * HOUR;
/** ±20 % jitter spreads retries of feeds that failed together (e.g. one host down). */
const JITTER = 0.2;

/** Scheduling inputs besides the outcome. */
export interface ScheduleOptions {
  now: Date;
  minIntervalSeconds: number;
  /** The feed's own update interval (RSS ttl, sy:updatePeriod), in seconds. */
  feedInterval?: number | null;
  /** Returns [0, 1); Math.random by default. */
  random?: () => number;
}

/** Pure: the FetchState after an outcome (success resets errors; failures count, back off with jitter;
    410 → gone; 301/308 → movedTo; Retry-After / max-age / feed updateInterval as minimum intervals). */
export function nextFetchState(
  previous: FetchState | null,
  outcome: FetchOutcome,
  options: ScheduleOptions,
): FetchState {
  const before = previous ?? initialState(outcome.url);
  const now = isoSeconds(options.now);
  const common = { ...before, url: before.url, lastFetched: now, lastStatus: outcome.status };
  const interval = effectiveInterval(outcome, options);
  if (outcome.kind === "ok" || outcome.kind === "not-modified") {
    const kept = outcome.kind === "not-modified";
    return {
      ...common,
      etag: outcome.etag ?? (kept ? before.etag : null),
      lastModified: outcome.lastModified ?? (kept ? before.lastModified : null),
      lastSuccess: now,
      lastError: null,
      consecutiveFailures: 0,
      firstFailure: null,
      nextDue: isoSeconds(addSeconds(options.now, interval)),
      movedTo: outcome.movedTo ?? (outcome.url === before.movedTo ? before.movedTo : null),
      gone: false,
    };
  }
  const failures = before.consecutiveFailures + 1;
  const failed = {
    ...common,
    lastError: outcome.kind === "gone" ? "HTTP 410 Gone: the feed was removed" : outcome.reason,
    consecutiveFailures: failures,
    firstFailure: before.firstFailure ?? now,
    movedTo: outcome.movedTo ?? before.movedTo,
  };
  if (outcome.kind === "gone") return { ...failed, gone: true, nextDue: null };
  const delay = backoffSeconds(interval, failures, outcome.retryAfterSeconds, options.random);
  return { ...failed, gone: false, nextDue: isoSeconds(addSeconds(options.now, delay)) };
}

/** Pure: whether a feed should be fetched now (gone → never; before nextDue → not unless forced). */
export function isDue(state: FetchState | null, now: Date, force: boolean): boolean {
  if (state === null) return true;
  if (state.gone) return false;
  if (force || state.nextDue === null) return true;
  const due = Date.parse(state.nextDue);
  return Number.isNaN(due) || due <= now.getTime();
}

/** The state of a feed never fetched. */
export function initialState(url: string): FetchState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastStatus: null,
    lastFetched: null,
    lastSuccess: null,
    lastError: null,
    consecutiveFailures: 0,
    firstFailure: null,
    nextDue: null,
    movedTo: null,
    gone: false,
  };
}

/** max(minimum, feed interval, max-age, Retry-After), publisher hints capped. */
function effectiveInterval(outcome: FetchOutcome, options: ScheduleOptions): number {
  const hint = Math.min(Math.max(options.feedInterval ?? 0, outcome.maxAgeSeconds ?? 0), MAX_HINT);
  const retry = Math.min(outcome.retryAfterSeconds ?? 0, MAX_RETRY_AFTER);
  return Math.max(options.minIntervalSeconds, hint, retry, 0);
}

/** min(interval × 2^failures, 24 h) ± 20 %, never sooner than Retry-After. */
export function backoffSeconds(
  interval: number,
  failures: number,
  retryAfter: number | null,
  random: () => number = Math.random,
): number {
  const capped = Math.min(interval * 2 ** Math.min(failures, 30), MAX_BACKOFF);
  const jittered = capped * (1 + (random() * 2 - 1) * JITTER);
  return Math.max(jittered, Math.min(retryAfter ?? 0, MAX_RETRY_AFTER));
}

function addSeconds(date: Date, seconds: number): Date {
  return new Date(date.getTime() + Math.round(seconds) * 1000);
}

/** "YYYY-MM-DDTHH:MM:SSZ", as model.ts wants dates. */
function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
