import assert from "node:assert/strict";
import { test } from "node:test";
import { formatConfigError, parseConfig, scaffoldConfig } from "../../src/config/index.js";
import { closestWord, editDistance } from "../../src/config/suggest.js";

test("the scaffolded config is valid as written", () => {
  const text = scaffoldConfig();
  const result = parseConfig(text, "/new-planet/orrery.yaml");
  assert.ok(result.ok, result.ok ? "" : result.errors.map(formatConfigError).join("\n"));
  assert.equal(result.config.people.length, 1);
  assert.equal(result.config.planets[0].path, "");
  assert.equal(result.config.database, "/new-planet/orrery.db");
  assert.match(text, /^# /, "starts with a comment saying what the file is");
});

test("the scaffold's commented-out examples are valid once uncommented", () => {
  const uncommented = scaffoldConfig().replace(/^(\s*)# (?=[a-z_-]+:|- url:| {2}[a-z_]+:)/gm, "$1");
  const result = parseConfig(uncommented, "/new-planet/orrery.yaml");
  assert.ok(result.ok, result.ok ? "" : result.errors.map(formatConfigError).join("\n"));
  assert.deepEqual(
    result.config.planets.map((p) => p.path),
    ["", "community/"],
  );
});

test("suggestions pick the nearest known word, and only when it is near", () => {
  assert.equal(editDistance("threshhold", "threshold"), 1);
  assert.equal(closestWord("per_hots", ["per_host", "timeout"]), "per_host");
  assert.equal(closestWord("Title", ["title", "link"]), "title");
  assert.equal(closestWord("activity_threshhold", ["title", "link", "people"]), null);
});
