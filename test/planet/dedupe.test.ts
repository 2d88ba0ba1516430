/** The same post through two feeds, shown once: canonical links and content hashes. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { PlanetEntry } from "../../src/model.js";
import { parsedCanonicalLink } from "../../src/planet/canonical-link.js";
import { canonicalLink, dedupeEntries } from "../../src/planet/index.js";
import { storedEntry } from "./helpers.js";

test("canonical links ignore scheme, host case, default ports, trailing slash, utm_* and fragment", () => {
  const key = "blog.example.org/2019/10/post";
  for (const link of [
    "https://blog.example.org/2019/10/post/",
    "http://BLOG.example.org/2019/10/post",
    "https://blog.example.org:443/2019/10/post#comments",
    "http://blog.example.org:80/2019/10/post/?utm_source=rss&utm_medium=feed",
    "https://blog.example.org:80/2019/10/post?UTM_Campaign=x",
  ]) {
    assert.equal(canonicalLink(link), key, link);
  }
});

test("canonical links keep what names another page", () => {
  assert.equal(canonicalLink("https://blog.example.org:8080/a"), "blog.example.org:8080/a");
  assert.equal(
    canonicalLink("https://blog.example.org/?p=12&utm_source=x"),
    "blog.example.org?p=12",
  );
  assert.notEqual(
    canonicalLink("https://blog.example.org/?p=12"),
    canonicalLink("https://blog.example.org/?p=13"),
  );
  assert.notEqual(
    canonicalLink("https://blog.example.org/A"),
    canonicalLink("https://blog.example.org/a"),
  );
  assert.equal(canonicalLink("mailto:someone@example.org"), null);
  assert.equal(canonicalLink("not a url"), null);
  assert.equal(canonicalLink(null), null);
});

const wrap = (fields: Parameters<typeof storedEntry>[0]) => ({ entry: storedEntry(fields) });

test("same link through two feeds: the earliest seen copy stays, whatever the input order", () => {
  const late = wrap({
    feedUrl: "https://a.example/category/gentoo/feed",
    key: "late",
    link: "http://a.example/post?utm_source=rss",
    date: "2019-04-24T05:00:00Z",
    firstSeen: "2019-04-24T06:00:00Z",
    content: "<p>one</p>",
  });
  const early = wrap({
    feedUrl: "https://a.example/feed",
    key: "early",
    link: "https://a.example/post/",
    date: "2019-04-24T05:00:00Z",
    firstSeen: "2019-04-24T05:10:00Z",
    content: "<p>one, edited</p>",
  });
  assert.deepEqual(
    dedupeEntries([late, early]).map((i) => i.entry.key),
    ["early"],
  );
  assert.deepEqual(
    dedupeEntries([early, late]).map((i) => i.entry.key),
    ["early"],
  );
});

test("same content hash under different links (a shared blog of two people) is shown once", () => {
  const content = "<p>GNOME 3.30 is now available in Gentoo Linux testing branch.</p>";
  const a = wrap({
    feedUrl: "https://news.example/feed",
    key: "news",
    link: "https://news.example/gnome",
    date: "2019-03-27T00:00:00Z",
    title: "GNOME",
    content,
  });
  const b = wrap({
    feedUrl: "https://leio.example/feed",
    key: "leio",
    link: "https://leio.example/gnome",
    date: "2019-03-26T16:51:00Z",
    title: "GNOME",
    content,
  });
  assert.equal(a.entry.contentHash, b.entry.contentHash);
  assert.deepEqual(
    dedupeEntries([a, b]).map((i) => i.entry.key),
    ["leio"],
  );
});

test("entries without content are never merged by their (equal) hash", () => {
  const a = wrap({
    feedUrl: "https://x.example/feed",
    key: "a",
    link: "https://x.example/1",
    date: "2020-01-01T00:00:00Z",
  });
  const b = wrap({
    feedUrl: "https://x.example/feed",
    key: "b",
    link: "https://x.example/2",
    date: "2020-01-02T00:00:00Z",
  });
  const c = wrap({
    feedUrl: "https://x.example/feed",
    key: "c",
    link: null,
    date: "2020-01-03T00:00:00Z",
    content: "<p> </p>",
  });
  const d = wrap({
    feedUrl: "https://x.example/feed",
    key: "d",
    link: null,
    date: "2020-01-04T00:00:00Z",
    content: "<p></p>",
  });
  assert.equal(a.entry.contentHash, b.entry.contentHash);
  assert.equal(dedupeEntries([a, b, c, d]).length, 4);
});

test("copies chain: a matches b by link, b matches c by content, so one remains", () => {
  const a = wrap({
    feedUrl: "https://f.example/1",
    key: "a",
    link: "https://p.example/x",
    date: "2020-01-01T00:00:00Z",
    firstSeen: "2020-01-01T00:00:00Z",
    content: "<p>first</p>",
  });
  const b = wrap({
    feedUrl: "https://f.example/2",
    key: "b",
    link: "https://p.example/x/",
    date: "2020-01-01T00:00:00Z",
    firstSeen: "2020-01-01T01:00:00Z",
    content: "<p>second</p>",
  });
  const c = wrap({
    feedUrl: "https://f.example/3",
    key: "c",
    link: "https://q.example/y",
    date: "2020-01-01T00:00:00Z",
    firstSeen: "2020-01-01T02:00:00Z",
    content: "<p>second</p>",
  });
  assert.deepEqual(
    dedupeEntries([c, b, a]).map((i) => i.entry.key),
    ["a"],
  );
});

test("property: the fast path of canonical links agrees with the URL parser", () => {
  const pick = (chars: string) => fc.constantFrom(...chars.split(""));
  const label = fc.string({ unit: pick("abcdefxyz019-"), minLength: 1, maxLength: 6 });
  const host = fc.oneof(
    fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join(".")),
    fc.constantFrom("127.1", "0x7f.1", "192.168.0.1", "Example.org", "a..b", "x.0x1f", "de"),
  );
  const path = fc.string({ unit: pick("abZ09/.-_~!$&'()*+,;=:@%2eE?#[] \\é"), maxLength: 24 });
  const link = fc
    .tuple(fc.constantFrom("http://", "https://", "HTTP://", "ftp://", " https://"), host, path)
    .map(([scheme, h, p]) => `${scheme}${h}${p}`);
  fc.assert(
    fc.property(link, (l) => {
      assert.equal(canonicalLink(l), parsedCanonicalLink(l), l);
    }),
    { numRuns: 5000 },
  );
});

// The rule as first written: every entry in preference order against everything seen before.
function dedupeByOneSort<T extends { entry: PlanetEntry }>(items: readonly T[]): T[] {
  const order = (a: PlanetEntry, b: PlanetEntry) =>
    [a.firstSeen, a.date, a.feedUrl, a.key].join("\n") <
    [b.firstSeen, b.date, b.feedUrl, b.key].join("\n")
      ? -1
      : 1;
  const preferred = items.map((item, index) => ({ item, index }));
  preferred.sort((a, b) => order(a.item.entry, b.item.entry));
  const links = new Set<string>();
  const hashes = new Set<string>();
  const kept = new Set<number>();
  for (const { item, index } of preferred) {
    const link = canonicalLink(item.entry.link);
    const hash =
      item.entry.contentHash !== "" && item.entry.facts.hasText ? item.entry.contentHash : null;
    if (!((link !== null && links.has(link)) || (hash !== null && hashes.has(hash))))
      kept.add(index);
    if (link !== null) links.add(link);
    if (hash !== null) hashes.add(hash);
  }
  return items.filter((_, index) => kept.has(index));
}

test("property: deduplicating group by group keeps what one sort of the whole river keeps", () => {
  const entry = fc.record({
    feed: fc.constantFrom("https://a.example/feed", "https://b.example/feed"),
    key: fc.integer({ min: 0, max: 30 }),
    link: fc.option(
      fc.constantFrom("https://a.example/1", "http://a.example/1/", "https://a.example/2"),
      { nil: null },
    ),
    hash: fc.constantFrom("", "h1", "h2", "h3"),
    text: fc.boolean(),
    seen: fc.integer({ min: 0, max: 3 }),
    day: fc.integer({ min: 1, max: 3 }),
  });
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 12 }), (specs) => {
      const items = specs.map((s, i) => {
        const item = wrap({
          feedUrl: s.feed,
          key: `k${s.key}-${i}`,
          link: s.link,
          date: `2019-04-0${s.day}T00:00:00Z`,
          firstSeen: `2019-04-0${s.day}T0${s.seen}:00:00Z`,
          content: s.text ? "<p>text</p>" : "",
        });
        return {
          entry: {
            ...item.entry,
            contentHash: s.hash,
            facts: { ...item.entry.facts, hasText: s.text },
          },
        };
      });
      assert.deepEqual(
        dedupeEntries(items).map((i) => i.entry.key),
        dedupeByOneSort(items).map((i) => i.entry.key),
      );
    }),
    { numRuns: 2000 },
  );
});
