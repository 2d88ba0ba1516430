import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import {
  type ConfigError,
  formatConfigError,
  loadConfig,
  parseConfig,
} from "../../src/config/index.js";

const FULL = fileURLToPath(new URL("../fixtures/config/full.yaml", import.meta.url));
const DIR = fileURLToPath(new URL("../fixtures/config/", import.meta.url)).replace(/\/$/, "");

/** A valid config's head; tests append or replace parts. */
const HEAD = "title: T\nlink: https://planet.example.org/\n";
const ALICE = "people:\n  alice:\n    name: Alice\n    feeds: [https://alice.example.org/feed]\n";

function errorsOf(text: string): ConfigError[] {
  const result = parseConfig(text, "/site/orrery.yaml");
  assert.equal(result.ok, false, "expected the config to be refused");
  return result.ok ? [] : result.errors;
}

/** Asserts exactly one error, at `line`, about `key`, whose message contains `message`. */
function assertOneError(text: string, line: number, key: string, message: string): ConfigError {
  const errors = errorsOf(text);
  assert.equal(errors.length, 1, errors.map(formatConfigError).join("\n"));
  const [error] = errors;
  assert.equal(error.line, line);
  assert.equal(error.key, key);
  assert.ok(error.message.includes(message), `"${error.message}" should include "${message}"`);
  return error;
}

test("a full config yields the normalized SiteConfig", () => {
  const result = parseConfig(readFileSync(FULL, "utf8"), FULL);
  assert.ok(result.ok, result.ok ? "" : result.errors.map(formatConfigError).join("\n"));
  const c = result.config;
  assert.equal(c.file, FULL);
  assert.equal(c.dir, DIR);
  assert.equal(c.link, "https://universe.example.org/");
  assert.deepEqual(c.owner, { name: "Planet Team", email: "planet@example.org" });
  assert.equal(c.database, join(DIR, "data/orrery.db"));
  assert.equal(c.output, join(DIR, "public"));
  assert.equal(c.theme, join(DIR, "theme"));
  assert.deepEqual(c.embedHosts, ["peertube.example.org"]);
  assert.deepEqual(c.categoryAliases, { gentoo: ["gentoo linux", "gentoo-linux"] });
  assert.deepEqual(c.fetch, {
    timeoutSeconds: 30,
    maxBytes: 2 * 1024 * 1024,
    concurrency: 8,
    perHostConcurrency: 1,
    userAgent: "Orrery/0.1 (+https://universe.example.org/)",
    followPermanentRedirects: "rewrite",
    allowPrivateAddresses: false,
    minIntervalSeconds: 3600,
    newFeedItems: 3,
  });
  assert.deepEqual(c.people, [
    {
      id: "mgorny",
      name: "Michał Górny",
      nick: "mgorny",
      avatar: "avatars/mgorny.png",
      links: [
        { name: "homepage", url: "https://blogs.example.org/mgorny/" },
        { name: "bugs", url: "https://bugs.example.org/?who=mgorny" },
      ],
    },
    { id: "exagone313", name: "Elouan Martinet", nick: null, avatar: null, links: [] },
  ]);
  const bare = { title: null, tags: [], filter: null, userAgent: null, headers: {} };
  assert.deepEqual(c.subscriptions, [
    { ...bare, url: "https://blogs.example.org/mgorny/feed/", personId: "mgorny" },
    {
      url: "https://blogs.example.org/mgorny/category/gentoo/feed/",
      personId: "mgorny",
      title: "Michał's Gentoo posts",
      tags: ["gentoo"],
      filter: { include: "portage|ebuild", exclude: "^draft" },
      userAgent: "Special/1.0",
      headers: { "X-Token": "abc" },
    },
    { ...bare, url: join(DIR, "feeds/elouworld.xml"), personId: "exagone313" },
    { ...bare, url: "file:///srv/feeds/other.xml", personId: "exagone313" },
  ]);
  assert.deepEqual(c.planets, [
    {
      id: "universe",
      title: "Gentoo Universe",
      description: "An aggregation of weblog articles on all topics written by Gentoo developers.",
      link: "https://universe.example.org/",
      path: "",
      include: null,
      exclude: null,
      days: null,
      entriesPerPage: 30,
      excerptWords: 150,
      timeZone: "UTC",
      language: "en",
      strings: {},
    },
    {
      id: "planet",
      title: "Planet Gentoo",
      description: "Gentoo topics only.",
      link: "https://universe.example.org/planet/",
      path: "planet/",
      include: {
        tags: [],
        categories: ["gentoo"],
        people: ["mgorny", "exagone313"],
        languages: ["en"],
        title: null,
        content: null,
      },
      exclude: {
        tags: ["noisy"],
        categories: [],
        people: [],
        languages: [],
        title: "^\\[off-topic\\]",
        content: null,
      },
      days: 14,
      entriesPerPage: 20,
      excerptWords: null,
      timeZone: "Europe/Warsaw",
      language: "pl",
      strings: { continue_reading: "Czytaj dalej" },
    },
  ]);
});

