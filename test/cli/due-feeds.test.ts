import assert from "node:assert/strict";
import { test } from "node:test";
import { hostTurns } from "../../src/cli/due-feeds.js";

test("feeds start in turns over their hosts, each host's feeds in their own order", () => {
  const urls = ["http://a/1", "http://a/2", "http://b/1", "http://a/3", "https://c/1", "x"];
  assert.deepEqual(hostTurns(urls), [0, 2, 4, 5, 1, 3]);
  assert.deepEqual(hostTurns([]), []);
});
