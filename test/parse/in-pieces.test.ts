/**
 * A big feed is decoded and parsed piece by piece. Cutting the bytes anywhere (inside a UTF-8 or
 * UTF-16 character, an entity reference, a tag, CDATA, the DOCTYPE) must not change what is read:
 * every fixture, cut into pieces of a few bytes, reads exactly as in one piece.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import type { ParsedFeed } from "../../src/model.js";
import { openFeedText } from "../../src/parse/encoding/decode-feed.js";
import { decodeFeed, joinChunks } from "../../src/parse/encoding/index.js";
import { createFeedCollector, type FeedCollector } from "../../src/parse/feed-collector.js";
import { parseFeedInPieces } from "../../src/parse/parse-feed.js";
import { readXml } from "../../src/parse/xml/read-xml.js";

const dir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const encodingDir = `${dir}encoding/`;
const WHOLE = Number.MAX_SAFE_INTEGER;
const PIECES = [1, 2, 3, 7, 64];

function files(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((d) => d.isFile() && !d.name.endsWith(".json") && !d.name.endsWith(".md"))
    .map((d) => d.name)
    .sort();
}

/**
 * The result without the strict parser's error positions: saxes reports text outside the root
 * at its first character or at its end, depending on where the text was cut.
 */
function comparable(parsed: ParsedFeed): ParsedFeed {
  return { ...parsed, warnings: parsed.warnings.map((w) => w.replace(/\(\d+:\d+: /, "(")) };
}

for (const name of files(dir)) {
  test(`fixture ${name} reads the same in pieces`, () => {
    const input = {
      body: readFileSync(dir + name),
      url: `https://example.org/${name}`,
      contentType: null,
    };
    const whole = comparable(parseFeedInPieces(input, WHOLE));
    for (const size of PIECES) {
      assert.deepEqual(comparable(parseFeedInPieces(input, size)), whole, `${size}-byte pieces`);
    }
  });
}

test("every encoding fixture decodes the same in pieces", () => {
  for (const name of files(encodingDir)) {
    const body = new Uint8Array(readFileSync(encodingDir + name));
    const whole = decodeFeed(body, null);
    for (const size of PIECES) {
      const { chunks, encoding, warnings } = openFeedText(body, null, size);
      assert.deepEqual({ text: joinChunks(chunks), encoding, warnings }, whole, `${name}, ${size}`);
    }
  }
});

test("copying entries' strings out of the text (as for big feeds) changes nothing", () => {
  for (const name of files(dir)) {
    const { chunks } = openFeedText(readFileSync(dir + name), null, 7);
    const read = (copyStrings: boolean) =>
      readXml(chunks, (failed: FeedCollector | null) =>
        createFeedCollector("https://example.org/", { copyStrings, before: failed?.readSoFar() }),
      ).sink.finish();
    assert.deepEqual(read(true), read(false), name);
  }
});
