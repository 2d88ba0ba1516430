/**
 * Imports, as pure functions over realistic files: Gentoo's Venus layout (one [Planet] file per
 * instance, one file per developer), a classic single-file Venus config, and an OPML export.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { importOpml, importVenus } from "../../src/config/import/index.js";

const fixtures = fileURLToPath(new URL("../fixtures/import/", import.meta.url));
const read = (path: string) => ({ file: path, text: readFileSync(fixtures + path, "utf8") });
const folder = (dir: string) =>
  readdirSync(fixtures + dir)
    .sort()
    .map((name) => read(`${dir}/${name}`));

/** Gentoo's order: an instance's [Planet] file, then its developers' files. */
export const gentooFiles = () => [
  read("gentoo/base/venus.universe"),
  ...folder("gentoo/universe"),
  read("gentoo/base/venus.planet"),
  ...folder("gentoo/planet"),
];

test("Gentoo's layout: two planets, one entry per developer, feeds tagged by the planets that read them", () => {
  const result = importVenus(gentooFiles());
  assert.deepEqual(result.site, {
    title: "Gentoo Universe",
    link: "https://planet.gentoo.example.org/",
    description:
      "Welcome to Gentoo Universe, an aggregation of weblog articles on all topics written by Gentoo developers.",
    owner: { name: "Gentoo Foundation", email: "planet@gentoo.example.org" },
    fetch: { concurrency: 2, timeout: 20, new_feed_items: 10 },
  });
  assert.deepEqual(
    result.planets.map((p) => [
      p.id,
      p.value.path ?? "",
      p.value.include,
      p.value.entries,
      p.value.days,
    ]),
    [
      ["gentoo-universe", "universe/", { tags: ["gentoo-universe"] }, 50, undefined],
      ["planet-gentoo", "", { tags: ["planet-gentoo"] }, 30, 14],
    ],
  );
  assert.deepEqual(result.planets[1].value.exclude, { content: "Sponsored" });
  assert.deepEqual(
    result.people.map((p) => p.id),
    ["dilfridge", "leio", "mgorny"],
  );
  const [dilfridge, leio, mgorny] = result.people;
  assert.equal(dilfridge.name, "Andreas K. Hüttel");
  assert.equal(
    dilfridge.avatar,
    "https://www.gravatar.com/avatar/36167de7e11e3b358446823d51e69792",
  );
  assert.deepEqual(
    dilfridge.feeds.map((f) => [f.url, f.tags]),
    [
      ["http://blog.akhuettel.example.de/feeds/posts/default", ["gentoo-universe"]],
      ["http://blog.akhuettel.example.de/feeds/posts/default/-/gentoo", ["planet-gentoo"]],
    ],
  );
  assert.deepEqual(
    mgorny.feeds.map((f) => f.tags),
    [["gentoo-universe", "planet-gentoo"]],
  );
  assert.deepEqual(mgorny.links, {
    homepage: "https://blogs.gentoo.example.org/mgorny/",
    bugs: "https://bugs.gentoo.example.org/buglist.cgi?email1=mgorny",
  });
  assert.equal(leio.avatar, "leio.png");
  assert.equal(leio.nick, "leio");
});

test("every key that does not map is reported with its file and line, none silently dropped", () => {
  const report = importVenus(gentooFiles()).notImported;
  for (const expected of [
    /^gentoo\/base\/venus\.universe:13: \[Planet\] cache_directory = \/var\/www/,
    /^gentoo\/base\/venus\.universe:14: \[Planet\] log_level = DEBUG/,
    /^gentoo\/base\/venus\.universe:19: \[Planet\] date_format = /,
    /^gentoo\/base\/venus\.universe:22: \[Planet\] activity_threshhold = 30/,
    /^gentoo\/base\/venus\.universe:26: \[Planet\] future_dates = ignore_date/,
    /^gentoo\/base\/venus\.planet:\d+: \[Planet\] filters = .*mememe\.plugin/,
    /^gentoo\/universe\/leio:6: \[\S+\] facewidth = 80/,
    /^gentoo\/universe\/leio:8: \[\S+\] irc = leio on Libera/,
  ]) {
    assert.ok(
      report.some((line) => expected.test(line)),
      `${expected} not in:\n${report.join("\n")}`,
    );
  }
  assert.equal(report.length, 13, report.join("\n"));
});

