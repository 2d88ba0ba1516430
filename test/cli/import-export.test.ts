/**
 * `orrery import` and `orrery export` as a user runs them: Gentoo's Venus files into a new
 * config (valid, two planets, one entry per developer), the same import again (nothing
 * changes), an import into a commented config (only added lines), and an OPML round trip.
 */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { fileURLToPath } from "node:url";
import { loadConfig } from "../../src/config/index.js";
import type { SiteConfig } from "../../src/model.js";
import { orrery } from "../helpers/orrery-cli.js";

const fixtures = fileURLToPath(new URL("../fixtures/import/", import.meta.url));
const folder = (dir: string) =>
  readdirSync(fixtures + dir)
    .sort()
    .map((name) => `${fixtures}${dir}/${name}`);
const gentoo = [
  `${fixtures}gentoo/base/venus.universe`,
  ...folder("gentoo/universe"),
  `${fixtures}gentoo/base/venus.planet`,
  ...folder("gentoo/planet"),
];

let dir: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), "orrery-import-"));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(file: string): Promise<SiteConfig> {
  const result = await loadConfig(file);
  assert.ok(result.ok, result.ok ? "" : JSON.stringify(result.errors));
  return result.config;
}

test("Gentoo's Venus layout imports into one valid config: two planets, one entry per developer", async () => {
  const config = join(dir, "gentoo.yaml");
  const result = await orrery(["import", "venus", ...gentoo, "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /created .*gentoo\.yaml: 3 new people, 4 new feeds, 2 new planets/);
  assert.match(result.stdout, /not imported \(13\):/);
  assert.match(result.stdout, /venus\.universe:14: \[Planet\] log_level = DEBUG/);
  const site = await load(config);
  assert.equal(site.title, "Gentoo Universe");
  assert.equal(site.link, "https://planet.gentoo.example.org/");
  assert.equal(site.fetch.newFeedItems, 10);
  assert.deepEqual(
    site.people.map((p) => p.id),
    ["dilfridge", "leio", "mgorny"],
  );
  assert.deepEqual(
    site.planets.map((p) => [p.id, p.path, p.include?.tags, p.entriesPerPage]),
    [
      ["gentoo-universe", "universe/", ["gentoo-universe"], 50],
      ["planet-gentoo", "", ["planet-gentoo"], 30],
    ],
  );
  const mgorny = site.subscriptions.find((s) => s.personId === "mgorny");
  assert.deepEqual(mgorny?.tags, ["gentoo-universe", "planet-gentoo"]);
});

test("importing the same files again adds nothing and leaves the file as it was", async () => {
  const config = join(dir, "gentoo.yaml");
  const before = await readFile(config, "utf8");
  const result = await orrery(["import", "venus", ...gentoo, "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /unchanged .*: 0 new people, 0 new feeds, 0 new planets/);
  assert.equal(await readFile(config, "utf8"), before);
});

test("an import into a commented config only adds lines, and keeps the config's own settings", async () => {
  const config = join(dir, "mine.yaml");
  const original = `# My planet
title: Mine   # kept
link: https://mine.example.org/
people:
  mgorny:   # already here, with his own feed
    name: Michał
    feeds:
      - https://blogs.gentoo.example.org/mgorny/feed/
`;
  await writeFile(config, original);
  const result = await orrery(["import", "venus", ...gentoo, "--config", config]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /updated .*: 2 new people, 3 new feeds, 2 new planets/);
  assert.match(result.stdout, /yours were kept/);
  const text = await readFile(config, "utf8");
  assert.ok(text.startsWith(original), "the existing lines are untouched");
  assert.equal((await load(config)).title, "Mine");
});

test("OPML round trip: export, import into a new config, the same people, feeds and tags", async () => {
  const opml = join(dir, "gentoo.opml");
  const exported = await orrery([
    "export",
    "opml",
    "--config",
    join(dir, "gentoo.yaml"),
    "--output",
    opml,
  ]);
  assert.equal(exported.code, 0, exported.stderr);
  const text = await readFile(opml, "utf8");
  assert.match(text, /<outline text="planet-gentoo" title="planet-gentoo">/);
  const config = join(dir, "from-opml.yaml");
  const imported = await orrery(["import", "opml", opml, "--config", config]);
  assert.equal(imported.code, 0, imported.stderr);
  const summary = (site: SiteConfig) =>
    site.subscriptions
      .map((s) =>
        [site.people.find((p) => p.id === s.personId)?.name, s.url, s.tags.join(" ")].join(" | "),
      )
      .sort();
  assert.deepEqual(summary(await load(config)), summary(await load(join(dir, "gentoo.yaml"))));
  const again = await orrery(["import", "opml", opml, "--config", config]);
  assert.match(again.stdout, /unchanged/);
});
