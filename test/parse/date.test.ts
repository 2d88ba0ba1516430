import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import fc from "fast-check";
import { parseDate } from "../../src/parse/date/index.js";

interface DateCase {
  line: number;
  input: string;
  expected: string | null;
  why: string;
}

function readCases(): DateCase[] {
  const url = new URL("../fixtures/parse/dates/dates.tsv", import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text.trim() !== "" && !text.startsWith("#"))
    .map(({ text, line }) => {
      const [input, expected, why] = text.split("\t");
      return { line, input, expected: expected === "null" ? null : expected, why };
    });
}

const UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

test("every date in dates.tsv parses to its expected UTC value", () => {
  const cases = readCases();
  assert.ok(cases.length >= 80, `only ${cases.length} cases`);
  const failures = cases
    .map((c) => ({ ...c, actual: parseDate(c.input) }))
    .filter((c) => c.actual !== c.expected)
    .map((c) => `line ${c.line} ${JSON.stringify(c.input)} (${c.why}): got ${c.actual}`);
  assert.deepEqual(failures, []);
});

test("the fixture rejects junk as well as accepting dates", () => {
  const cases = readCases();
  assert.ok(cases.filter((c) => c.expected === null).length >= 15);
});

test("parseDate never throws and returns null or a valid UTC date for any string", () => {
  const dateish = fc.stringMatching(/^[\w ,.:+\-/()]{0,40}$/);
  fc.assert(
    fc.property(fc.oneof(fc.string(), dateish), (text) => {
      const result = parseDate(text);
      return result === null || (UTC.test(result) && !Number.isNaN(Date.parse(result)));
    }),
    { numRuns: 3000 },
  );
});

test("any instant written as RFC 3339 with an offset comes back as the same instant", () => {
  const instant = fc.date({
    min: new Date("1970-01-01"),
    max: new Date("2100-01-01"),
    noInvalidDate: true,
  });
  const offset = fc.integer({ min: -14 * 60, max: 14 * 60 });
  fc.assert(
    fc.property(instant, offset, (date, minutes) => {
      const ms = Math.floor(date.getTime() / 1000) * 1000;
      const local = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
      const sign = minutes < 0 ? "-" : "+";
      const abs = Math.abs(minutes);
      const zone = `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
      return parseDate(`${local}${zone}`) === `${new Date(ms).toISOString().slice(0, 19)}Z`;
    }),
  );
});

test("a date round-trips through RFC 822 as written by Date.toUTCString", () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date("1990-01-01"), max: new Date("2089-12-31"), noInvalidDate: true }),
      (date) => {
        const expected = `${date.toISOString().slice(0, 19)}Z`;
        return parseDate(date.toUTCString()) === expected;
      },
    ),
  );
});