test("a minimal config gets one planet at the root and every default", () => {
  const result = parseConfig(HEAD + ALICE, "/site/orrery.yaml");
  assert.ok(result.ok);
  assert.equal(result.config.database, "/site/orrery.db");
  assert.equal(result.config.output, "/site/public");
  assert.equal(result.config.theme, null);
  assert.deepEqual(
    result.config.planets.map((p) => [p.id, p.path, p.title, p.timeZone, p.excerptWords]),
    [["universe", "", "T", "UTC", 150]],
  );
  assert.equal(result.config.fetch.userAgent, "Orrery/0.1 (+https://planet.example.org/)");
  assert.equal(result.config.fetch.maxBytes, 15 * 1024 * 1024);
});

test("a postgres:// database is kept as written", () => {
  const result = parseConfig(
    `${HEAD}database: postgres://orrery@db/planet\n${ALICE}`,
    "/site/orrery.yaml",
  );
  assert.ok(result.ok);
  assert.equal(result.config.database, "postgres://orrery@db/planet");
});

test("an unknown key is an error with a suggestion", () => {
  const e = assertOneError(
    `${HEAD}descriptoin: x\n${ALICE}`,
    3,
    "descriptoin",
    'did you mean "description"?',
  );
  assert.equal(e.column, 1);
  const line = '/site/orrery.yaml:3:1: descriptoin: unknown key; did you mean "description"?';
  assert.equal(formatConfigError(e), line);
});

test("an unknown key far from every known one lists the known keys", () => {
  assertOneError(
    `${HEAD}activity_threshhold: 90\n${ALICE}`,
    3,
    "activity_threshhold",
    "known keys: title, link",
  );
});

test("a nested unknown key names its full path", () => {
  const text = `${HEAD}${ALICE}    nik: al\n`;
  assertOneError(text, 7, "people.alice.nik", 'did you mean "nick"?');
});

test("a wrong type says what was expected and what was found", () => {
  const text = `${HEAD}people:\n  alice:\n    name: Alice\n    feeds:\n      - url: https://alice.example.org/feed\n        tags: 3\n`;
  const e = assertOneError(
    text,
    8,
    "people.alice.feeds[0].tags",
    "expected a list of strings, got a number",
  );
  assert.equal(e.column, 15);
});

test("missing required keys are each reported", () => {
  const errors = errorsOf(
    "description: nothing else\npeople:\n  alice:\n    feeds: [https://a.example.org/]\n",
  );
  assert.deepEqual(
    errors.map((e) => [e.key, e.message]),
    [
      ["title", "required, but missing"],
      ["link", "required, but missing"],
      ["people.alice.name", "required, but missing"],
    ],
  );
});

test("a person without feeds is an error", () => {
  assertOneError(
    `${HEAD}people:\n  alice:\n    name: Alice\n`,
    5,
    "people.alice.feeds",
    "required, but missing",
  );
  assertOneError(
    `${HEAD}people:\n  alice:\n    name: Alice\n    feeds: []\n`,
    6,
    "people.alice.feeds",
    "at least one feed",
  );
});

test("a duplicate feed names both places", () => {
  const text = `${HEAD}${ALICE}  bob:\n    name: Bob\n    feeds:\n      - https://alice.example.org/feed\n`;
  const e = assertOneError(
    text,
    10,
    "people.bob.feeds[0]",
    "duplicate feed https://alice.example.org/feed",
  );
  assert.ok(e.message.includes("people.alice.feeds[0] (line 6)"), e.message);
});

test("a local path and a file:// URL of the same file are one feed", () => {
  const text = `${HEAD}people:\n  alice:\n    name: Alice\n    feeds: [feeds/a.xml, "file:///site/feeds/a.xml"]\n`;
  assertOneError(text, 6, "people.alice.feeds[1]", "duplicate feed");
});

test("a duplicate YAML key is an error at the second one", () => {
  const e = assertOneError(
    `${HEAD}title: Again\n${ALICE}`,
    3,
    "title",
    "duplicate key (first given on line 1)",
  );
  assert.equal(e.column, 1);
});

test("bad URLs are refused", () => {
  assertOneError(
    `title: T\nlink: planet.example.org\n${ALICE}`,
    2,
    "link",
    "expected an absolute http(s) URL",
  );
  const feed = `${HEAD}people:\n  alice:\n    name: Alice\n    feeds: ["ftp://alice.example.org/feed"]\n`;
  assertOneError(
    feed,
    6,
    "people.alice.feeds[0]",
    "expected an http(s) URL, a file:// URL or a local path",
  );
  const link = `${HEAD}${ALICE}    links: { homepage: "javascript:alert(1)" }\n`;
  assertOneError(link, 7, "people.alice.links.homepage", "expected an absolute URL");
});

