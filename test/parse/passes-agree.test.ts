/**
 * The tolerant pass reads a well-formed document exactly as the strict pass does: same feed,
 * same entries. This is what lets the entries the strict pass read before it failed stand, so
 * that the tolerant pass need not build them again.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { openFeedText } from "../../src/parse/encoding/index.js";
import { createFeedCollector } from "../../src/parse/feed-collector.js";
import { parseFeed } from "../../src/parse/index.js";
import { readDoctype } from "../../src/parse/xml/doctype.js";
import { parseTolerant } from "../../src/parse/xml/tolerant.js";

const dir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const fixtures = readdirSync(dir).filter((n) => n.endsWith(".xml"));

/** The fixture read by the tolerant pass alone. */
function readTolerantly(body: Buffer, url: string) {
  const { chunks } = openFeedText(body, null);
  const collector = createFeedCollector(url);
  parseTolerant(chunks, readDoctype(chunks), collector);
  return collector.finish();
}

function read(name: string) {
  const input = {
    body: readFileSync(dir + name),
    url: `https://example.org/${name}`,
    contentType: null,
  };
  return { parsed: parseFeed(input), tolerant: readTolerantly(input.body, input.url) };
}

test("the tolerant pass reads every well-formed fixture as the strict pass does", () => {
  let compared = 0;
  for (const name of fixtures) {
    const { parsed: strict, tolerant } = read(name);
    if (!strict.wellFormed || strict.error !== null) continue;
    assert.equal(tolerant.kind, "feed", name);
    if (tolerant.kind !== "feed") continue;
    const { format, feed, entries } = tolerant;
    assert.deepEqual(
      { format, feed, entries },
      { format: strict.format, feed: strict.feed, entries: strict.entries },
      name,
    );
    compared++;
  }
  assert.ok(compared >= 30, `only ${compared} well-formed fixtures`);
});

test("entries kept from a failed strict pass are those the tolerant pass alone reads", () => {
  let compared = 0;
  for (const name of fixtures) {
    const { parsed, tolerant } = read(name);
    if (parsed.wellFormed || parsed.error !== null || tolerant.kind !== "feed") continue;
    assert.deepEqual(parsed.entries, tolerant.entries, name);
    // The entries' own warnings (unreadable dates...) come last, after the XML layer's.
    const own = parsed.warnings.slice(parsed.warnings.length - tolerant.warnings.length);
    assert.deepEqual(own, tolerant.warnings, name);
    compared++;
  }
  assert.ok(compared >= 8, `only ${compared} recovered fixtures`);
});

test("so too for a well-formed fixture with a token spliced in anywhere (fast-check)", () => {
  const xml = fixtures.map((n) => readFileSync(dir + n));
  const splice = fc.record({
    which: fc.nat(xml.length - 1),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom("&", "<", "</item>", "</entry>", "<b>", "&nbsp;", "\u0001", "]]>"),
  });
  fc.assert(
    fc.property(splice, ({ which, at, insert }) => {
      const src = xml[which];
      const cut = Math.floor(src.length * at);
      const body = Buffer.concat([src.subarray(0, cut), Buffer.from(insert), src.subarray(cut)]);
      const parsed = parseFeed({ body, url: "https://example.org/f", contentType: null });
      const tolerant = readTolerantly(body, "https://example.org/f");
      if (parsed.wellFormed || tolerant.kind !== "feed") return true;
      assert.deepEqual(parsed.entries, tolerant.entries);
      return true;
    }),
    { seed: 20261201, numRuns: 400 },
  );
});

test("both passes normalize line ends and attribute whitespace alike", () => {
  const xml =
    '<rss version="2.0"><channel><title>t</title>\r\n<item><title>a</title><link>http://e.org/\r\n1</link>\r\n<description><![CDATA[one\r\ntwo\rthree]]>\r\nfour\r\n</description><enclosure url="http://e.org/a.mp3" type="audio/mpeg\r\n\t"/></item></channel></rss>';
  const body = Buffer.from(xml);
  const strict = parseFeed({ body, url: null, contentType: null });
  assert.equal(strict.wellFormed, true);
  const broken = parseFeed({
    body: Buffer.from(xml.replace("<title>t</title>", "<title>t &</title>")),
    url: null,
    contentType: null,
  });
  assert.equal(broken.wellFormed, false);
  assert.deepEqual(broken.entries, strict.entries);
  assert.equal(strict.entries[0].summary, "<p>one<br>\ntwo<br>\nthree<br>\nfour</p>");
});
