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

test("hashes do not change between versions: stored rows are compared with them", () => {
  // Values written by earlier versions; a new way of computing them must give the same ones,
  // or every stored entry would read as edited (fields) or lose its copies elsewhere (content).
  const entry = post(2, { content: '<p>Caf\u00e9 "quoted" &amp; <b>bold</b></p>' });
  assert.equal(
    contentHash(entry),
    "fffbc5441b9408adb6e87dcc592272a5b42ffdff8b937179028bd5f702e1e4d7",
  );
  assert.equal(
    fieldsHash(entry),
    "a9ff22e58c3449c4f42e651606597fb7e47fa85e4640ab376245827742f1ecf2",
  );
  assert.equal(
    fieldsHash(entry, false),
    "cd8610c783398293ff9557f3913312babd6313615409b345e9e4e47708b37526",
  );
});
