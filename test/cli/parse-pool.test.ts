import assert from "node:assert/strict";
import { after, test } from "node:test";
import { createParsePool } from "../../src/cli/parse-pool.js";
import { entryFacts } from "../../src/planet/index.js";
import { entryHashes } from "../../src/store/index.js";

const pool = createParsePool({ embedHosts: [], excerptWords: null }, 1);
after(() => pool.close());

const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>T</title><id>urn:t</id><updated>2024-01-01T00:00:00Z</updated><entry><id>urn:e</id>
<title>E</title><updated>2024-01-01T00:00:00Z</updated><content type="html">&lt;p onclick="x"&gt;hi&lt;/p&gt;</content></entry></feed>`;

test("a worker parses, sanitizes, hashes and derives facts; a body that owns its memory moves there", async () => {
  const body = new Uint8Array(Buffer.from(atom));
  const { parsed, hashes, facts } = await pool.parse({
    body,
    url: "https://t.example/",
    contentType: null,
  });
  assert.equal(parsed.error, null);
  assert.equal(parsed.entries[0].content, "<p>hi</p>");
  assert.deepEqual(hashes, parsed.entries.map(entryHashes));
  assert.deepEqual(facts, [{ hasText: true, language: null }]);
  assert.deepEqual(
    facts,
    parsed.entries.map((entry) => entryFacts(entry)),
  );
  assert.equal(body.byteLength, 0, "transferred, not copied");
});

test("a pool starts its workers with the first parse, not before", async () => {
  const lazy = createParsePool({ embedHosts: [], excerptWords: null }, 2);
  try {
    assert.equal(lazy.running(), 0, "a refresh whose feeds all answer 304 needs no worker");
    const { parsed } = await lazy.parse({ body: Buffer.from(atom), url: null, contentType: null });
    assert.equal(parsed.error, null);
    assert.equal(lazy.running(), 2);
  } finally {
    await lazy.close();
  }
});

test("a body that is a view into a larger buffer is copied, leaving the buffer whole", async () => {
  const bytes = Buffer.from(atom);
  const shared = new Uint8Array(bytes.length + 20);
  shared.set(bytes, 10);
  const view = shared.subarray(10, 10 + bytes.length);
  const { parsed } = await pool.parse({ body: view, url: null, contentType: null });
  assert.equal(parsed.error, null);
  assert.equal(shared.byteLength, bytes.length + 20);
  assert.equal(view.byteLength, bytes.length);
});

test("with the site's excerpt length, a worker's facts say where each excerpt ends", async () => {
  const cutting = createParsePool({ embedHosts: [], excerptWords: 2 }, 1);
  try {
    const long = atom.replace(
      '&lt;p onclick="x"&gt;hi&lt;/p&gt;',
      "&lt;p&gt;one two three&lt;/p&gt;",
    );
    const { parsed, facts } = await cutting.parse({
      body: Buffer.from(long),
      url: null,
      contentType: null,
    });
    assert.equal(parsed.entries[0].content, "<p>one two three</p>");
    assert.deepEqual(facts[0]?.cut, { words: 2, end: 10, close: "</p>" });
  } finally {
    await cutting.close();
  }
});

test("facts are not derived for entries whose version the store already has", async () => {
  const first = await pool.parse({ body: Buffer.from(atom), url: null, contentType: null });
  const version = first.hashes[0]?.fields ?? "";
  const again = await pool.parse(
    { body: Buffer.from(atom), url: null, contentType: null },
    { known: new Set([version]) },
  );
  assert.deepEqual(again.hashes, first.hashes, "hashes are still computed: they tell the store");
  assert.deepEqual(again.facts, [null]);
  const other = await pool.parse(
    { body: Buffer.from(atom), url: null, contentType: null },
    { known: new Set(["another version"]) },
  );
  assert.deepEqual(other.facts, first.facts);
});
