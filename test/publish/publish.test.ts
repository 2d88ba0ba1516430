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

test("a build reuses the folder of the build before last: kept files stay, others are replaced", async () => {
  const output = join(root, "site-e");
  const builds = join(root, ".site-e.builds");
  const publish = async (files: [string, string, string | null][]) => {
    const site = await openSite(output);
    for (const [path, content, key] of files) {
      if (key === null || !(await site.keep(path, key))) await site.write(path, content, key);
    }
    const done = await site.commit();
    assert.ok(done.ok);
    return done.summary;
  };
  await publish([
    ["index.html", "front 1", null],
    ["page/1/index.html", "one", "k-one"],
    ["page/2/index.html", "two", "k-two"],
    ["people/ada/index.html", "ada", "k-ada"],
  ]);
  const one = await stat(join(output, "page/1/index.html"));
  await publish([
    ["index.html", "front 2", null],
    ["page/1/index.html", "one", "k-one"],
    ["page/2/index.html", "two, edited", "k-two-2"],
    ["people/ada/index.html", "ada", "k-ada"],
  ]);
  const secondBefore = await readFile(join(output, "page/2/index.html"), "utf8");

  // The third build starts from the first one's folder: page 1 and Ada's page are in place,
  // page 2 changes again, Ada leaves, Bob arrives.
  const summary = await publish([
    ["index.html", "front 3", null],
    ["page/1/index.html", "one", "k-one"],
    ["page/2/index.html", "two, again", "k-two-3"],
    ["people/bob/index.html", "bob", "k-bob"],
  ]);
  assert.deepEqual([summary.written, summary.unchanged], [3, 1]);
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "front 3");
  assert.equal(await readFile(join(output, "page/2/index.html"), "utf8"), "two, again");
  assert.equal(await readFile(join(output, "people/bob/index.html"), "utf8"), "bob");
  assert.equal((await stat(join(output, "page/1/index.html"))).ino, one.ino, "kept, mtime and all");
  await assert.rejects(
    stat(join(output, "people/ada")),
    "a page no longer made is gone, folder too",
  );
  assert.equal(secondBefore, "two, edited");
  // The build before (still kept beside, as the previous site) was not written into.
  const kept = (await readdir(builds)).filter((name) => !name.endsWith(".json"));
  assert.equal(kept.length, 2);
  const older = kept.sort()[0] ?? "";
  assert.equal(await readFile(join(builds, older, "page/2/index.html"), "utf8"), "two, edited");
  assert.equal(await readFile(join(builds, older, "index.html"), "utf8"), "front 2");
});

test("a folder left by a build that died is never reused, only pruned", async () => {
  const output = join(root, "site-f");
  const builds = join(root, ".site-f.builds");
  for (const n of [1, 2]) {
    assert.ok((await publishSite(output, [{ path: "index.html", content: `v${n}` }])).ok);
  }
  // A build that died after taking over the oldest folder: renamed, its listing gone.
  const oldest = (await readdir(builds)).filter((name) => !name.endsWith(".json")).sort()[0] ?? "";
  await rm(join(builds, `${oldest}.keys.json`));
  const site = await openSite(output);
  await site.write("other.html", "new", null);
  assert.ok((await site.commit()).ok);
  assert.equal(await readFile(join(output, "other.html"), "utf8"), "new");
  await assert.rejects(stat(join(output, "index.html")), "nothing of the untrusted folder shows");
  const left = await readdir(builds);
  assert.equal(left.includes(oldest), false);
});

test("with no build before last, the live build's files are linked in: kept ones stay, the live copies of others are untouched", async () => {
  const output = join(root, "site-g");
  const builds = join(root, ".site-g.builds");
  // Enough files that the links are made by the writer thread.
  const paths = Array.from({ length: 100 }, (_, i) => `page/${i}/index.html`);
  const first = await openSite(output);
  for (const path of paths) await first.write(path, `${path} v1`, `${path} k1`);
  await first.write("index.html", "front 1", null);
  assert.ok((await first.commit()).ok);
  const live = (await readdir(builds)).find((name) => !name.endsWith(".json")) ?? "";
  const kept = await stat(join(output, "page/1/index.html"));

  const second = await openSite(output);
  await second.write("index.html", "front 2", null);
  await second.write("page/0/index.html", "page 0 v2", "page 0 k2");
  for (const path of paths.slice(1)) assert.equal(await second.keep(path, `${path} k1`), true);
  const done = await second.commit();
  assert.ok(done.ok);
  assert.deepEqual([done.summary.written, done.summary.unchanged], [2, 99]);
  assert.equal(await readFile(join(output, "page/0/index.html"), "utf8"), "page 0 v2");
  assert.equal(await readFile(join(output, "index.html"), "utf8"), "front 2");
  assert.equal(
    (await stat(join(output, "page/1/index.html"))).ino,
    kept.ino,
    "kept, mtime and all",
  );
  // The previous site, still beside as the build before last, was not written into.
  assert.equal(
    await readFile(join(builds, live, "page/0/index.html"), "utf8"),
    "page/0/index.html v1",
  );
  assert.equal(await readFile(join(builds, live, "index.html"), "utf8"), "front 1");
});
