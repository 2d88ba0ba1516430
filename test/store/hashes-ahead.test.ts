import assert from "node:assert/strict";
import { test } from "node:test";
import { contentHash, fieldsHash, normalizeText } from "../../src/store/hashes.js";
import { entryHashes } from "../../src/store/index.js";
import { planUpdate } from "../../src/store/plan-update.js";
import { NOW, post } from "./helpers.js";

test("hashes computed ahead are the hashes the store computes itself", () => {
  const entries = [post(1), post(2, { id: null, summary: "<p>A\u00a0 b</p>" }), post(3)];
  for (const entry of entries) {
    assert.deepEqual(entryHashes(entry), {
      content: contentHash(entry),
      fields: fieldsHash(entry),
    });
  }
  for (const untrusted of [false, true]) {
    const policy = { untrusted, churn: 0 };
    const input = { existing: [], entries, policy, now: NOW, newFeedItems: 10 };
    const ahead = planUpdate({ ...input, hashes: entries.map(entryHashes) });
    assert.deepEqual(ahead, planUpdate(input));
    // A feed whose ids are distrusted is written with the hash that leaves the id out.
    const written = ahead.inserts.map((insert) => insert.fieldsHash);
    assert.deepEqual(
      written,
      entries.map((entry) => fieldsHash(entry, !untrusted)),
    );
  }
});

test("normalized text: markup and comments gone, white space of any kind collapsed, NFC, lower case", () => {
  assert.equal(
    normalizeText("<p>Cafe\u0301 <!-- x -->\tAND\u00a0\u00a0<b>Tea</b>&nbsp;&amp;\n\u3000x </p>"),
    "caf\u00e9 and tea & x",
  );
  assert.equal(normalizeText("a b"), "a b");
  assert.equal(normalizeText(null), "");
});
