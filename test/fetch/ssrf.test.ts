/** The private-address guard (fetch.allow_private_addresses: false), at connect time and per hop. */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createFetcher, isPrivateAddress } from "../../src/fetch/index.js";
import type { FetchOutcome } from "../../src/model.js";
import { type FeedServer, redirect, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { ATOM, testSettings } from "./settings.js";

let server: FeedServer;

before(async () => {
  server = await startFeedServer();
  server.route("/feed.xml", serveFeed(ATOM));
});
after(() => server.close());

function reason(outcome: FetchOutcome): string {
  return outcome.kind === "error" ? outcome.reason : `(${outcome.kind})`;
}

test("a literal private address is refused before any request", async () => {
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: false }));
  const outcome = await fetcher.fetch({ url: server.url("/feed.xml") }, null);
  await fetcher.close();
  assert.equal(
    reason(outcome),
    "refused: 127.0.0.1 is a private address (fetch.allow_private_addresses is false)",
  );
  assert.equal(server.requestsTo("/feed.xml").length, 0);
});

test("a name resolving to a private address is refused at connect time", async () => {
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: false }));
  const outcome = await fetcher.fetch({ url: `http://localhost:${server.port}/feed.xml` }, null);
  await fetcher.close();
  assert.match(
    reason(outcome),
    /^refused: localhost resolves to (127\.0\.0\.1|::1), which is a private address/,
  );
  assert.equal(server.requestsTo("/feed.xml").length, 0);
});

test("a redirect hop to a private address is refused", async () => {
  // 127.0.0.1 stands in for a public host here; the hop goes to another loopback address.
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: false }), {
    exemptAddresses: ["127.0.0.1"],
  });
  server.route("/to-internal", redirect(302, `http://127.0.0.2:${server.port}/feed.xml`));
  const literal = await fetcher.fetch({ url: server.url("/to-internal") }, null);
  await fetcher.close();
  assert.equal(server.requestsTo("/to-internal").length, 1);
  assert.equal(
    reason(literal),
    "refused: 127.0.0.2 is a private address (fetch.allow_private_addresses is false)",
  );
  assert.equal(server.requestsTo("/feed.xml").length, 0);
});

test("with the guard off, private addresses are fetched", async () => {
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: true }));
  const outcome = await fetcher.fetch({ url: server.url("/feed.xml") }, null);
  await fetcher.close();
  assert.equal(outcome.kind, "ok");
});

test("isPrivateAddress knows the ranges", () => {
  const privates = [
    "127.0.0.1",
    "127.255.0.9",
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "100.127.255.255",
    "0.0.0.0",
    "::1",
    "::",
    "fc00::1",
    "fd12:3456::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:10.0.0.1",
    "[::1]",
  ];
  const publics = [
    "93.184.216.34",
    "8.8.8.8",
    "172.32.0.1",
    "100.128.0.1",
    "2606:4700::1111",
    "not-an-ip",
  ];
  for (const address of privates) assert.equal(isPrivateAddress(address), true, address);
  for (const address of publics) assert.equal(isPrivateAddress(address), false, address);
});
