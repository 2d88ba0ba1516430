/** nextFetchState and isDue: pure scheduling, with a fixed clock and fixed randomness. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { isDue, nextFetchState } from "../../src/fetch/index.js";
import type { FetchOutcome, FetchState } from "../../src/model.js";

const URL_ = "https://blog.example/feed.xml";
const now = new Date("2024-05-01T12:00:00Z");
type Base = Omit<Extract<FetchOutcome, { kind: "gone" }>, "kind">;
const base: Base = {
  url: URL_,
  finalUrl: URL_,
  movedTo: null,
  status: 200,
  etag: null,
  lastModified: null,
  retryAfterSeconds: null,
  maxAgeSeconds: null,
  elapsedMs: 5,
};
const ok = (over: Partial<Base> = {}): FetchOutcome => ({
  ...base,
  ...over,
  kind: "ok",
  body: new Uint8Array(),
  contentType: null,
});
const error = (reason: string, over: Partial<Base> = {}): FetchOutcome => ({
  ...base,
  status: 500,
  ...over,
  kind: "error",
  reason,
});
/** random() = 0.5 means no jitter. */
const options = { now, minIntervalSeconds: 1800, random: () => 0.5 };
const plus = (seconds: number) =>
  new Date(now.getTime() + seconds * 1000).toISOString().replace(".000", "");

test("a first success stores validators and schedules the minimum interval", () => {
  const state = nextFetchState(
    null,
    ok({ etag: '"e"', lastModified: "Wed, 01 May 2024 10:00:00 GMT" }),
    options,
  );
  assert.deepEqual(state, {
    url: URL_,
    etag: '"e"',
    lastModified: "Wed, 01 May 2024 10:00:00 GMT",
    lastStatus: 200,
    lastFetched: "2024-05-01T12:00:00Z",
    lastSuccess: "2024-05-01T12:00:00Z",
    lastError: null,
    consecutiveFailures: 0,
    firstFailure: null,
    nextDue: plus(1800),
    movedTo: null,
    gone: false,
  });
});

test("failures count up, keep the first failure and back off exponentially up to a day", () => {
  let state: FetchState | null = nextFetchState(null, ok({ etag: '"e"' }), options);
  const delays: number[] = [];
  for (let i = 0; i < 8; i++) {
    const at = new Date(now.getTime() + i * 1000);
    state = nextFetchState(state, error("HTTP 500 Internal Server Error"), { ...options, now: at });
    delays.push((Date.parse(state.nextDue ?? "") - at.getTime()) / 1000);
  }
  assert.deepEqual(delays, [3600, 7200, 14400, 28800, 57600, 86400, 86400, 86400]);
  assert.equal(state?.consecutiveFailures, 8);
  assert.equal(state?.firstFailure, "2024-05-01T12:00:00Z");
  assert.equal(state?.lastError, "HTTP 500 Internal Server Error");
  assert.equal(state?.etag, '"e"', "validators survive failures");
  assert.equal(state?.lastSuccess, "2024-05-01T12:00:00Z");
});

test("jitter stays within ±20 %", () => {
  const low = nextFetchState(null, error("x"), { ...options, random: () => 0 });
  const high = nextFetchState(null, error("x"), { ...options, random: () => 0.999999 });
  assert.equal(low.nextDue, plus(3600 * 0.8));
  assert.equal(high.nextDue, plus(3600 * 1.2));
});

test("a success after failures clears the error and the count", () => {
  const failed = nextFetchState(null, error("HTTP 503 Service Unavailable"), options);
  const healed = nextFetchState(failed, ok(), options);
  assert.equal(healed.consecutiveFailures, 0);
  assert.equal(healed.firstFailure, null);
  assert.equal(healed.lastError, null);
  assert.equal(healed.nextDue, plus(1800));
});

test("a 304 counts as success and keeps the validators", () => {
  const first = nextFetchState(null, ok({ etag: '"e"', lastModified: "x" }), options);
  const failed = nextFetchState(first, error("timeout"), options);
  const notModified: FetchOutcome = { ...base, status: 304, kind: "not-modified" };
  const state = nextFetchState(failed, notModified, options);
  assert.equal(state.etag, '"e"');
  assert.equal(state.lastModified, "x");
  assert.equal(state.consecutiveFailures, 0);
  assert.equal(state.lastStatus, 304);
});

test("Retry-After, max-age and the feed's interval are minimum intervals", () => {
  assert.equal(nextFetchState(null, ok({ maxAgeSeconds: 7200 }), options).nextDue, plus(7200));
  assert.equal(
    nextFetchState(null, ok(), { ...options, feedInterval: 3 * 3600 }).nextDue,
    plus(10800),
  );
  assert.equal(nextFetchState(null, ok({ maxAgeSeconds: 60 }), options).nextDue, plus(1800));
  const limited = nextFetchState(
    null,
    error("HTTP 429", { status: 429, retryAfterSeconds: 3 * 86400 }),
    options,
  );
  assert.equal(limited.nextDue, plus(3 * 86400), "Retry-After beyond the backoff cap is honoured");
  const soon = nextFetchState(
    null,
    error("HTTP 503", { status: 503, retryAfterSeconds: 4000 }),
    options,
  );
  assert.equal(soon.nextDue, plus(8000), "backoff of the longer interval");
  const year = nextFetchState(null, ok({ maxAgeSeconds: 365 * 86400 }), options);
  assert.equal(year.nextDue, plus(86400), "an absurd max-age is capped at a day");
});

test("410 marks the feed gone; gone feeds are never due, even forced", () => {
  const gone = nextFetchState(null, { ...base, status: 410, kind: "gone" }, options);
  assert.equal(gone.gone, true);
  assert.equal(gone.nextDue, null);
  assert.match(gone.lastError ?? "", /410 Gone/);
  assert.equal(isDue(gone, now, false), false);
  assert.equal(isDue(gone, now, true), false);
});

test("a permanent redirect sets movedTo; fetching the new URL keeps it; a plain success clears it", () => {
  const moved = nextFetchState(null, ok({ movedTo: "https://new.example/feed" }), options);
  assert.equal(moved.movedTo, "https://new.example/feed");
  const atNew = nextFetchState(
    { ...moved, url: "https://new.example/feed" },
    ok({ url: "https://new.example/feed", finalUrl: "https://new.example/feed" }),
    options,
  );
  assert.equal(atNew.movedTo, "https://new.example/feed");
  assert.equal(nextFetchState(moved, ok(), options).movedTo, null);
  assert.equal(
    nextFetchState(moved, error("HTTP 500"), options).movedTo,
    "https://new.example/feed",
  );
});

test("isDue: new feeds are due, scheduled ones when their time comes, forced ones always", () => {
  assert.equal(isDue(null, now, false), true);
  const state = nextFetchState(null, ok(), options);
  assert.equal(isDue(state, now, false), false);
  assert.equal(isDue(state, new Date(now.getTime() + 1800_000), false), true);
  assert.equal(isDue(state, now, true), true);
  assert.equal(isDue({ ...state, nextDue: null }, now, false), true);
});
