import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { formatConfigError, parseConfig } from "../../src/config/index.js";
import type { SiteConfig } from "../../src/model.js";

const CONFIG = fileURLToPath(new URL("../../examples/universe/orrery.yaml", import.meta.url));

function exampleConfig(): SiteConfig {
  const result = parseConfig(readFileSync(CONFIG, "utf8"), CONFIG);
  assert.ok(result.ok, result.ok ? "" : result.errors.map(formatConfigError).join("\n"));
  return result.config;
}

test("the example planet's config is valid", () => {
  const config = exampleConfig();
  assert.equal(config.title, "Gentoo Universe");
  assert.equal(config.link, "https://universe.example.org/");
  assert.deepEqual(
    config.planets.map((p) => [p.id, p.path, p.title]),
    [
      ["universe", "", "Gentoo Universe"],
      ["planet", "planet/", "Planet Gentoo"],
    ],
  );
  assert.deepEqual(config.planets[1].include?.categories, ["gentoo"]);
  const elouan = config.people.find((p) => p.id === "exagone313");
  assert.equal(elouan?.name, "Elouan Martinet");
  assert.ok(
    config.people.length >= 14,
    "one person per author of the reference page, and one more",
  );
});

test("every feed the example names is a local file that exists", () => {
  const config = exampleConfig();
  for (const subscription of config.subscriptions) {
    assert.ok(!/^[a-z]+:/i.test(subscription.url), `${subscription.url} should be a local path`);
    assert.ok(existsSync(subscription.url), `${subscription.url} is missing`);
  }
  const people = new Set(config.subscriptions.map((s) => s.personId));
  assert.deepEqual(
    [...people].sort(),
    config.people.map((p) => p.id).sort(),
    "everyone has a feed",
  );
});

test("the example's feeds mix Atom and RSS and carry the post shown twice", () => {
  const texts = exampleConfig().subscriptions.map((s) => readFileSync(s.url, "utf8"));
  const atom = texts.filter((t) => /<feed[\s>]/.test(t)).length;
  const rss = texts.filter((t) => /<rss[\s>]/.test(t)).length;
  assert.equal(atom + rss, texts.length);
  assert.ok(Math.abs(atom - rss) <= 2, `about as many Atom (${atom}) as RSS (${rss}) feeds`);
  const twice = "https://blogs.gentoo.org/prometheanfire/2019/04/24/building-gentoo-disk-images/";
  assert.equal(texts.filter((t) => t.includes(twice)).length, 2);
  assert.ok(
    texts.some((t) => /<category( term=")?>?gentoo/.test(t)),
    "the Gentoo planet has posts",
  );
});
