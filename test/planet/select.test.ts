/** Which entries a planet shows: include/exclude by tag, category, person, language, regex; subscription filters. */
import assert from "node:assert/strict";
import { test } from "node:test";
import type { PlanetSpec } from "../../src/model.js";
import { selectEntries } from "../../src/planet/index.js";
import { person, planetSpec, selector, storedEntry, subscription, universe } from "./helpers.js";

function titles(planet: Partial<PlanetSpec>, aliases: Record<string, string[]> = {}): string[] {
  return selectEntries(universe(planet, aliases))
    .map((s) => s.entry)
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((e) => e.title ?? `(untitled ${e.date.slice(0, 10)})`);
}

test("include null and exclude null: everything but what a subscription filter drops", () => {
  const all = titles({});
  assert.equal(all.length, 16);
  assert.ok(
    !all.includes("A sponsored post"),
    "hanno's subscription filter excludes /\\bsponsored\\b/",
  );
});

test("include by tag reads only the tagged subscriptions of a person", () => {
  assert.deepEqual(titles({ include: selector({ tags: ["gentoo-category"] }) }), [
    "Building Gentoo disk images",
  ]);
  assert.deepEqual(titles({ include: selector({ tags: ["gentoo-blogs", "official"] }) }), [
    "Improving distfile mirror structure",
    "The gruesome MediaWiki API",
    "Gentoo GNOME 3.30 for all init systems",
    "Gentoo GNOME 3.30 for all init systems",
  ]);
});

test("exclude by tag leaves those subscriptions out", () => {
  const shown = titles({ exclude: selector({ tags: ["personal", "official"] }) });
  assert.deepEqual(shown, [
    "Improving distfile mirror structure",
    "The gruesome MediaWiki API",
    "Building Gentoo disk images",
    "Gentoo GNOME 3.30 for all init systems",
  ]);
});

test("categories match case-insensitively and through aliases, both ways", () => {
  const planet = { include: selector({ categories: ["gentoo"] }) };
  // Without aliases: "Gentoo" and "gentoo" match, "Gentoo Linux" does not.
  const plain = titles(planet);
  assert.ok(plain.includes("Improving distfile mirror structure"));
  assert.ok(plain.includes("py3status v3.20 – EuroPython 2019 edition"));
  assert.ok(!plain.includes("Vim pulling in xorg dependencies in Gentoo"));
  const aliases = { gentoo: ["Gentoo Linux"] };
  const aliased = titles(planet, aliases);
  assert.ok(aliased.includes("Vim pulling in xorg dependencies in Gentoo"));
  assert.ok(aliased.includes("[gentoo] Network Bridge device for Qemu kvm"));
  assert.ok(!aliased.includes("The Sad Story of TCP Fast Open"));
  // The selector may name a spelling instead of the canonical name.
  assert.deepEqual(
    titles({ include: selector({ categories: ["GENTOO LINUX"] }) }, aliases),
    aliased,
  );
});

test("include by people, exclude by people", () => {
  assert.deepEqual(titles({ include: selector({ people: ["mgorny", "leio"] }) }), [
    "Improving distfile mirror structure",
    "The gruesome MediaWiki API",
    "Gentoo GNOME 3.30 for all init systems",
  ]);
  const rest = titles({ exclude: selector({ people: ["lordvan", "candrews", "hanno"] }) });
  assert.equal(rest.length, 8);
  assert.ok(rest.every((t) => !t.startsWith("(untitled")));
});

test("title and content patterns are case-insensitive; content is matched as plain text", () => {
  assert.deepEqual(titles({ include: selector({ title: "^gentoo gnome" }) }), [
    "Gentoo GNOME 3.30 for all init systems",
    "Gentoo GNOME 3.30 for all init systems",
  ]);
  // "</p><p>" between the paragraphs is markup, not text: plain text reads "2002. It might".
  assert.deepEqual(titles({ include: selector({ content: "back to 2002\\.\\s+it might" }) }), [
    "Improving distfile mirror structure",
  ]);
  // An untitled entry never matches a title pattern but is not an error.
  assert.ok(!titles({ include: selector({ title: "." }) }).some((t) => t.startsWith("(untitled")));
});

test("every listed criterion of a selector must match", () => {
  const include = selector({ categories: ["gentoo"], people: ["mgorny"], title: "mediawiki" });
  assert.deepEqual(titles({ include }), ["The gruesome MediaWiki API"]);
});

test("Planet Gentoo: the same people, Gentoo topics only, minus a person", () => {
  const shown = titles(
    { include: selector({ categories: ["gentoo"] }), exclude: selector({ people: ["news"] }) },
    { gentoo: ["gentoo linux"] },
  );
  assert.deepEqual(shown, [
    "Improving distfile mirror structure",
    "[gentoo] Network Bridge device for Qemu kvm",
    "py3status v3.20 – EuroPython 2019 edition",
    "The gruesome MediaWiki API",
    "Vim pulling in xorg dependencies in Gentoo",
    "Building Gentoo disk images",
    "Building Gentoo disk images",
    "Gentoo GNOME 3.30 for all init systems",
  ]);
});

test("an invalid pattern matches nothing instead of failing the build", () => {
  assert.deepEqual(titles({ include: selector({ title: "([" }) }), []);
  assert.equal(titles({ exclude: selector({ title: "([" }) }).length, 16);
});

test("an exclude selector with no criteria excludes nothing", () => {
  assert.equal(titles({ exclude: selector() }).length, 16);
});

