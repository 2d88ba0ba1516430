/** Assertions shared by the parser's tests: subset comparison and the model's shape. */
import assert from "node:assert/strict";
import type { ParsedFeed } from "../../src/model.js";

/** Asserts that `actual` has every field of `expected` (recursively; arrays of equal length). */
export function assertSubset(actual: unknown, expected: unknown, path: string): void {
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual), `${path} is not an array`);
    assert.equal(actual.length, expected.length, `${path} length: ${JSON.stringify(actual)}`);
    expected.forEach((e, i) => {
      assertSubset(actual[i], e, `${path}[${i}]`);
    });
  } else if (expected !== null && typeof expected === "object") {
    assert.ok(actual !== null && typeof actual === "object", `${path} is not an object`);
    for (const [key, value] of Object.entries(expected)) {
      assertSubset((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
    }
  } else {
    assert.deepEqual(actual, expected, `${path}`);
  }
}

const FORMATS = new Set([
  "atom10",
  "atom03",
  "rss090",
  "rss091",
  "rss092",
  "rss093",
  "rss094",
  "rss20",
  "rss10",
  "json10",
  "json11",
  "",
]);
const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function isNullableString(v: unknown): boolean {
  return v === null || typeof v === "string";
}

function assertDate(v: unknown, where: string): void {
  assert.ok(
    v === null || (typeof v === "string" && DATE.test(v)),
    `${where} is not a UTC date: ${v}`,
  );
}

function assertAbsolute(v: unknown, where: string): void {
  if (v === null) return;
  assert.equal(typeof v, "string", where);
  assert.ok(/^[a-z][a-z0-9+.-]*:/i.test(v as string), `${where} is not absolute: ${v}`);
}

/** Asserts that `p` has the ParsedFeed shape with UTC dates and absolute URLs (for http bases). */
export function assertShape(p: ParsedFeed, urlsAbsolute = true): void {
  assert.ok(isNullableString(p.error), "error");
  assert.ok(FORMATS.has(p.format), `format ${p.format}`);
  assert.equal(typeof p.wellFormed, "boolean");
  assert.ok(Array.isArray(p.warnings) && p.warnings.every((w) => typeof w === "string"));
  assert.ok(isNullableString(p.encoding));
  const f = p.feed;
  for (const k of [
    "title",
    "subtitle",
    "link",
    "id",
    "language",
    "rights",
    "generator",
    "icon",
    "logo",
  ] as const) {
    assert.ok(isNullableString(f[k]), `feed.${k}`);
  }
  assertDate(f.updated, "feed.updated");
  assertDate(f.published, "feed.published");
  assert.ok(Array.isArray(f.links) && Array.isArray(f.categories));
  assert.ok(f.updateInterval === null || Number.isFinite(f.updateInterval));
  if (p.error !== null) assert.equal(p.entries.length, 0, "entries despite an error");
  for (const [i, e] of p.entries.entries()) {
    const at = `entries[${i}]`;
    for (const k of [
      "id",
      "title",
      "link",
      "language",
      "summary",
      "content",
      "image",
      "base",
    ] as const) {
      assert.ok(isNullableString(e[k]), `${at}.${k}`);
    }
    assertDate(e.published, `${at}.published`);
    assertDate(e.updated, `${at}.updated`);
    assert.ok(Array.isArray(e.links) && Array.isArray(e.categories) && Array.isArray(e.enclosures));
    assert.ok(Array.isArray(e.contributors));
    if (urlsAbsolute) {
      assertAbsolute(e.link, `${at}.link`);
      assertAbsolute(e.image, `${at}.image`);
      for (const l of e.links) assertAbsolute(l.href, `${at}.links`);
      for (const x of e.enclosures) assertAbsolute(x.url, `${at}.enclosures`);
    }
  }
}
