/** TLS failures are reported with their cause. */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { createFetcher } from "../../src/fetch/index.js";
import { selfSignedCertificate, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

test("a self-signed certificate is a TLS error naming the cause", async () => {
  const dir = await mkdtemp(join(tmpdir(), "orrery-tls-"));
  const server = await startFeedServer("127.0.0.1", selfSignedCertificate(dir));
  server.route("/feed.xml", serveFeed(ATOM));
  const fetcher = createFetcher(testSettings());
  try {
    const outcome = await fetcher.fetch({ url: server.url("/feed.xml") }, null);
    assert.equal(outcome.kind, "error");
    assert.equal(
      outcome.kind === "error" ? outcome.reason : "",
      "TLS error: self-signed certificate (DEPTH_ZERO_SELF_SIGNED_CERT)",
    );
    assert.equal(server.requestsTo("/feed.xml").length, 0);
  } finally {
    await fetcher.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
