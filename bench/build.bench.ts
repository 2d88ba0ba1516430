/**
 * `npm run bench:build`: a store of 100,000 entries from 1,000 feeds, filled as `orrery refresh`
 * fills it (with each entry's hashes and facts); the time, CPU and peak RSS of a full build
 * (default window plus every archive and person page), then of a rebuild after one new entry.
 * Each build runs the compiled code in a process of its own (bench/lib/build-once.mjs), so its
 * peak RSS is the build's alone. Options: --feeds N --entries-per-feed M; --store DIR keeps the
 * filled store there and reuses it on the next run (the full build starts from no site);
 * --no-facts fills a store as an Orrery that did not keep facts left it (the first build then
 * derives them); --runs N makes the full build N times (default 3), each from no site, and
 * prints the median: this machine's speed moves from run to run.
 */
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Entry, FetchState, SiteConfig } from "../src/model.js";
import { compileDist, fromDist } from "./lib/compiled.js";
import { entryHtml, seeded } from "./lib/corpus.js";
import { type CallFigures, inOwnProcess } from "./lib/own-process.js";
import { BENCH_PLANET } from "./lib/planet.js";

compileDist();
const { defaultFetchSettings } = (await import(
  fromDist("cli/fetch-defaults.js")
)) as typeof import("../src/cli/fetch-defaults.js");
const { emptyFeed } = (await import(
  fromDist("parse/index.js")
)) as typeof import("../src/parse/index.js");
const { entryFacts } = (await import(
  fromDist("planet/index.js")
)) as typeof import("../src/planet/index.js");
const { entryHashes, openStore } = (await import(
  fromDist("store/index.js")
)) as typeof import("../src/store/index.js");
type FeedUpdate = import("../src/store/index.js").FeedUpdate;

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "1000" },
    "entries-per-feed": { type: "string", default: "100" },
    store: { type: "string" },
    "no-facts": { type: "boolean", default: false },
    runs: { type: "string", default: "3" },
  },
});
const feeds = Number(values.feeds);
const perFeed = Number(values["entries-per-feed"]);
const kept = values.store === undefined ? null : resolve(values.store);
const dir = kept ?? (await mkdtemp(join(tmpdir(), "orrery-bench-build-")));
await mkdir(dir, { recursive: true });
const reuse = kept !== null && existsSync(join(dir, "bench.db"));

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
const planet = BENCH_PLANET;
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

// What the parse workers hand the store with every update.
function withDerived(update: FeedUpdate): FeedUpdate {
  if (values["no-facts"]) return update;
  const { entries } = update;
  return {
    ...update,
    hashes: entries.map(entryHashes),
    facts: entries.map((e) => entryFacts(e, planet.excerptWords)),
  };
}

const opened = await openStore(config.database);
if (!opened.ok) throw new Error(opened.error);
const store = opened.store;
const rand = seeded(7);
if (reuse) {
  console.log(`store: reusing ${join(dir, "bench.db")}`);
} else {
  await store.syncSubscriptions(people, subscriptions);
  const fill = performance.now();
  for (let f = 0; f < feeds; f++) {
    const url = subscriptions[f].url;
    await store.applyFeedUpdate(
      withDerived({
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
      }),
    );
  }
  const seconds = (performance.now() - fill) / 1000;
  console.log(
    `store: ${feeds * perFeed} entries from ${feeds} feeds, filled in ${seconds.toFixed(1)} s`,
  );
}
const configFile = join(dir, "config.json");
await writeFile(configFile, JSON.stringify(config));

interface Figures extends CallFigures {
  written: number;
  unchanged: number;
}

// One build in a fresh process, as `orrery build` runs.
function measure(label: string, now: string): Figures {
  const f = inOwnProcess<Figures>("build-once.mjs", [configFile, now]);
  console.log(
    `${label}: ${f.seconds.toFixed(2)} s (CPU ${f.cpuSeconds.toFixed(1)} s), peak RSS ${f.peakRssMB.toFixed(0)} MB, ${f.written} files written, ${f.unchanged} unchanged`,
  );
  return f;
}

// The full build, `--runs` times from no site: this machine's speed moves from run to run.
async function fullBuilds(runs: number): Promise<void> {
  const seconds: number[] = [];
  for (let run = 1; run <= runs; run++) {
    await rm(config.output, { recursive: true, force: true });
    await rm(join(dir, ".public.builds"), { recursive: true, force: true });
    seconds.push(measure(`full build, run ${run}  `, "2026-01-02T00:00:00Z").seconds);
  }
  const sorted = [...seconds].sort((a, b) => a - b);
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
  console.log(`full build, median  : ${median.toFixed(2)} s of ${runs}`);
}

try {
  await fullBuilds(Math.max(1, Number(values.runs)));
  // One new entry, twice: the first rebuild follows a full build; the second is the steady
  // state of a planet refreshed and built again and again, with a build before last to reuse.
  for (const [label, hour] of [
    ["rebuild, one entry  ", 12],
    ["next rebuild, steady", 13],
  ] as const) {
    const url = subscriptions[0].url;
    // A later run of a kept store adds entries of its own.
    const n = perFeed + hour + (Date.now() % 1e9);
    const date = `2026-01-01T${hour}:00:00Z`;
    await store.applyFeedUpdate(
      withDerived({
        url,
        personId: "p0",
        state: okState(url),
        feed: {
          ...emptyFeed(),
          title: "Blog 0",
          link: "https://blog0.example.org/",
          language: "en",
        },
        entries: [{ ...entry(0, n, rand), published: date, updated: date }],
        warnings: [],
        now: date,
        newFeedItems: 5,
      }),
    );
    measure(label, "2026-01-02T00:00:00Z");
  }
} finally {
  await store.close();
  if (kept === null) await rm(dir, { recursive: true, force: true });
}
