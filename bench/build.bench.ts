/**
 * `npm run bench:build`: a store of 100,000 entries from 1,000 feeds; the time and peak RSS of a
 * full build (default window plus every archive and person page), then of a rebuild after one
 * new entry. Options: --feeds N --entries-per-feed M.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { build } from "../src/cli/build.js";
import { defaultFetchSettings } from "../src/cli/fetch-defaults.js";
import type { Entry, FetchState, PlanetSpec, SiteConfig } from "../src/model.js";
import { emptyFeed } from "../src/parse/index.js";
import { openStore } from "../src/store/index.js";
import { entryHtml, seeded } from "./lib/corpus.js";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "1000" },
    "entries-per-feed": { type: "string", default: "100" },
  },
});
const feeds = Number(values.feeds);
const perFeed = Number(values["entries-per-feed"]);
const dir = await mkdtemp(join(tmpdir(), "orrery-bench-build-"));

const people = Array.from({ length: feeds }, (_, i) => ({
  id: `p${i}`,
  name: `Person ${i}`,
  nick: `nick${i}`,
  avatar: null,
  links: [{ name: "homepage", url: `https://blog${i}.example.org/` }],
}));
const subscriptions = people.map((p, i) => ({
  url: `https://blog${i}.example.org/feed.xml`,
  personId: p.id,
  title: null,
  tags: [],
  filter: null,
  userAgent: null,
  headers: {},
}));
const planet: PlanetSpec = {
  id: "universe",
  title: "Bench Universe",
  description: null,
  link: "https://bench.example.org/",
  path: "",
  include: null,
  exclude: null,
  days: null,
  entriesPerPage: 30,
  excerptWords: 150,
  timeZone: "UTC",
  language: "en",
  strings: {},
};
const config: SiteConfig = {
  file: join(dir, "orrery.yaml"),
  dir,
  title: "Bench Universe",
  link: "https://bench.example.org/",
  description: null,
  owner: { name: null, email: null },
  database: join(dir, "bench.db"),
  output: join(dir, "public"),
  theme: null,
  people,
  subscriptions,
  planets: [planet],
  fetch: defaultFetchSettings(),
  embedHosts: [],
  categoryAliases: {},
};

function entry(feed: number, n: number, rand: () => number): Entry {
  const time = Date.UTC(2019, 0, 1) + (feed * perFeed + n) * 317_000;
  const date = new Date(time).toISOString().replace(/\.\d{3}Z$/, "Z");
  const link = `https://blog${feed}.example.org/post/${n}`;
  return {
    id: link,
    title: `Post ${n} of blog ${feed}`,
    link,
    links: [],
    published: date,
    updated: date,
    author: null,
    contributors: [],
    categories: ["gentoo"],
    language: "en",
    summary: null,
    content: entryHtml(rand, 1500),
    enclosures: [],
    image: null,
    base: link,
  };
}

function okState(url: string): FetchState {
  return {
    url,
    etag: null,
    lastModified: null,
    lastStatus: 200,
    lastFetched: "2026-01-01T00:00:00Z",
    lastSuccess: "2026-01-01T00:00:00Z",
    lastError: null,
    consecutiveFailures: 0,
    firstFailure: null,
    nextDue: null,
    movedTo: null,
    gone: false,
  };
}

const opened = await openStore(config.database);
if (!opened.ok) throw new Error(opened.error);
const store = opened.store;
await store.syncSubscriptions(people, subscriptions);
const rand = seeded(7);
const fill = performance.now();
for (let f = 0; f < feeds; f++) {
  const url = subscriptions[f].url;
  await store.applyFeedUpdate({
    url,
    personId: `p${f}`,
    state: okState(url),
    feed: {
      ...emptyFeed(),
      title: `Blog ${f}`,
      link: `https://blog${f}.example.org/`,
      language: "en",
    },
    entries: Array.from({ length: perFeed }, (_, n) => entry(f, n, rand)),
    warnings: [],
    now: "2026-01-01T00:00:00Z",
    newFeedItems: perFeed,
  });
}
console.log(
  `store: ${feeds * perFeed} entries from ${feeds} feeds, filled in ${((performance.now() - fill) / 1000).toFixed(1)} s`,
);

async function measure(label: string): Promise<void> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await build(config, store, new Date("2026-01-02T00:00:00Z"));
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (!result.ok) throw new Error(result.error);
  const rss = process.resourceUsage().maxRSS / 1024;
  const { written, unchanged } = result.summary;
  console.log(
    `${label}: ${seconds.toFixed(2)} s (CPU ${cpuSeconds.toFixed(1)} s), peak RSS ${rss.toFixed(0)} MB, ${written} files written, ${unchanged} unchanged`,
  );
}

try {
  await measure("full build        ");
  const url = subscriptions[0].url;
  await store.applyFeedUpdate({
    url,
    personId: "p0",
    state: okState(url),
    feed: { ...emptyFeed(), title: "Blog 0", link: "https://blog0.example.org/", language: "en" },
    entries: [{ ...entry(0, perFeed, rand), published: "2026-01-01T12:00:00Z" }],
    warnings: [],
    now: "2026-01-01T12:00:00Z",
    newFeedItems: 5,
  });
  await measure("rebuild, one entry");
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
