/** A real Atom feed written by Jekyll (real/jekyll-elouworld.atom.xml): four entries, read exactly. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { parseFeed } from "../../src/parse/index.js";
import { assertShape } from "./assertions.js";

const body = readFileSync(
  new URL("../fixtures/parse/real/jekyll-elouworld.atom.xml", import.meta.url),
);
const parsed = parseFeed({
  body,
  url: "https://elou.world/feed.xml",
  contentType: "application/atom+xml",
});

test("the Jekyll feed is well-formed Atom 1.0 with its metadata", () => {
  assertShape(parsed);
  assert.equal(parsed.error, null);
  assert.equal(parsed.format, "atom10");
  assert.equal(parsed.wellFormed, true);
  assert.deepEqual(parsed.warnings, []);
  assert.equal(parsed.encoding, "utf-8");
  assert.equal(parsed.feed.title, "Elouworld");
  assert.equal(parsed.feed.subtitle, "Exagone313 - blog");
  assert.equal(parsed.feed.link, "https://elou.world/");
  assert.equal(parsed.feed.id, "https://elou.world/feed.xml");
  assert.equal(parsed.feed.updated, "2026-06-05T20:52:49Z");
  assert.equal(parsed.feed.generator, "Jekyll");
  assert.equal(parsed.feed.author?.name, "Elouan Martinet");
  assert.deepEqual(
    parsed.feed.links.map((l) => [l.rel, l.href]),
    [
      ["self", "https://elou.world/feed.xml"],
      ["alternate", "https://elou.world/"],
    ],
  );
});

test("the Jekyll feed's four entries: titles, links, dates, categories, languages", () => {
  const rows = parsed.entries.map((e) => [
    e.title,
    e.link,
    e.published,
    e.updated,
    e.categories,
    e.language,
  ]);
  assert.deepEqual(rows, [
    [
      "Alpine Linux package trigger scripts failing on CRI-O",
      "https://elou.world/en/kubernetes/crio-alpine-error-127",
      "2020-11-11T22:30:00Z",
      "2020-11-11T22:34:37Z",
      ["kubernetes"],
      null,
    ],
    [
      "Local boot on old Scaleway instances via kexec",
      "https://elou.world/en/hosting/scaleway-kexec",
      "2020-06-07T12:00:00Z",
      "2025-09-14T23:11:25Z",
      ["hosting"],
      null,
    ],
    [
      "WireGuard (via systemd-networkd)",
      "https://elou.world/en/tutorial/wireguard",
      "2019-10-25T18:00:00Z",
      "2025-09-14T23:11:25Z",
      ["tutorial"],
      null,
    ],
    [
      "La fin de l’anonymat sur l’Internet français",
      "https://elou.world/fr/politique/fin-anonymat-internet-francais",
      "2019-02-08T02:00:00Z",
      "2025-09-14T23:11:25Z",
      ["politique"],
      null,
    ],
  ]);
});

test("the Jekyll entries carry ids, authors, HTML content and a base", () => {
  for (const e of parsed.entries) {
    assert.equal(e.id, e.link);
    assert.equal(e.author?.name, "Elouan Martinet");
    assert.ok(e.content?.startsWith("<"), "content is HTML");
    assert.ok(e.summary !== null && !e.summary.includes("<"), "Jekyll's summary is plain text");
    assert.equal(e.base, e.link);
  }
});
