/** Local feeds: absolute paths and file:// URLs, with mtime as the validator. */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createFetcher, type Fetcher, nextFetchState } from "../../src/fetch/index.js";
import { testSettings } from "./settings.js";

const fixture = fileURLToPath(new URL("../fixtures/fetch/local.atom.xml", import.meta.url));
let fetcher: Fetcher;
let dir: string;

before(async () => {
  fetcher = createFetcher(testSettings({ maxBytes: 4096 }));
  dir = await mkdtemp(join(tmpdir(), "orrery-fetch-"));
});
after(async () => {
  await fetcher.close();
  await rm(dir, { recursive: true, force: true });
});

test("an absolute path is read, with status null and mtime as Last-Modified", async () => {
  const outcome = await fetcher.fetch({ url: fixture }, null);
  assert.equal(outcome.kind, "ok");
  assert.equal(outcome.status, null);
  assert.equal(outcome.finalUrl, pathToFileURL(fixture).href);
  assert.match(outcome.lastModified ?? "", /GMT$/);
  const body = outcome.kind === "ok" ? Buffer.from(outcome.body) : Buffer.alloc(0);
  assert.deepEqual(body, readFileSync(fixture));
});

test("a file:// URL is read the same way", async () => {
  const outcome = await fetcher.fetch({ url: pathToFileURL(fixture).href }, null);
  assert.equal(outcome.kind, "ok");
});

test("an unchanged file is not-modified; a touched one is read again", async () => {
  const path = join(dir, "feed.xml");
  await writeFile(path, "<rss/>");
  const options = { now: new Date(), minIntervalSeconds: 60 };
  const first = await fetcher.fetch({ url: path }, null);
  const state = nextFetchState(null, first, options);
  const second = await fetcher.fetch({ url: path }, state);
  assert.equal(second.kind, "not-modified");
  const later = new Date(Date.now() + 5000);
  await utimes(path, later, later);
  const third = await fetcher.fetch({ url: path }, nextFetchState(state, second, options));
  assert.equal(third.kind, "ok");
});

test("a missing file, a folder and a file over the limit are errors", async () => {
  const missing = join(dir, "nope.xml");
  const gone = await fetcher.fetch({ url: missing }, null);
  assert.equal(gone.kind === "error" ? gone.reason : "", `file not found: ${missing}`);
  const folder = await fetcher.fetch({ url: dir }, null);
  assert.equal(folder.kind === "error" ? folder.reason : "", `not a file: ${dir}`);
  const big = join(dir, "big.xml");
  await writeFile(big, Buffer.alloc(5000, "x"));
  const large = await fetcher.fetch({ url: big }, null);
  assert.equal(large.kind === "error" ? large.reason : "", "response larger than 4 KiB");
});