test("a person id that is not slug-like is an error", () => {
  const text = `${HEAD}people:\n  Alice Smith:\n    name: Alice\n    feeds: [https://alice.example.org/feed]\n`;
  const e = assertOneError(text, 4, "people.Alice Smith", "cannot be a person id");
  assert.equal(e.column, 3);
});

test("a planet naming an unknown person is an error", () => {
  const text = `${HEAD}${ALICE}planets:\n  p:\n    include: { people: [alice, bob] }\n`;
  assertOneError(text, 9, "planets.p.include.people[1]", 'unknown person "bob"');
});

test("an invalid regular expression is an error", () => {
  const text = `${HEAD}${ALICE}planets:\n  p:\n    exclude: { title: "([a-z" }\n`;
  assertOneError(text, 9, "planets.p.exclude.title", "invalid regular expression");
  const filter = `${HEAD}people:\n  alice:\n    name: Alice\n    feeds:\n      - url: https://a.example.org/\n        filter: { include: "*x" }\n`;
  assertOneError(filter, 8, "people.alice.feeds[0].filter.include", "invalid regular expression");
});

test("an unknown time zone is an error", () => {
  assertOneError(
    `${HEAD}timezone: Europe/Atlantis\n${ALICE}`,
    3,
    "timezone",
    'unknown time zone "Europe/Atlantis"',
  );
  const text = `${HEAD}${ALICE}planets:\n  p:\n    timezone: Mars/Base\n`;
  assertOneError(text, 9, "planets.p.timezone", "unknown time zone");
});

test("planet paths are normalized, unique and inside the site", () => {
  const same = `${HEAD}${ALICE}planets:\n  a: { path: planet }\n  b: { path: /planet/ }\n`;
  assertOneError(same, 9, "planets.b", 'path "planet/" is already used by planet "a"');
  const outside = `${HEAD}${ALICE}planets:\n  a: { path: ../x }\n`;
  assertOneError(outside, 8, "planets.a.path", 'no ".."');
  const clash = `${HEAD}${ALICE}planets:\n  a: {}\n  b: { path: archive/ }\n`;
  assertOneError(clash, 9, "planets.b.path", "would overwrite the archive pages");
});

test("sizes, durations and choices are checked", () => {
  const text = `${HEAD}fetch:\n  max_size: 15 parsecs\n  interval: -5\n  follow_permanent_redirects: always\n${ALICE}`;
  const errors = errorsOf(text);
  assert.deepEqual(
    errors.map((e) => [e.line, e.key]),
    [
      [4, "fetch.max_size"],
      [5, "fetch.interval"],
      [6, "fetch.follow_permanent_redirects"],
    ],
  );
  assert.match(errors[0].message, /expected a size such as 15728640 or "15 MiB", got "15 parsecs"/);
  assert.match(errors[2].message, /expected one of report, rewrite/);
});

test("a YAML syntax error is reported with its place", () => {
  const errors = errorsOf(`${HEAD}people: [unclosed\n`);
  assert.ok(errors.length >= 1);
  assert.equal(errors[0].key, "");
  assert.match(errors[0].message, /^YAML syntax: /);
  assert.ok(errors[0].line >= 3);
});

test("an empty file is an error, not a crash", () => {
  assertOneError("", 1, "", "the config is empty");
  assertOneError("- a list\n", 1, "", "expected a mapping, got a list");
});

test("every error is reported in one pass, in file order", () => {
  const text = [
    "title: T",
    "link: nowhere",
    "fetch: { concurrency: 0 }",
    "people:",
    "  alice:",
    "    name: 7",
    "    feeds: [https://a.example.org/]",
    "planets:",
    "  p: { days: many }",
  ].join("\n");
  assert.deepEqual(
    errorsOf(text).map((e) => [e.line, e.key]),
    [
      [2, "link"],
      [3, "fetch.concurrency"],
      [6, "people.alice.name"],
      [9, "planets.p.days"],
    ],
  );
});

test("loadConfig reads a file and turns a missing one into an error value", async () => {
  const dir = await mkdtemp(join(tmpdir(), "orrery-config-"));
  try {
    const file = join(dir, "orrery.yaml");
    const missing = await loadConfig(file);
    assert.equal(missing.ok, false);
    assert.ok(!missing.ok && missing.errors[0].message.includes("no such file"));
    await writeFile(file, HEAD + ALICE);
    const loaded = await loadConfig(file);
    assert.ok(loaded.ok);
    assert.equal(loaded.config.database, join(dir, "orrery.db"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
