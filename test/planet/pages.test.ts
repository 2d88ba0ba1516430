/** The front page window, numbered pages, monthly archives and person pages. */
import assert from "node:assert/strict";
import { test } from "node:test";
import fc from "fast-check";
import type { RiverPage, StoredEntry } from "../../src/model.js";
import { PERSON_PAGE_ENTRIES, planPlanet } from "../../src/planet/index.js";
import { person, planetSpec, storedEntry, subscription, universe } from "./helpers.js";

function keysOf(page: RiverPage): string[] {
  return page.days.flatMap((d) => d.runs.flatMap((r) => r.entries.map((e) => e.entry.key)));
}

function summary(pages: RiverPage[]): [string, number, string | null, string | null][] {
  return pages.map((p) => [p.path, keysOf(p).length, p.newer, p.older]);
}

test("entriesPerPage: numbered pages count from the oldest, and link newer and older", () => {
  const plan = planPlanet(universe({ entriesPerPage: 5 }));
  assert.deepEqual(summary(plan.pages), [
    ["", 5, null, "page/2/"],
    ["page/2/", 4, "", "page/1/"],
    ["page/1/", 5, "page/2/", null],
  ]);
  assert.deepEqual(
    plan.pages.map((p) => p.title),
    ["Gentoo Universe", "Gentoo Universe: Page 2", "Gentoo Universe: Page 1"],
  );
});

test("a new entry changes the front page and the newest numbered page only", () => {
  const input = universe({ entriesPerPage: 3 });
  const before = planPlanet(input);
  const newest = input.entries[0];
  if (newest === undefined) throw new Error("fixture too small");
  const added = storedEntry({
    feedUrl: newest.feedUrl,
    personId: newest.personId,
    link: "https://example.org/new",
    title: "New",
    date: "2019-10-20T10:00:00Z",
    content: "<p>New.</p>",
  });
  const after = planPlanet({ ...input, entries: [...input.entries, added] });
  const pages = (plan: typeof before) => new Map(plan.pages.map((p) => [p.path, keysOf(p)]));
  const [was, now] = [pages(before), pages(after)];
  const changed = [...now].filter(([path, keys]) => String(was.get(path)) !== String(keys));
  assert.deepEqual(
    changed.map(([path]) => path),
    ["", "page/4/"],
  );
  assert.deepEqual(now.get("page/1/"), was.get("page/1/"));
});

test("days: the front page holds the last N calendar days counted from the newest entry, not from today", () => {
  // Newest entry 2019-10-13; 10 days back reaches 2019-10-04, all of that day included.
  const plan = planPlanet(universe({ days: 10, entriesPerPage: 4 }));
  assert.deepEqual(summary(plan.pages), [
    ["", 4, null, "page/3/"],
    ["page/3/", 2, "", "page/2/"],
    ["page/2/", 4, "page/3/", "page/1/"],
    ["page/1/", 4, "page/2/", null],
  ]);
  const wide = planPlanet(universe({ days: 10, entriesPerPage: 60 }));
  assert.deepEqual(
    wide.pages[0]?.days.map((d) => d.day),
    ["2019-10-13", "2019-10-11", "2019-10-04"],
  );
  assert.deepEqual(summary(wide.pages).slice(1), [["page/1/", 9, "", null]]);
  const one = planPlanet(universe({ days: 1 }));
  assert.deepEqual(
    one.pages[0]?.days.map((d) => d.day),
    ["2019-10-13"],
  );
});

test("the days window counts calendar days in the planet's time zone", () => {
  const url = "https://x.example/feed";
  const at = (key: string, date: string) =>
    storedEntry({ feedUrl: url, key, personId: "x", date, content: `<p>${key}</p>` });
  const input = {
    planet: planetSpec({ days: 1, timeZone: "Europe/Warsaw" }),
    people: [person("x")],
    subscriptions: [subscription(url, "x")],
    entries: [
      at("newest", "2019-10-13T10:00:00Z"),
      at("late", "2019-10-12T23:30:00Z"),
      at("evening", "2019-10-12T21:30:00Z"),
    ],
    categoryAliases: {},
  };
  assert.deepEqual(keysOf(planPlanet(input).pages[0] as RiverPage), ["newest", "late"]);
  input.planet = planetSpec({ days: 1 });
  assert.deepEqual(keysOf(planPlanet(input).pages[0] as RiverPage), ["newest"]);
});

test("monthly archives: one per month with entries, newest first, linked newer/older", () => {
  const plan = planPlanet(universe({ entriesPerPage: 3 }));
  assert.deepEqual(summary(plan.archives), [
    ["archive/2019/10/", 5, null, "archive/2019/09/"],
    ["archive/2019/09/", 5, "archive/2019/10/", "archive/2019/04/"],
    ["archive/2019/04/", 3, "archive/2019/09/", "archive/2019/03/"],
    ["archive/2019/03/", 1, "archive/2019/04/", null],
  ]);
  assert.equal(plan.archives[0]?.title, "October 2019");
  assert.deepEqual(
    plan.archives[2]?.days.map((d) => d.day),
    ["2019-04-25", "2019-04-24"],
  );
});

