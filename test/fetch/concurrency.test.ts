/** Concurrency: the per-host limit seen by a real server, and the limiter's ordering. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createFetcher, type Fetcher } from "../../src/fetch/index.js";
import { createLimiter } from "../../src/fetch/limiter.js";
import { type FeedServer, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

let server: FeedServer;
let fetcher: Fetcher;

before(async () => {
  server = await startFeedServer();
  fetcher = createFetcher(testSettings({ concurrency: 16, perHostConcurrency: 2 }));
});
after(async () => {
  await fetcher.close();
  await server.close();
});

test("ten feeds on one host never have more than two requests in flight there", async () => {
  for (let i = 0; i < 10; i++) server.route(`/feed/${i}.xml`, serveFeed(ATOM, { delayMs: 30 }));
  const outcomes = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      fetcher.fetch({ url: server.url(`/feed/${i}.xml`) }, null),
    ),
  );
  assert.deepEqual(
    outcomes.map((o) => o.kind),
    Array(10).fill("ok"),
  );
  assert.equal(server.requests.length, 10);
  assert.ok(server.maxInFlight() <= 2, `max in flight ${server.maxInFlight()}`);
  assert.equal(server.maxInFlight(), 2, "the two slots are used");
});

/** Tracks how many holders a limiter lets in at once, per host and overall. */
function tracker() {
  const active = new Map<string, number>();
  const peak = new Map<string, number>();
  let total = 0;
  let totalPeak = 0;
  return {
    enter(host: string) {
      active.set(host, (active.get(host) ?? 0) + 1);
      peak.set(host, Math.max(peak.get(host) ?? 0, active.get(host) ?? 0));
      totalPeak = Math.max(totalPeak, ++total);
    },
    leave(host: string) {
      active.set(host, (active.get(host) ?? 0) - 1);
      total--;
    },
    peak: (host: string) => peak.get(host) ?? 0,
    totalPeak: () => totalPeak,
  };
}

test("the limiter keeps both limits and serves each host in arrival order", async () => {
  const limiter = createLimiter(3, 2);
  const seen = tracker();
  const order: string[] = [];
  const jobs = ["a1", "a2", "a3", "a4", "b1", "b2", "c1", "a5", "b3"].map(async (name) => {
    const host = name[0];
    const release = await limiter.acquire(host);
    order.push(name);
    seen.enter(host);
    await new Promise((resolve) => setImmediate(resolve));
    seen.leave(host);
    release();
    release(); // a second release is harmless
  });
  await Promise.all(jobs);
  assert.ok(seen.totalPeak() <= 3, `global peak ${seen.totalPeak()}`);
  for (const host of ["a", "b", "c"])
    assert.ok(seen.peak(host) <= 2, `${host} peak ${seen.peak(host)}`);
  const started = (prefix: string) => order.filter((n) => n.startsWith(prefix));
  assert.deepEqual(started("a"), ["a1", "a2", "a3", "a4", "a5"]);
  assert.deepEqual(started("b"), ["b1", "b2", "b3"]);
  assert.equal(order.length, 9);
});
