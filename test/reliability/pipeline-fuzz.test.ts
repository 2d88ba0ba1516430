/**
 * Property tests over the whole pipeline: generated feeds (every field a hostile string) and
 * mutated ones (cut, spliced, bytes flipped) go through parse → sanitize → a real SQLite
 * store → plan → render → publish. Nothing may throw; every stored entry's HTML keeps the sanitizer's
 * invariants; every page is whole (no script, no handler, each entry inside its own article)
 * and the XML and JSON feeds stay well-formed. A fresh seed each run, printed for replay.
 * The parse stage's and the sanitizer's own property tests (test/parse, test/sanitize) go
 * deeper into each stage alone; these cover what happens between them.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { DomUtils, parseDocument } from "htmlparser2";
import { SaxesParser } from "saxes";
import { build } from "../../src/cli/build.js";
import { parseAndSanitize } from "../../src/cli/parse-worker.js";
import { loadConfig } from "../../src/config/index.js";
import type { SiteConfig } from "../../src/model.js";
import { openStore, type Store } from "../../src/store/index.js";
import { dangerProblems, wellFormedProblem } from "../sanitize/invariants.js";
import { loadVectors } from "../sanitize/vectors.js";
import { fuzzFeed } from "./fuzz-feeds.js";
import { makePlanet, type PlanetDir } from "./planet-dir.js";
import { publishedBuild } from "./site-check.js";

const NOW = new Date("2024-03-01T00:00:00Z");

const seed = Number(process.env.ORRERY_FC_SEED ?? Date.now() % 2 ** 31);
console.log(`# fast-check seed ${seed} (replay with ORRERY_FC_SEED=${seed})`);
export const GENERATED_RUNS = Number(process.env.ORRERY_FUZZ_RUNS ?? 1000);
export const MUTATED_RUNS = Number(process.env.ORRERY_FUZZ_RUNS ?? 1000);

const fixturesDir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));
const fixtures = readdirSync(fixturesDir)
  .filter((n) => /\.(xml|json)$/.test(n) && !n.endsWith(".expected.json"))
  .map((n) => readFileSync(fixturesDir + n));

let planet: PlanetDir;
let config: SiteConfig;
let store: Store;
let cases = 0;

before(async () => {
  planet = await makePlanet(["https://fuzz.example.org/feed"], "fetch: { new_feed_items: 1000 }\n");
  const loaded = await loadConfig(planet.config);
  assert.ok(loaded.ok);
  config = loaded.config;
  const opened = await openStore(config.database);
  assert.ok(opened.ok);
  store = opened.store;
});
after(async () => {
  await store.close();
  await planet.remove();
});

/** One document through every stage, each case under its own feed URL. */
async function throughPipeline(body: Uint8Array): Promise<void> {
  const url = `https://fuzz.example.org/feed/${cases++}`;
  const parsed = parseAndSanitize({ body, url, contentType: null }, []);
  if (parsed.error !== null) return;
  for (const entry of parsed.entries) {
    for (const html of [entry.content, entry.summary]) {
      if (html === null) continue;
      assert.deepEqual(dangerProblems(html), [], `sanitized HTML: ${html}`);
      assert.equal(wellFormedProblem(html), null, `sanitized HTML: ${html}`);
    }
  }
  const sub = { ...config.subscriptions[0], url };
  const state = { url, etag: null, lastModified: null, lastStatus: 200, lastFetched: "2024-03-01T00:00:00Z",
    lastSuccess: "2024-03-01T00:00:00Z", lastError: null, consecutiveFailures: 0, firstFailure: null,
    nextDue: null, movedTo: null, gone: false }; // biome-ignore format: a record
  await store.syncSubscriptions(config.people, [sub]);
  await store.applyFeedUpdate({ url, personId: sub.personId, state, feed: parsed.feed,
    entries: parsed.entries, warnings: parsed.warnings, now: "2024-03-01T00:00:00Z", newFeedItems: 1000 }); // biome-ignore format: a record
  // The build the CLI runs, the planet reading just this case's feed: plan, render, publish.
  const built = await build({ ...config, subscriptions: [sub] }, store, NOW);
  assert.ok(built.ok, built.ok ? "" : built.error);
  const site = await publishedBuild(config.output);
  const files = await readdir(site, { recursive: true, withFileTypes: true });
  for (const file of files.filter((f) => f.isFile())) {
    const path = join(file.parentPath, file.name);
    checkFile(relative(site, path), await readFile(path, "utf8"));
  }
}

