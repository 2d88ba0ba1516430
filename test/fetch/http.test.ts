/** HTTP fetches against a real server: validators, compression, headers and status outcomes. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { createFetcher, type Fetcher } from "../../src/fetch/index.js";
import type { FetchOutcome } from "../../src/model.js";
import { type FeedServer, respond, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

let server: FeedServer;
let fetcher: Fetcher;

before(async () => {
  server = await startFeedServer();
  fetcher = createFetcher(testSettings());
});
after(async () => {
  await fetcher.close();
  await server.close();
});

function bodyText(outcome: FetchOutcome): string {
  assert.equal(outcome.kind, "ok", outcome.kind === "error" ? outcome.reason : outcome.kind);
  return outcome.kind === "ok" ? Buffer.from(outcome.body).toString("utf8") : "";
}

describe("conditional GET", () => {
  test("ETag: the second fetch sends If-None-Match and gets a 304 without a body", async () => {
    server.route("/etag.xml", serveFeed(ATOM, { etag: '"v1"' }));
    const first = await fetcher.fetch({ url: server.url("/etag.xml") }, null);
    assert.equal(bodyText(first), ATOM);
    assert.equal(first.etag, '"v1"');
    assert.equal(first.status, 200);
    const state = { ...emptyState(server.url("/etag.xml")), etag: first.etag };
    const second = await fetcher.fetch({ url: server.url("/etag.xml") }, state);
    assert.equal(second.kind, "not-modified");
    assert.equal(second.status, 304);
    assert.equal("body" in second, false);
    const seen = server.requestsTo("/etag.xml");
    assert.equal(seen.length, 2);
    assert.equal(seen[0].headers["if-none-match"], undefined);
    assert.equal(seen[1].headers["if-none-match"], '"v1"');
    assert.equal(seen[1].status, 304);
  });

  test("Last-Modified: sent back as If-Modified-Since", async () => {
    const date = "Mon, 01 Jan 2024 00:00:00 GMT";
    server.route("/lm.xml", serveFeed(ATOM, { lastModified: date }));
    const first = await fetcher.fetch({ url: server.url("/lm.xml") }, null);
    assert.equal(first.lastModified, date);
    const state = { ...emptyState(server.url("/lm.xml")), lastModified: date };
    const second = await fetcher.fetch({ url: server.url("/lm.xml") }, state);
    assert.equal(second.kind, "not-modified");
    assert.equal(server.requestsTo("/lm.xml")[1].headers["if-modified-since"], date);
  });
});

describe("compression", () => {
  for (const encoding of ["gzip", "br", "deflate", "deflate-raw"] as const) {
    test(`a ${encoding} body is decompressed`, async () => {
      const path = `/${encoding}.xml`;
      server.route(path, serveFeed(ATOM, { encoding }));
      assert.equal(bodyText(await fetcher.fetch({ url: server.url(path) }, null)), ATOM);
      assert.equal(server.requestsTo(path)[0].headers["accept-encoding"], "gzip, deflate, br");
    });
  }

  test("an unknown Content-Encoding is an error", async () => {
    server.route("/zstd.xml", respond(200, { "content-encoding": "zstd" }, "xx"));
    const outcome = await fetcher.fetch({ url: server.url("/zstd.xml") }, null);
    assert.equal(outcome.kind, "error");
    assert.match(
      outcome.kind === "error" ? outcome.reason : "",
      /unsupported Content-Encoding: zstd/,
    );
  });

  test("a corrupt gzip body is an error, not a throw", async () => {
    server.route("/bad.gz", respond(200, { "content-encoding": "gzip" }, "this is not gzip"));
    const outcome = await fetcher.fetch({ url: server.url("/bad.gz") }, null);
    assert.equal(outcome.kind, "error");
    assert.match(outcome.kind === "error" ? outcome.reason : "", /could not decompress/);
  });
});

describe("request headers", () => {
  test("Accept prefers feeds; User-Agent from settings, or from the request", async () => {
    server.route("/headers.xml", serveFeed(ATOM));
    await fetcher.fetch({ url: server.url("/headers.xml") }, null);
    await fetcher.fetch(
      { url: server.url("/headers.xml"), userAgent: "Custom/1.0", headers: { "X-Token": "t" } },
      null,
    );
    const [plain, custom] = server.requestsTo("/headers.xml");
    assert.match(plain.headers.accept ?? "", /^application\/atom\+xml, application\/rss\+xml, /);
    assert.match(plain.headers.accept ?? "", /\*\/\*;q=0\.1$/);
    assert.equal(plain.headers["user-agent"], "Orrery/test (+https://planet.example.org/)");
    assert.equal(custom.headers["user-agent"], "Custom/1.0");
    assert.equal(custom.headers["x-token"], "t");
  });

  test("the content type is reported with the body, even when it is not a feed type", async () => {
    server.route("/page.html", serveFeed("<html></html>", { contentType: "text/html" }));
    const outcome = await fetcher.fetch({ url: server.url("/page.html") }, null);
    assert.equal(outcome.kind, "ok");
    assert.equal(outcome.kind === "ok" ? outcome.contentType : null, "text/html");
  });
});

describe("status outcomes", () => {
  test("404 is an error in plain words", async () => {
    server.route("/missing.xml", respond(404, {}, "nope"));
    const outcome = await fetcher.fetch({ url: server.url("/missing.xml") }, null);
    assert.equal(outcome.kind, "error");
    assert.equal(outcome.status, 404);
    assert.equal(outcome.kind === "error" ? outcome.reason : "", "HTTP 404 Not Found");
  });

  test("500 is an error", async () => {
    server.route("/broken.xml", respond(500));
    const outcome = await fetcher.fetch({ url: server.url("/broken.xml") }, null);
    assert.equal(outcome.kind === "error" ? outcome.reason : "", "HTTP 500 Internal Server Error");
  });

  test("410 is gone", async () => {
    server.route("/gone.xml", respond(410));
    const outcome = await fetcher.fetch({ url: server.url("/gone.xml") }, null);
    assert.equal(outcome.kind, "gone");
    assert.equal(outcome.status, 410);
  });

  test("429 with Retry-After in seconds", async () => {
    server.route("/busy.xml", respond(429, { "retry-after": "120" }));
    const outcome = await fetcher.fetch({ url: server.url("/busy.xml") }, null);
    assert.equal(outcome.kind, "error");
    assert.equal(outcome.retryAfterSeconds, 120);
    assert.match(outcome.kind === "error" ? outcome.reason : "", /^HTTP 429 Too Many Requests/);
  });

  test("503 with Retry-After as an HTTP date", async () => {
    const later = new Date(Date.now() + 3600_000).toUTCString();
    server.route("/down.xml", respond(503, { "retry-after": later }));
    const outcome = await fetcher.fetch({ url: server.url("/down.xml") }, null);
    assert.equal(outcome.kind, "error");
    const seconds = outcome.retryAfterSeconds ?? 0;
    assert.ok(seconds > 3500 && seconds <= 3600, String(seconds));
  });

  test("Cache-Control max-age is reported", async () => {
    server.route(
      "/cached.xml",
      serveFeed(ATOM, { headers: { "cache-control": "public, max-age=7200" } }),
    );
    const outcome = await fetcher.fetch({ url: server.url("/cached.xml") }, null);
    assert.equal(outcome.maxAgeSeconds, 7200);
  });

  test("an unsupported scheme and a malformed URL are errors", async () => {
    const ftp = await fetcher.fetch({ url: "ftp://example.org/feed" }, null);
    assert.equal(ftp.kind === "error" ? ftp.reason : "", "unsupported URL scheme: ftp:");
    const bad = await fetcher.fetch({ url: "http://exa mple.org/" }, null);
    assert.match(bad.kind === "error" ? bad.reason : "", /^invalid URL/);
  });
});

function emptyState(url: string) {
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
