/** Day headings in the planet's time zone and author runs within a day. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { RiverEntry } from "../../src/model.js";
import { groupByDay } from "../../src/planet/index.js";
import { outline, person, storedEntry, subscription } from "./helpers.js";

function river(rows: [string, string, string][]): RiverEntry[] {
  return rows.map(([who, date, title]) => ({
    entry: storedEntry({ feedUrl: `https://${who}.example/feed`, personId: who, date, title }),
    person: person(who),
    subscription: subscription(`https://${who}.example/feed`, who),
    feedTitle: null,
    html: "",
    truncated: false,
    language: null,
  }));
}

test("two consecutive posts by one person share one author header", () => {
  const days = groupByDay(
    river([
      ["mgorny", "2019-07-09T18:00:00Z", "Second"],
      ["mgorny", "2019-07-09T10:00:00Z", "First"],
      ["lordvan", "2019-07-09T09:00:00Z", "Autoclicker"],
      ["mgorny", "2019-07-09T08:00:00Z", "Earlier"],
    ]),
  );
  assert.deepEqual(outline(days), [
    "2019-07-09",
    "  mgorny",
    "    Second",
    "    First",
    "  lordvan",
    "    Autoclicker",
    "  mgorny",
    "    Earlier",
  ]);
});

test("a run breaks at a day boundary", () => {
  const days = groupByDay(
    river([
      ["candrews", "2019-04-25T15:18:00Z", "DNSSEC"],
      ["candrews", "2019-04-24T23:00:00Z", "Yesterday"],
    ]),
  );
  assert.deepEqual(outline(days), [
    "2019-04-25",
    "  candrews",
    "    DNSSEC",
    "2019-04-24",
    "  candrews",
    "    Yesterday",
  ]);
});

test("days follow the planet's time zone: 23:30 UTC is the next day in Warsaw", () => {
  const entries = river([
    ["mgorny", "2019-10-12T23:30:00Z", "Late"],
    ["mgorny", "2019-10-12T21:30:00Z", "Evening"],
  ]);
  assert.deepEqual(
    groupByDay(entries).map((d) => d.day),
    ["2019-10-12"],
  );
  assert.deepEqual(
    groupByDay(entries, "Europe/Warsaw").map((d) => [d.day, d.runs[0]?.entries.length]),
    [
      ["2019-10-13", 1],
      ["2019-10-12", 1],
    ],
  );
  // West of Greenwich the same instant is still the evening before.
  assert.deepEqual(
    groupByDay(river([["x", "2019-10-13T02:00:00Z", "Night"]]), "America/New_York").map(
      (d) => d.day,
    ),
    ["2019-10-12"],
  );
});

test("an unknown time zone falls back to UTC", () => {
  assert.deepEqual(
    groupByDay(river([["x", "2019-10-12T23:30:00Z", "Late"]]), "Mars/Olympus_Mons").map(
      (d) => d.day,
    ),
    ["2019-10-12"],
  );
});

test("untitled entries are kept", () => {
  const entries = river([["hanno", "2019-09-13T09:30:00Z", ""]]).map((e) => ({
    ...e,
    entry: { ...e.entry, title: null },
  }));
  assert.deepEqual(outline(groupByDay(entries)), ["2019-09-13", "  hanno", "    (untitled)"]);
});
