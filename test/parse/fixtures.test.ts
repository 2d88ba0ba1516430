/**
 * Runs every fixture in test/fixtures/parse/: each <case>.<ext> is parsed and compared with
 * <case>.expected.json, which lists only the fields that matter for that case (a subset match:
 * arrays must have the same length, objects only the keys written). Special keys in the
 * expected file: "_url" and "_contentType" (the FeedBytes given), "warningsInclude" (substrings
 * that some warning must contain), "notContains" (text that must appear nowhere in the result).
 * Each fixture says what it checks in a header comment (XML, HTML), a "_comment" key (JSON), or
 * a sibling <case>.md (binary and empty files).
 */
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseFeed } from "../../src/parse/index.js";
import { assertShape, assertSubset } from "./assertions.js";

const dir = fileURLToPath(new URL("../fixtures/parse/", import.meta.url));

interface Expected {
  _url?: string | null;
  _contentType?: string | null;
  warningsInclude?: string[];
  notContains?: string[];
  [field: string]: unknown;
}

const cases = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isFile() && !d.name.endsWith(".expected.json") && !d.name.endsWith(".md"))
  .map((d) => d.name)
  .sort();

test("there are fixtures", () => {
  assert.ok(cases.length >= 30, `only ${cases.length} fixtures`);
});

for (const name of cases) {
  const stem = name.slice(0, name.lastIndexOf("."));
  test(`fixture ${name}`, () => {
    const body = readFileSync(dir + name);
    assert.ok(hasDescription(name, stem, body), `${name} does not say what it checks`);
    const expectedPath = `${dir + stem}.expected.json`;
    assert.ok(existsSync(expectedPath), `${stem}.expected.json is missing`);
    const { _url, _contentType, warningsInclude, notContains, ...fields } = JSON.parse(
      readFileSync(expectedPath, "utf8"),
    ) as Expected;
    const url = _url === undefined ? `https://example.org/${name}` : _url;
    const parsed = parseFeed({ body, url, contentType: _contentType ?? null });
    assertShape(parsed);
    assertSubset(parsed, fields, "result");
    for (const w of warningsInclude ?? []) {
      assert.ok(
        parsed.warnings.some((x) => x.includes(w)),
        `no warning contains ${JSON.stringify(w)}: ${JSON.stringify(parsed.warnings)}`,
      );
    }
    const all = JSON.stringify(parsed);
    for (const text of notContains ?? []) assert.ok(!all.includes(text), `result contains ${text}`);
  });
}

function hasDescription(name: string, stem: string, body: Buffer): boolean {
  if (existsSync(`${dir + stem}.md`)) return true;
  const text = body.toString("utf8");
  if (name.endsWith(".json")) return /"_comment"\s*:\s*"[^"]{10,}/.test(text);
  return /<!--\s*\S[\s\S]{10,}?-->/.test(text.slice(0, 2000));
}
