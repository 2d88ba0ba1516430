import assert from "node:assert/strict";
import { lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { isSafeSitePath, openSite, publishSite } from "../../src/publish/index.js";

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), "orrery-publish-"));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

test("publishes a site behind a link and swaps in the next one whole", async () => {
  const output = join(root, "site-a");
  const first = await publishSite(output, [
    { path: "index.html", content: "<p>one</p>" },
    { path: "theme/style.css", content: "body{}" },
  ]);
  assert.equal(first.ok, true);
  assert.equal((await lstat(output)).isSymbolicLink(), true);
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "<p>one</p>");

  const cssBefore = await stat(join(output, "theme/style.css"));
  const second = await publishSite(output, [
    { path: "index.html", content: "<p>two</p>" },
    { path: "theme/style.css", content: "body{}" },
  ]);
  assert.ok(second.ok);
  assert.deepEqual(second.ok && [second.summary.written, second.summary.unchanged], [1, 1]);
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "<p>two</p>");
  const cssAfter = await stat(join(output, "theme/style.css"));
  assert.equal(cssAfter.ino, cssBefore.ino, "an unchanged file is the same file");
  assert.equal(cssAfter.mtimeMs, cssBefore.mtimeMs, "an unchanged file keeps its mtime");
});

test("a failed build leaves the previous site as it was and no partial folder", async () => {
  const output = join(root, "site-b");
  assert.ok((await publishSite(output, [{ path: "index.html", content: "good" }])).ok);
  const failed = await publishSite(output, [
    { path: "index.html", content: "half" },
    { path: "../escape.html", content: "bad" },
  ]);
  assert.equal(failed.ok, false);
  assert.match(failed.ok ? "" : failed.error, /unsafe path/);
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "good");
  const builds = await readdir(join(root, ".site-b.builds"));
  assert.equal(builds.filter((name) => name.endsWith(".partial")).length, 0);
});

test("replaces a plain folder made by someone else and keeps only two builds", async () => {
  const output = join(root, "site-c");
  await mkdir(output);
  await writeFile(join(output, "old.html"), "old");
  for (const n of [1, 2, 3]) {
    assert.ok((await publishSite(output, [{ path: "index.html", content: `v${n}` }])).ok);
  }
  assert.equal((await lstat(output)).isSymbolicLink(), true);
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "v3");
  const builds = await readdir(join(root, ".site-c.builds"));
  assert.equal(builds.filter((name) => !name.endsWith(".keys.json")).length, 2);
});

test("site paths may not escape the build folder", () => {
  assert.equal(isSafeSitePath("planet/index.html"), true);
  assert.equal(isSafeSitePath("../x"), false);
  assert.equal(isSafeSitePath("/etc/passwd"), false);
  assert.equal(isSafeSitePath("a/../../x"), false);
  assert.equal(isSafeSitePath(""), false);
});

test("a file whose key is unchanged is kept from the previous build; another key is made again", async () => {
  const output = join(root, "site-d");
  const first = await openSite(output);
  await first.write("archive/index.html", "<p>march</p>", "key-march");
  await first.write("page/1/index.html", "<p>one</p>", "key-one");
  assert.ok((await first.commit()).ok);
  const kept = await stat(join(output, "archive/index.html"));

  const second = await openSite(output);
  assert.equal(await second.keep("archive/index.html", "key-march"), true);
  assert.equal(await second.keep("page/1/index.html", "key-changed"), false);
  assert.equal(await second.keep("new/index.html", "key-new"), false);
  await second.write("page/1/index.html", "<p>one, edited</p>", "key-changed");
  const published = await second.commit();
  assert.ok(published.ok);
  assert.deepEqual([published.summary.written, published.summary.unchanged], [1, 1]);
  assert.equal((await stat(join(output, "archive/index.html"))).ino, kept.ino);
  assert.equal(await readFile(join(output, "page/1/index.html"), "utf8"), "<p>one, edited</p>");

  const third = await openSite(output);
  assert.equal(await third.keep("archive/index.html", "key-march"), true, "keys carry over");
  assert.equal(await third.keep("page/1/index.html", "key-changed"), true);
  await third.abort();
  assert.equal(await readFile(join(output, "page/1/index.html"), "utf8"), "<p>one, edited</p>");
});