test("a single-file Venus config: DEFAULT, interpolation, continuation lines, filters, links", () => {
  const result = importVenus([read("planet-venus.ini")]);
  assert.equal(result.site.description, "A planet of\nexample people.");
  assert.deepEqual(
    result.planets.map((p) => [p.id, p.value]),
    [
      [
        "planet-example",
        { entries: 40, title: "Planet Example", description: "A planet of\nexample people." },
      ],
    ],
  );
  const [alice, bob] = result.people;
  assert.deepEqual(
    [alice.id, alice.avatar, alice.feeds[0].filter, alice.feeds[0].tags],
    ["alice", "alice.png", { include: "(?i)linux" }, []],
  );
  assert.deepEqual(
    [bob.id, bob.links, bob.feeds[0].filter],
    ["bob-example", { twitter: "https://twitter.example.com/bob" }, { exclude: "^Sponsored" }],
  );
  const report = result.notImported.join("\n");
  assert.match(
    report,
    /planet-venus\.ini:11: \[Planet\] cache_directory = \/var\/cache\/planet\/example/,
  );
  assert.match(report, /planet-venus\.ini:17: \[index\.html\.tmpl\] days_per_page: a section/);
  assert.match(report, /planet-venus\.ini:4: \[DEFAULT\] cache = \/var\/cache\/planet/);
  assert.equal(
    result.notImported.filter((l) => l.includes("[DEFAULT]")).length,
    1,
    "an inherited key is reported once",
  );
});

test("OPML: nested folders become tags, one feed in two folders is one feed, bad URLs are reported", () => {
  const result = importOpml(read("subscriptions.opml").text, "subscriptions.opml");
  assert.ok(!("error" in result));
  assert.equal(result.site.title, "My subscriptions");
  assert.deepEqual(
    result.people.map((p) => [p.id, p.name, p.links, p.feeds.map((f) => [f.url, f.title, f.tags])]),
    [
      [
        "michal-gorny",
        "Michał Górny",
        { homepage: "https://blogs.example.org/mgorny/" },
        [["https://blogs.example.org/mgorny/feed/", null, ["linux", "gentoo"]]],
      ],
      [
        "gentoo-news",
        "Gentoo News",
        { homepage: "https://www.gentoo.example.org/" },
        [["https://www.gentoo.example.org/feeds/news.xml", null, ["linux", "gentoo"]]],
      ],
      [
        "tony-finch",
        "Tony Finch",
        { homepage: "https://dotat.example.org/" },
        [["https://dotat.example.org/blog/index.atom", "dotat blog", ["networking", "dns"]]],
      ],
    ],
  );
  assert.match(
    result.notImported.join("\n"),
    /Local file.*file:\/\/\/etc\/passwd.*not an http\(s\) URL/,
  );
  assert.ok("error" in importOpml("<rss/>", "x.opml"));
});

test("one person listed twice under different names is one entry, and the second name is reported", () => {
  const result = importVenus([
    { file: "a.ini", text: "[https://a.example.org/feed]\nusername = ann\nname = Ann Smith\n" },
    { file: "b.ini", text: "[https://a.example.org/other]\nusername = ann\nname = Ann S.\n" },
  ]);
  assert.deepEqual(
    result.people.map((p) => [p.id, p.name, p.feeds.length]),
    [["ann", "Ann Smith", 2]],
  );
  assert.deepEqual(result.notImported, [
    'b.ini:3: [https://a.example.org/other] name = Ann S.: "ann" is named "Ann Smith" already',
  ]);
});
