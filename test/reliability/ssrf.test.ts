/**
 * The private-address guard (fetch.allow_private_addresses: false) against the ways a feed URL
 * or a redirect can spell a private address, from the config down to the health page. Every
 * address is refused before a connection is made, so none of them sees a packet.
 */
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { createFetcher } from "../../src/fetch/index.js";
import type { FetchOutcome } from "../../src/model.js";
import { testSettings } from "../fetch/settings.js";
import { type FeedServer, redirect, serveFeed, startFeedServer } from "../helpers/feed-server.js";
import { atomFeed } from "./faults.js";
import { makePlanet, readHealth, refreshAndBuild } from "./planet-dir.js";

const GUARD = "is a private address (fetch.allow_private_addresses is false)";
let server: FeedServer;

before(async () => {
  server = await startFeedServer();
  server.route("/feed.xml", serveFeed(atomFeed("ssrf")));
});
after(() => server.close());

function reason(outcome: FetchOutcome): string {
  return outcome.kind === "error" ? outcome.reason : `(${outcome.kind})`;
}

test("every spelling of a loopback address in a feed URL is refused without a request", async () => {
  const port = server.port;
  const spellings: [string, string][] = [
    [`http://127.0.0.1:${port}/feed.xml`, "127.0.0.1"],
    [`http://2130706433:${port}/feed.xml`, "127.0.0.1"],
    [`http://0x7f000001:${port}/feed.xml`, "127.0.0.1"],
    [`http://127.1:${port}/feed.xml`, "127.0.0.1"],
    [`http://0177.0.0.1:${port}/feed.xml`, "127.0.0.1"],
    [`http://0.0.0.0:${port}/feed.xml`, "0.0.0.0"],
    [`http://[::1]:${port}/feed.xml`, "::1"],
    [`http://[::ffff:127.0.0.1]:${port}/feed.xml`, "::ffff:7f00:1"],
    [`http://localhost:${port}/feed.xml`, "localhost resolves to"],
  ];
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: false }));
  try {
    for (const [url, shown] of spellings) {
      const outcome = await fetcher.fetch({ url }, null);
      assert.match(
        reason(outcome),
        new RegExp(
          `^refused: ${shown.replace(/[.[\]]/g, "\\$&")}.* ${GUARD.replace(/[.()]/g, "\\$&")}$`,
        ),
        url,
      );
    }
  } finally {
    await fetcher.close();
  }
  assert.equal(server.requestsTo("/feed.xml").length, 0);
});

test("every redirect hop is checked: loopback, private, link-local and CGNAT targets", async () => {
  // 127.0.0.1 stands in for a public host; each redirect then points inside. (A name at a hop
  // goes through the same connect-time lookup as a first request: test/fetch/ssrf.test.ts.)
  const targets = [
    "127.0.0.2",
    "10.0.0.1",
    "172.16.5.4",
    "192.168.1.1",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "[::1]",
    "[fd00::1]",
    "[fe80::1]",
  ];
  const fetcher = createFetcher(testSettings({ allowPrivateAddresses: false }), {
    exemptAddresses: ["127.0.0.1"],
  });
  try {
    for (const [i, target] of targets.entries()) {
      server.route(`/hop-${i}`, redirect(302, `/hop-${i}b`));
      server.route(`/hop-${i}b`, redirect(301, `http://${target}:${server.port}/feed.xml`));
      const outcome = await fetcher.fetch({ url: server.url(`/hop-${i}`) }, null);
      const shown = target.replace(/^\[|\]$/g, "");
      assert.equal(reason(outcome), `refused: ${shown} ${GUARD}`, target);
      assert.equal(server.requestsTo(`/hop-${i}b`).length, 1, "the hops before were followed");
    }
  } finally {
    await fetcher.close();
  }
  assert.equal(server.requestsTo("/feed.xml").length, 0);
});

test("from the config to health.json: refused with the reason, fetched when allowed", async () => {
  for (const allow of [false, true]) {
    const planet = await makePlanet(
      [server.url("/feed.xml")],
      `fetch: { allow_private_addresses: ${allow} }\n`,
    );
    try {
      await refreshAndBuild(planet);
      const row = (await readHealth(planet.output)).get(server.url("/feed.xml"));
      if (allow) assert.equal(row?.status, "ok");
      else assert.equal(row?.last_error, `refused: 127.0.0.1 ${GUARD}`);
    } finally {
      await planet.remove();
    }
  }
  assert.equal(server.requestsTo("/feed.xml").length, 1, "only the allowed run fetched");
});