test("archive months follow the time zone: 23:30 UTC on March 31 is April in Warsaw", () => {
  const url = "https://x.example/feed";
  const input = {
    planet: planetSpec({ timeZone: "Europe/Warsaw", language: "fr" }),
    people: [person("x")],
    subscriptions: [subscription(url, "x")],
    entries: [storedEntry({ feedUrl: url, personId: "x", date: "2019-03-31T23:30:00Z" })],
    categoryAliases: {},
  };
  const plan = planPlanet(input);
  assert.deepEqual(
    plan.archives.map((a) => [a.path, a.title]),
    [["archive/2019/04/", "avril 2019"]],
  );
});

test("person pages: one per person with entries, in config order, their entries only", () => {
  const plan = planPlanet(universe({ entriesPerPage: 3 }));
  assert.deepEqual(
    plan.people.map((p) => [p.path, p.title, keysOf(p).length]),
    [
      ["people/mgorny/", "Michał Górny", 2],
      ["people/lordvan/", "Thomas Raschbacher", 3],
      ["people/candrews/", "Craig Andrews", 4],
      ["people/ultrabug/", "Alexys Jacob", 1],
      ["people/nathanzachary/", "Nathan Zachary", 1],
      ["people/hanno/", "Hanno Böck", 1],
      ["people/prometheanfire/", "Matthew Thode", 1],
      ["people/leio/", "Mart Raudsepp", 1],
    ],
  );
  const candrews = plan.people[2] as RiverPage;
  assert.ok(candrews.days.every((d) => d.runs.every((r) => r.person.id === "candrews")));
  // Two days of October 4 runs (candrews, lordvan, candrews) become one run on his own page.
  assert.equal(candrews.days[0]?.runs.length, 1);
  assert.equal(candrews.days[0]?.runs[0]?.entries.length, 2);
});

test("a person page shows their newest entries up to the cap", () => {
  const url = "https://busy.example/feed";
  const entries = Array.from({ length: PERSON_PAGE_ENTRIES + 7 }, (_, i) =>
    storedEntry({
      feedUrl: url,
      key: `e${i}`,
      personId: "busy",
      date: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString().replace(".000", ""),
      content: `<p>post ${i}</p>`,
    }),
  );
  const plan = planPlanet({
    planet: planetSpec(),
    people: [person("busy")],
    subscriptions: [subscription(url, "busy")],
    entries,
    categoryAliases: {},
  });
  const keys = keysOf(plan.people[0] as RiverPage);
  assert.equal(keys.length, PERSON_PAGE_ENTRIES);
  assert.equal(keys[0], `e${PERSON_PAGE_ENTRIES + 6}`);
});

// ─── properties ───────────────────────────────────────────────────────────────────────────

const PEOPLE = ["a", "b", "c"];
const FEEDS = PEOPLE.map((id) => `https://${id}.example/feed`);

const arbitraryEntry = fc
  .record({
    who: fc.integer({ min: 0, max: 2 }),
    minutes: fc.integer({ min: 0, max: 60 * 24 * 120 }),
    post: fc.integer({ min: 0, max: 400 }),
  })
  .map(({ who, minutes, post }) =>
    storedEntry({
      feedUrl: FEEDS[who] ?? "",
      personId: PEOPLE[who] ?? "",
      key: `${who}-${post}`,
      link: `https://${PEOPLE[who]}.example/post/${post}`,
      date: new Date(Date.UTC(2019, 0, 1) + minutes * 60_000).toISOString().replace(".000", ""),
      content: `<p>Post ${post} by ${who}</p>`,
    }),
  );

const arbitraryInput = fc.record({
  entries: fc.uniqueArray(arbitraryEntry, { selector: (e: StoredEntry) => e.key, maxLength: 80 }),
  entriesPerPage: fc.integer({ min: 1, max: 15 }),
  days: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  timeZone: fc.constantFrom("UTC", "Europe/Warsaw", "America/New_York", "Asia/Kolkata"),
});

function pageKeys(pages: RiverPage[]): string[] {
  return pages.flatMap(keysOf);
}

test("property: every selected entry is on exactly one river page and one archive; pages are ordered and bounded", () => {
  fc.assert(
    fc.property(arbitraryInput, ({ entries, entriesPerPage, days, timeZone }) => {
      const plan = planPlanet({
        planet: planetSpec({ entriesPerPage, days, timeZone }),
        people: PEOPLE.map((id) => person(id)),
        subscriptions: PEOPLE.map((id, i) => subscription(FEEDS[i] ?? "", id)),
        entries,
        categoryAliases: {},
      });
      const selected = plan.entries.map((e) => e.entry.key);
      // Distinct keys here are distinct posts, so dedupe keeps them all.
      assert.equal(selected.length, entries.length);
      assert.deepEqual(pageKeys(plan.pages), selected);
      assert.deepEqual(pageKeys(plan.archives), selected);
      for (const page of plan.pages) assert.ok(keysOf(page).length <= entriesPerPage);
      const dates = plan.entries.map((e) => e.entry.date);
      assert.deepEqual(dates, [...dates].sort().reverse());
      for (const pages of [plan.pages, plan.archives]) {
        const days = pages.flatMap((p) => p.days.map((d) => d.day));
        assert.deepEqual(days, [...days].sort().reverse());
      }
      for (const page of plan.pages.slice(1)) assert.equal(keysOf(page).length > 0, true);
    }),
    { numRuns: 200 },
  );
});