function checkFile(path: string, content: string | Uint8Array): void {
  if (typeof content !== "string") return;
  if (path.endsWith(".xml"))
    assert.equal(xmlProblem(content), null, `${path} is not well-formed XML`);
  else if (path.endsWith(".json")) assert.doesNotThrow(() => JSON.parse(content), path);
  else if (path.endsWith(".html")) assert.deepEqual(pageProblems(content), [], path);
}

function xmlProblem(xml: string): string | null {
  let problem: string | null = null;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (error) => {
    problem ??= error.message;
  });
  parser.write(xml).close();
  return problem;
}

/** A rendered page's breaches: script, handlers, script URLs, entries out of their article. */
function pageProblems(html: string): string[] {
  const doc = parseDocument(html, { decodeEntities: true });
  const problems: string[] = [];
  const all = DomUtils.findAll(() => true, doc.children);
  for (const el of all) {
    if (["script", "object", "embed", "base", "form"].includes(el.name))
      problems.push(`<${el.name}>`);
    if (el.name === "iframe" && !el.attribs.sandbox) problems.push("iframe without sandbox");
    for (const [name, value] of Object.entries(el.attribs)) {
      if (name.startsWith("on")) problems.push(`${el.name}[${name}]`);
      const image = el.name === "img" && /^data:image\/(png|gif|jpe?g|webp)[;,]/.test(value);
      if (
        (name === "href" || name === "src") &&
        /^\s*(javascript|vbscript|data):/i.test(value) &&
        !image
      )
        problems.push(`${el.name}[${name}=${value}]`);
    }
  }
  const opened = (html.match(/<article class="entry"/g) ?? []).length;
  const entries = all.filter((el) => el.name === "article" && el.attribs.class === "entry");
  if (entries.length !== opened)
    problems.push(`${opened} entries rendered, ${entries.length} in the page`);
  for (const entry of entries)
    if (
      DomUtils.findAll(
        (el) => el.name === "article" && el.attribs.class === "entry",
        entry.children,
      ).length > 0
    )
      problems.push("an entry inside another entry");
  return problems;
}

test(`generated feeds with hostile fields through the whole pipeline (${GENERATED_RUNS} cases)`, async () => {
  await fc.assert(
    fc.asyncProperty(fuzzFeed(loadVectors().map((v) => v.html)), async (doc) => {
      await throughPipeline(new TextEncoder().encode(doc));
    }),
    { seed, numRuns: GENERATED_RUNS, includeErrorInReport: true },
  );
});

test(`mutated fixtures and generated feeds through the whole pipeline (${MUTATED_RUNS} cases)`, async () => {
  const source = fc.oneof(
    fc.constantFrom(...fixtures),
    fuzzFeed(loadVectors().map((v) => v.html)).map((d) => Buffer.from(d)),
  );
  const mutation = fc.record({ src: source, cut: fc.double({ min: 0, max: 1, noNaN: true }),
    at: fc.double({ min: 0, max: 1, noNaN: true }), flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
    insert: fc.constantFrom("<", "&", "]]>", "<![CDATA[", "</entry>", "</item>", "\u0000", "\uFFFD", "&#0;", "<script>") }); // biome-ignore format: a record
  await fc.assert(
    fc.asyncProperty(mutation, async (m) => {
      const end = Math.floor(m.src.length * (0.3 + 0.7 * m.cut));
      const at = Math.floor(end * m.at);
      const body = Buffer.concat([
        m.src.subarray(0, at),
        Buffer.from(m.insert),
        m.src.subarray(at, end),
      ]);
      for (const [where, bits] of m.flips) if (body.length > 0) body[where % body.length] ^= bits;
      await throughPipeline(body);
    }),
    { seed, numRuns: MUTATED_RUNS, includeErrorInReport: true },
  );
});
