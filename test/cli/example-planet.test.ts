/**
 * The bundled example planet, refreshed and built for real (its local feeds, a SQLite file, the
 * default theme): the river's structure against goldens, and every syndication feed read back
 * through Orrery's own parser. Goldens are rewritten only when UPDATE_GOLDEN=1 is set.
 */
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { build } from "../../src/cli/build.js";
import type { FeedFormat, SiteConfig } from "../../src/model.js";
import { parseFeed } from "../../src/parse/index.js";
import { bodyCut, siteExcerptWords } from "../../src/planet/index.js";
import type { Store } from "../../src/store/index.js";
import { manifestDiff, rebuildManifest } from "../reliability/site-check.js";
import { page, riverOutline, textOf } from "../render/site.js";
import { refreshedExample } from "./example.js";

const GOLDEN = fileURLToPath(new URL("../fixtures/render/example/", import.meta.url));
const NOW = new Date("2026-01-01T00:00:00Z");

let dir: string;
let config: SiteConfig;
let store: Store;
const read = (path: string) => readFile(join(config.output, path), "utf8");

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "orrery-example-"));
  ({ config, store } = await refreshedExample(dir, NOW));
  const built = await build(config, store, NOW);
  assert.ok(built.ok, built.ok ? "" : built.error);
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe("the example planet's river, against its goldens", () => {
  for (const [name, path] of [
    ["universe-front", "index.html"],
    ["universe-page-1", "page/1/index.html"],
    ["universe-archive-2019-04", "archive/2019/04/index.html"],
    ["universe-person-candrews", "people/candrews/index.html"],
    ["planet-front", "planet/index.html"],
    ["planet-archive-2019-10", "planet/archive/2019/10/index.html"],
  ]) {
    it(`${name} matches its golden outline`, async () => {
      const actual = riverOutline(await read(path));
      const file = `${GOLDEN}${name}.txt`;
      if (process.env.UPDATE_GOLDEN === "1") await writeFile(file, actual);
      assert.equal(actual, await readFile(file, "utf8"));
    });
  }

  it("shows the post that two feeds carry once", async () => {
    const river = await riverEntries("");
    const copies = river.filter((e) => e.title === "Building Gentoo disk images");
    assert.equal(copies.length, 1);
  });
});

/** One entry as the river shows it. */
interface Shown {
  title: string | null;
  link: string | null;
  date: string;
}

/** Every entry of a planet's river, newest first, following the pages' "older" links. */
async function riverEntries(planet: string): Promise<Shown[]> {
  const shown: Shown[] = [];
  for (let path: string | null = `${planet}index.html`; path !== null; ) {
    const doc = page(await read(path));
    for (const entry of doc.byClass("entry")) {
      const title = doc.byClass("entry-title", [entry]);
      const anchors = doc.all("a").filter((a) => isInside(a, entry));
      const time = doc.all("time").find((t) => isInside(t, entry));
      shown.push({
        title: title.length > 0 ? textOf(title) : null,
        link: anchors[0]?.attribs.href ?? null,
        date: time?.attribs.datetime ?? "",
      });
    }
    const older = doc.byClass("older")[0]?.attribs.href;
    path = older === undefined ? null : join(path, "..", older).replace(/^\/+/, "");
  }
  return shown;
}

function isInside(node: { parent: unknown }, ancestor: unknown): boolean {
  for (
    let at = node.parent;
    at !== null && at !== undefined;
    at = (at as { parent: unknown }).parent
  )
    if (at === ancestor) return true;
  return false;
}

describe("the example planet's feeds read back through Orrery's parser", () => {
  const FEEDS: [string, FeedFormat][] = [
    ["atom.xml", "atom10"],
    ["rss.xml", "rss20"],
    ["feed.json", "json11"],
  ];
  for (const planet of ["", "planet/"]) {
    for (const [name, format] of FEEDS) {
      it(`${planet}${name}: well-formed ${format}, the river's newest entries in order`, async () => {
        const body = new TextEncoder().encode(await read(`${planet}${name}`));
        const parsed = parseFeed({
          body,
          url: `${config.link}${planet}${name}`,
          contentType: null,
        });
        assert.equal(parsed.error, null);
        assert.equal(parsed.wellFormed, true);
        assert.equal(parsed.format, format);
        const river = (await riverEntries(planet)).slice(0, 50);
        assert.ok(river.length > 10, "the river has entries");
        assert.deepEqual(
          parsed.entries.map((e) => ({ title: e.title || null, link: e.link, date: e.published })),
          river,
        );
        const ids = parsed.entries.map((e) => e.id);
        assert.equal(new Set(ids).size, ids.length, "every entry has its own id");
      });
    }

    it(`${planet}: the three feeds give every entry the same id`, async () => {
      const idsOf = async (name: string) => {
        const body = new TextEncoder().encode(await read(`${planet}${name}`));
        return parseFeed({ body, url: null, contentType: null }).entries.map((e) => e.id);
      };
      const atom = await idsOf("atom.xml");
      assert.deepEqual(await idsOf("rss.xml"), atom);
      assert.deepEqual(await idsOf("feed.json"), atom);
    });
  }

  it("opml.xml is well-formed and lists no local file feed: nobody else could subscribe", async () => {
    const body = await read("opml.xml");
    assert.match(body, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<opml version="2\.0">/);
    assert.doesNotMatch(body, /<outline/);
    assert.ok(config.subscriptions.every((s) => !/^https?:/.test(s.url)));
  });
});

describe("building the example planet again", () => {
  it("with nothing new, makes only the files that show the build time or fetch health", async () => {
    const archive = await stat(join(config.output, "archive/2019/04/index.html"));
    const later = await build(config, store, new Date("2026-01-02T00:00:00Z"));
    assert.ok(later.ok);
    // Per planet: the front page (its "updated" time), health.html and health.json.
    assert.equal(later.summary.written, 6);
    const again = await stat(join(config.output, "archive/2019/04/index.html"));
    assert.equal(again.ino, archive.ino, "an unchanged archive is the same file");
    assert.equal(again.mtimeMs, archive.mtimeMs);
  });
});

describe("excerpt cuts", () => {
  const bodies = async () => {
    const listed = await store.listEntryMeta();
    return store.getBodies(listed.map((e) => ({ feedUrl: e.feedUrl, key: e.key })));
  };

  it("found while parsing, for the site's length, are where the build would cut", async () => {
    const words = siteExcerptWords(config.planets);
    if (words === null) throw new Error("the example shows excerpts");
    const stored = await bodies();
    assert.ok(
      stored.some((b) => b.cut?.end !== null),
      "some entries are cut",
    );
    for (const body of stored) assert.deepEqual(body.cut, bodyCut(body, words), body.key);
  });

  it("of a new length are found by a build and kept, and give the same site when used", async () => {
    const shorter = { ...config, planets: config.planets.map((p) => ({ ...p, excerptWords: 12 })) };
    const found = await rebuildManifest(shorter, store, NOW);
    const stored = await bodies();
    const kept = stored.filter((b) => b.cut?.words === 12);
    assert.ok(kept.length > stored.length / 2, "the cuts of the pages' entries are kept");
    for (const body of kept) assert.deepEqual(body.cut, bodyCut(body, 12), body.key);
    const used = await rebuildManifest(shorter, store, NOW);
    assert.deepEqual(manifestDiff(found, used), []);
  });
});
