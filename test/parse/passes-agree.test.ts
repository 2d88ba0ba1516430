/**
 * The tolerant pass reads a well-formed document exactly as the strict pass does: same feed,
 * same entries. This is what lets the entries the strict pass read before it failed stand, so
 * that the tolerant pass need not build them again.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { openFeedText } from "../../src/parse/encoding/index.js";
import { createFeedCollector } from "../../src/parse/feed-collector.js";
import { parseFeed } from "../../src/parse/index.js";
import { readDoctype } from "../../src/parse/xml/doctype.js";
import { parseTolerant } from "../../src/parse/xml/tolerant.js";

const dir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const fixtures = readdirSync(dir).filter((n) => n.endsWith(".xml"));

test("the tolerant pass reads every well-formed fixture as the strict pass does", () => {
  let compared = 0;
  for (const name of fixtures) {
    const input = {
      body: readFileSync(dir + name),
      url: `https://example.org/${name}`,
      contentType: null,
    };
    const strict = parseFeed(input);
    if (!strict.wellFormed || strict.error !== null) continue;
    const { chunks } = openFeedText(input.body, null);
    const collector = createFeedCollector(input.url);
    parseTolerant(chunks, readDoctype(chunks), collector);
    const tolerant = collector.finish();
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
