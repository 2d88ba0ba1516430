import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import { decodeFeed } from "../../src/parse/encoding/index.js";

/** What a fixture's sidecar file promises about decoding it. */
interface Expectation {
  checks: string;
  file: string;
  contentType: string | null;
  encoding: string;
  text?: string;
  startsWith?: string;
  contains?: string[];
  /** One substring per expected warning, in order; no other warnings allowed. */
  warnings: string[];
}

const dir = new URL("../fixtures/parse/encoding/", import.meta.url);

function readExpectations(): Expectation[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".expected.json"))
    .sort()
    .map((name) => JSON.parse(readFileSync(new URL(name, dir), "utf8")) as Expectation);
}

function problems(e: Expectation): string[] {
  const body = new Uint8Array(readFileSync(new URL(e.file, dir)));
  const got = decodeFeed(body, e.contentType);
  const out: string[] = [];
  if (got.encoding !== e.encoding) out.push(`encoding ${got.encoding}, expected ${e.encoding}`);
  if (e.text !== undefined && got.text !== e.text) out.push(`text ${JSON.stringify(got.text)}`);
  if (e.startsWith !== undefined && !got.text.startsWith(e.startsWith)) {
    out.push(`text starts ${JSON.stringify(got.text.slice(0, 10))}`);
  }
  for (const part of e.contains ?? []) {
    if (!got.text.includes(part)) out.push(`text lacks ${JSON.stringify(part)}`);
  }
  const warningsMatch =
    got.warnings.length === e.warnings.length &&
    e.warnings.every((part, i) => got.warnings[i].includes(part));
  if (!warningsMatch) out.push(`warnings ${JSON.stringify(got.warnings)}`);
  return out.map((p) => `${e.file} (${e.checks}): ${p}`);
}

test("every encoding fixture decodes as its sidecar expects", () => {
  const expectations = readExpectations();
  assert.ok(expectations.length >= 30, `only ${expectations.length} fixtures`);
  assert.deepEqual(expectations.flatMap(problems), []);
});

test("the BOM never reaches the text", () => {
  for (const e of readExpectations()) {
    const text = decodeFeed(new Uint8Array(readFileSync(new URL(e.file, dir))), e.contentType).text;
    assert.notEqual(text.charCodeAt(0), 0xfeff, e.file);
  }
});

test("windows-1252 bytes 0x80-0x9F decode to the WHATWG characters, not C1 controls", () => {
  const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
  const body = new Uint8Array([...new TextEncoder().encode("<a>"), ...bytes]);
  const { text, encoding } = decodeFeed(body, "text/xml; charset=windows-1252");
  assert.equal(encoding, "windows-1252");
  assert.equal(text.slice(3, 6), "€\u0081‚");
  assert.equal(text.slice(3 + 0x13, 3 + 0x15), "“”");
  assert.equal(text.at(-1), "Ÿ");
});

test("a lone 0xFF in windows-1252 survives", () => {
  const { text } = decodeFeed(
    new Uint8Array([0x3c, 0x61, 0x3e, 0xff]),
    "text/xml; charset=windows-1252",
  );
  assert.equal(text, "<a>ÿ");
});

test("UTF-32 with a ragged tail or an invalid code point is replaced, with a warning", () => {
  const body = new Uint8Array([
    0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0, 0, 0, 0x11, 0, 0x3e, 0, 0, 0, 0x41,
  ]);
  const got = decodeFeed(body, null);
  assert.equal(got.encoding, "utf-32le");
  assert.equal(got.text, "<\ufffd>\ufffd");
  assert.equal(got.warnings.length, 1);
});

test("invalid Shift_JIS is replaced, with a warning", () => {
  const head = new TextEncoder().encode('<?xml version="1.0" encoding="shift_jis"?><a>');
  const got = decodeFeed(new Uint8Array([...head, 0x93, 0xfa, 0x81, 0x20]), null);
  assert.equal(got.encoding, "shift_jis");
  assert.ok(got.text.includes("日"));
  assert.ok(got.text.includes("\ufffd"));
  assert.match(got.warnings[0], /invalid shift_jis/);
});

test("a short body without any declaration is UTF-8", () => {
  assert.deepEqual(decodeFeed(new TextEncoder().encode("<a/>"), null), {
    text: "<a/>",
    encoding: "utf-8",
    warnings: [],
  });
});

test("decodeFeed never throws and always returns its shape", () => {
  const contentType = fc.option(
    fc.constantFrom(
      "text/xml",
      "application/rss+xml; charset=utf-16",
      "text/html; charset=bogus",
      "application/xml; charset=utf-32be",
      "application/json",
      ";;charset=",
    ),
  );
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 64 }), contentType, (body, ct) => {
      const got = decodeFeed(body, ct);
      return (
        typeof got.text === "string" &&
        got.encoding === got.encoding.toLowerCase() &&
        got.encoding !== "" &&
        Array.isArray(got.warnings)
      );
    }),
    { numRuns: 2000 },
  );
});