const FRENCH =
  "<p>Je pense avoir fait le tour de la partie technique. Essayez de parler de ce sujet autour de vous pour mettre au jour les différents problèmes, et si vous avez des commentaires, vous pouvez me contacter.</p>";
const ENGLISH =
  "<p>I recently created a self-managed cluster, and I had an issue with images where the trigger scripts were failing for an unknown reason. Since I could not find a resource online to fix it, I wanted to write this post.</p>";

function bilingual() {
  const url = "https://elou.world/feed.xml";
  const mk = (key: string, fields: Parameters<typeof storedEntry>[0]) =>
    storedEntry({ ...fields, key, personId: "elouan" });
  return {
    planet: planetSpec(),
    people: [person("elouan", "Elouan Martinet")],
    subscriptions: [subscription(url, "elouan")],
    categoryAliases: {},
    entries: [
      mk("fr-detected", { feedUrl: url, date: "2019-02-08T02:00:00Z", content: FRENCH }),
      mk("en-detected", { feedUrl: url, date: "2020-11-11T22:30:00Z", content: ENGLISH }),
      mk("declared", {
        feedUrl: url,
        date: "2020-06-07T12:00:00Z",
        content: FRENCH,
        language: "en-US",
      }),
      mk("attribute", {
        feedUrl: url,
        date: "2020-06-08T12:00:00Z",
        content: `<div lang="fr-CA">${ENGLISH}</div>`,
      }),
      mk("unknown", { feedUrl: url, date: "2020-06-09T12:00:00Z", content: "<p>Short.</p>" }),
    ],
  };
}

function keys(languages: string[], exclude = false): string[] {
  const input = bilingual();
  input.planet = planetSpec(
    exclude ? { exclude: selector({ languages }) } : { include: selector({ languages }) },
  );
  return selectEntries(input)
    .map((s) => s.entry.key)
    .sort();
}

test("languages: declared first, then the content's lang attribute, then detection; primary subtags compare", () => {
  assert.deepEqual(keys(["fr"]), ["attribute", "fr-detected"]);
  assert.deepEqual(keys(["EN-gb"]), ["declared", "en-detected"]);
  assert.deepEqual(keys(["fr"], true), ["declared", "en-detected", "unknown"]);
  const languages = new Map(selectEntries(bilingual()).map((s) => [s.entry.key, s.language]));
  assert.deepEqual(Object.fromEntries(languages), {
    "fr-detected": "fr",
    "en-detected": "en",
    declared: "en-US",
    attribute: "fr-CA",
    unknown: null,
  });
});

test("subscription filters: include and exclude patterns on title plus plain content", () => {
  const url = "https://example.org/feed";
  const entries = [
    storedEntry({
      feedUrl: url,
      key: "a",
      personId: "p",
      date: "2020-01-03T00:00:00Z",
      title: "Gentoo news",
      content: "<p>x</p>",
    }),
    storedEntry({
      feedUrl: url,
      key: "b",
      personId: "p",
      date: "2020-01-02T00:00:00Z",
      title: "Cats",
      content: "<p>About <b>Gen</b>too.</p>",
    }),
    storedEntry({
      feedUrl: url,
      key: "c",
      personId: "p",
      date: "2020-01-01T00:00:00Z",
      title: "Cats",
      content: "<p>Only cats, gentoo-free? no: DRAFT</p>",
    }),
    storedEntry({
      feedUrl: url,
      key: "d",
      personId: "p",
      date: "2020-01-01T00:00:00Z",
      title: "Dogs",
      content: "<p>woof</p>",
    }),
  ];
  const sub = subscription(url, "p", [], { include: "gentoo", exclude: "\\bdraft\\b" });
  const selected = selectEntries({
    planet: planetSpec(),
    people: [person("p")],
    subscriptions: [sub],
    entries,
    categoryAliases: {},
  });
  assert.deepEqual(
    selected.map((s) => s.entry.key),
    ["a", "b"],
  );
});

test("entries of unknown feeds or people, and backfilled entries, are left out", () => {
  const url = "https://example.org/feed";
  const base = { feedUrl: url, personId: "p", date: "2020-01-01T00:00:00Z" };
  const selected = selectEntries({
    planet: planetSpec(),
    people: [person("p")],
    subscriptions: [subscription(url, "p"), subscription("https://example.org/orphan", "ghost")],
    entries: [
      storedEntry({ ...base, key: "kept" }),
      storedEntry({ ...base, key: "backfill", backfill: true }),
      storedEntry({ ...base, key: "unsubscribed", feedUrl: "https://gone.example/feed" }),
      storedEntry({
        ...base,
        key: "ghost",
        feedUrl: "https://example.org/orphan",
        personId: "ghost",
      }),
    ],
    categoryAliases: {},
  });
  assert.deepEqual(
    selected.map((s) => s.entry.key),
    ["kept"],
  );
});

test("the config decides whose a feed is: an entry stored under another person follows the subscription", () => {
  const url = "https://shared.example/feed";
  const selected = selectEntries({
    planet: planetSpec(),
    people: [person("a"), person("b")],
    subscriptions: [subscription(url, "b")],
    entries: [storedEntry({ feedUrl: url, personId: "a", date: "2020-01-01T00:00:00Z" })],
    categoryAliases: {},
  });
  assert.deepEqual(
    selected.map((s) => s.person.id),
    ["b"],
  );
});
