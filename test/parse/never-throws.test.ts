/**
 * Property: parseFeed never throws and always returns the model's shape, for random bytes,
 * random feed-like markup, and mutations (cuts, splices, byte flips) of real fixtures.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { parseFeed } from "../../src/parse/index.js";
import { assertShape } from "./assertions.js";

const SEED = 20241105;
const dir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const fixtures = readdirSync(dir)
  .filter((n) => /\.(xml|json|html)$/.test(n) && !n.endsWith(".expected.json"))
  .map((n) => readFileSync(dir + n));

const TOKENS = [
  '<?xml version="1.0"?>',
  '<rss version="2.0">',
  "</rss>",
  "<channel>",
  "</channel>",
  "<item>",
  "</item>",
  "<title>",
  "</title>",
  '<feed xmlns="http://www.w3.org/2005/Atom">',
  "</feed>",
  "<entry>",
  "</entry>",
  '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">',
  "</div></content>",
  '<link href="../x"/>',
  'xml:base="::bad"',
  "<![CDATA[",
  "]]>",
  "&amp;",
  "&nbsp;",
  "&",
  "<",
  "&#0;",
  "&#xD800;",
  '<!DOCTYPE rss [<!ENTITY a "&a;">]>',
  "&a;",
  "<dc:creator>",
  "<media:content url='x'/>",
  "<pubDate>Mon, 32 Foo 2019</pubDate>",
  '{"version":"https://jsonfeed.org/version/1.1","items":[',
  '{"id":1,"title":null,"authors":"x"}',
  "]}",
  "text",
  "\u0000",
  "\uFEFF",
];

function check(body: Uint8Array, url: string | null, contentType: string | null): void {
  let parsed: ReturnType<typeof parseFeed> | undefined;
  assert.doesNotThrow(() => {
    parsed = parseFeed({ body, url, contentType });
  });
  if (parsed) assertShape(parsed, false);
}

const urls = fc.constantFrom(null, "https://example.org/feed", "file:///tmp/feed.xml", "not a url");
const contentTypes = fc.constantFrom(
  null,
  "text/xml; charset=utf-16",
  "application/rss+xml; charset=bogus",
);

test(`parseFeed never throws on random bytes (seed ${SEED})`, () => {
  console.log(`fast-check seed: ${SEED}`);
  fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), urls, contentTypes, check), {
    seed: SEED,
    numRuns: 300,
  });
});

test(`parseFeed never throws on random feed-like markup (seed ${SEED})`, () => {
  const markup = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 20 })), {
    maxLength: 80,
  });
  fc.assert(
    fc.property(markup, urls, contentTypes, (parts, url, ct) => {
      check(new TextEncoder().encode(parts.join("")), url, ct);
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test(`parseFeed never throws on mutated fixtures (seed ${SEED})`, () => {
  const mutation = fc.record({
    which: fc.nat(fixtures.length - 1),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom(...TOKENS),
    flip: fc.integer({ min: 0, max: 255 }),
  });
  fc.assert(
    fc.property(mutation, urls, (m, url) => {
      const src = fixtures[m.which];
      const end = Math.floor(src.length * (0.5 + m.cut / 2));
      const at = Math.floor(end * m.at);
      const body = Buffer.concat([
        src.subarray(0, at),
        Buffer.from(m.insert),
        src.subarray(at, end),
      ]);
      if (body.length > 0) body[Math.floor(body.length * m.cut) % body.length] ^= m.flip;
      check(body, url, null);
    }),
    { seed: SEED, numRuns: 400 },
  );
});
