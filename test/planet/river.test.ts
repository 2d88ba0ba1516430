/** The whole planet stage on a slice of the reference page (seed 004): the river a reader sees. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { StoredEntry } from "../../src/model.js";
import { planPlanet, riverBody } from "../../src/planet/index.js";
import { outline, universe } from "./helpers.js";

test("the river has one heading per day and one author header per run, like the reference page", () => {
  const plan = planPlanet(universe());
  assert.equal(plan.pages.length, 1);
  assert.deepEqual(outline(plan.pages[0]?.days ?? []), [
    "2019-10-13",
    "  mgorny",
    "    Improving distfile mirror structure",
    "2019-10-11",
    "  lordvan",
    "    (untitled)",
    "2019-10-04",
    "  candrews",
    "    (untitled)",
    "  lordvan",
    "    [gentoo] Network Bridge device for Qemu kvm",
    "  candrews",
    "    Improve Security with Mount Options",
    "2019-09-30",
    "  lordvan",
    "    (untitled)",
    "2019-09-22",
    "  ultrabug",
    "    py3status v3.20 – EuroPython 2019 edition",
    "  mgorny",
    "    The gruesome MediaWiki API",
    "2019-09-13",
    "  nathanzachary",
    "    Vim pulling in xorg dependencies in Gentoo",
    "  hanno",
    "    (untitled)",
    "2019-04-25",
    "  candrews",
    "    The Sad Story of TCP Fast Open",
    "    DNSSEC on OpenWrt 18.06",
    "2019-04-24",
    "  prometheanfire",
    "    Building Gentoo disk images",
    "2019-03-26",
    "  leio",
    "    Gentoo GNOME 3.30 for all init systems",
  ]);
});

test("plan.entries is every selected entry once, newest first", () => {
  const plan = planPlanet(universe());
  assert.equal(plan.entries.length, 14);
  const dates = plan.entries.map((e) => e.entry.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
  const links = plan.entries.map((e) => e.entry.link);
  assert.equal(new Set(links).size, links.length);
});

test("a post through a person's main feed and a category feed is shown once, the earliest seen", () => {
  const plan = planPlanet(universe());
  const copies = plan.entries.filter((e) => e.entry.title === "Building Gentoo disk images");
  assert.equal(copies.length, 1);
  assert.equal(copies[0]?.entry.feedUrl, "https://blog.prometheanfire.net/feed/");
});

test("one post by two people (same content) is shown once, under who published it first", () => {
  const plan = planPlanet(universe());
  const copies = plan.entries.filter(
    (e) => e.entry.title === "Gentoo GNOME 3.30 for all init systems",
  );
  assert.deepEqual(
    copies.map((e) => e.person.id),
    ["leio"],
  );
});

test("the input order of stored entries does not change the plan", () => {
  const input = universe({ entriesPerPage: 4 });
  const reversed = { ...input, entries: [...input.entries].reverse() };
  assert.deepEqual(planPlanet(reversed), planPlanet(input));
});

test("full content is shown as is when no excerpt is asked for", () => {
  const [first] = universe().entries;
  assert.deepEqual(riverBody(first as StoredEntry, null), {
    html: first?.content,
    truncated: false,
  });
});

test("with excerptWords, long entries are cut and marked truncated; short ones are whole", () => {
  const { entries } = universe();
  const mirror = entries.find((e) => e.title === "Improving distfile mirror structure");
  const cut = riverBody(mirror as StoredEntry, 16);
  assert.equal(cut.truncated, true);
  assert.ok(cut.html.length < (mirror?.content ?? "").length);
  assert.match(cut.html, /^<p>The Gentoo distfile mirror network[^<]*<\/p>$/);
  const dnssec = entries.find((e) => e.title === "DNSSEC on OpenWrt 18.06");
  assert.deepEqual(riverBody(dnssec as StoredEntry, 16), {
    html: dnssec?.content,
    truncated: false,
  });
});

test("the summary stands in when an entry has no content; nothing at all gives empty html", () => {
  const [first] = universe().entries;
  if (first === undefined) throw new Error("fixture too small");
  const summary = { ...first, content: null, summary: "<p>Only a summary.</p>" };
  assert.equal(riverBody(summary, null).html, "<p>Only a summary.</p>");
  assert.equal(riverBody({ ...first, content: null, summary: null }, null).html, "");
});

test("every entry carries its language; these English posts are detected as English", () => {
  const plan = planPlanet(universe());
  const mirror = plan.entries.find((e) => e.entry.title === "Improving distfile mirror structure");
  assert.equal(mirror?.language, "en");
});

test("an empty store gives a front page with no days and no archives or person pages", () => {
  const input = universe({ days: 7 });
  input.entries = [];
  const plan = planPlanet(input);
  assert.deepEqual(plan.entries, []);
  assert.deepEqual(
    plan.pages.map((p) => [p.path, p.days.length, p.newer, p.older]),
    [["", 0, null, null]],
  );
  assert.deepEqual(plan.archives, []);
  assert.deepEqual(plan.people, []);
});
