import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { page, renderReference, textOf } from "./site.js";

describe("the health report", async () => {
  const site = await renderReference();

  it("health.json lists every feed, failing first, with the facts", () => {
    const health = JSON.parse(site.get("health.json") ?? "");
    assert.equal(health.total, 6);
    assert.equal(health.failing, 1);
    const first = health.feeds[0];
    assert.equal(first.person.id, "lordvan");
    assert.equal(first.status, "failing");
    assert.equal(first.consecutive_failures, 3);
    assert.equal(first.last_error, "the server answered 500 Internal Server Error");
    assert.equal(first.last_success, "2019-10-12T10:00:00Z");
    assert.equal(health.feeds[1].status, "moved");
    assert.equal(health.feeds[1].moved_to, "https://elou.example.org/feed.xml");
    for (const feed of health.feeds) {
      for (const key of ["url", "entry_count", "last_post", "gone", "last_error"])
        assert.ok(key in feed, key);
    }
  });

  it("health.html shows the failing feed first, its error in plain words", () => {
    const html = page(site.get("health.html") ?? "");
    const feeds = html.byClass("feed-health");
    assert.equal(feeds.length, 6);
    assert.match(feeds[0].attribs.class, /status-failing/);
    assert.match(textOf(feeds[0]), /the server answered 500 Internal Server Error/);
    assert.match(textOf(feeds[0]), /Consecutive failures 3/);
  });
});
