/**
 * `npm run bench:refresh`: a refresh of N feeds (default 1,000 of ~130 KB) spread over 50
 * loopback hosts with a configurable latency, then a second refresh where every feed is 304.
 * Options: --feeds N --latency MS. It builds first (`npm run build`) and measures the compiled
 * code, as `orrery refresh` runs it.
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { SiteConfig } from "../src/model.js";
import { compileDist, fromDist } from "./lib/compiled.js";
import { BENCH_PLANET } from "./lib/planet.js";

compileDist();
const { defaultFetchSettings } = (await import(
  fromDist("cli/fetch-defaults.js")
)) as typeof import("../src/cli/fetch-defaults.js");
const { refresh } = (await import(
  fromDist("cli/refresh.js")
)) as typeof import("../src/cli/refresh.js");
const { openStore } = (await import(
  fromDist("store/index.js")
)) as typeof import("../src/store/index.js");

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "1000" },
    latency: { type: "string", default: "50" },
  },
});
const feeds = Number(values.feeds);
const latency = Number(values.latency);

const server = spawn(
  process.execPath,
  [
    "--import",
    "tsx",
    new URL("./lib/feed-server.ts", import.meta.url).pathname,
    String(feeds),
    String(latency),
  ],
  {
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const firstLine = await new Promise<string>((resolve) => {
  createInterface({ input: server.stdout }).once("line", resolve);
});
const [port, totalBytes] = firstLine.split(" ").map(Number);

const dir = await mkdtemp(join(tmpdir(), "orrery-bench-refresh-"));
const people = Array.from({ length: feeds }, (_, i) => ({
  id: `p${i + 1}`,
  name: `Person ${i + 1}`,
  nick: null,
  avatar: null,
  links: [],
}));
const subscriptions = people.map((p, i) => ({
  url: `http://127.0.0.${(i % 50) + 1}:${port}/feed/${i}.xml`,
  personId: p.id,
  title: null,
  tags: [],
  filter: null,
  userAgent: null,
  headers: {},
}));
const config: SiteConfig = {
  file: join(dir, "orrery.yaml"),
  dir,
  title: "Bench",
  link: "https://bench.example.org/",
  description: null,
  owner: { name: null, email: null },
  database: join(dir, "bench.db"),
  output: join(dir, "public"),
  theme: null,
  people,
  subscriptions,
  // A planet that shows excerpts, as most do: the workers then find each entry's excerpt cut.
  planets: [BENCH_PLANET],
  fetch: defaultFetchSettings(),
  embedHosts: [],
  categoryAliases: {},
};

const opened = await openStore(config.database);
if (!opened.ok) throw new Error(opened.error);
const store = opened.store;

async function measure(label: string): Promise<void> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const summary = await refresh(config, store, { force: true, feed: null });
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${label}: ${summary.due} feeds in ${seconds.toFixed(2)} s (${(summary.due / seconds).toFixed(0)} feeds/s), ` +
      `CPU ${((used.user + used.system) / 1e6).toFixed(2)} s, peak RSS ${rss.toFixed(0)} MB; ` +
      `${summary.fetched} fetched, ${summary.notModified} not modified, ${summary.failed} failed, ${summary.added} new entries`,
  );
}

console.log(
  `${feeds} feeds, ${(totalBytes / 1e6).toFixed(1)} MB in all, ${latency} ms latency, 50 hosts`,
);
try {
  await measure("first refresh ");
  await measure("second (304)  ");
} finally {
  await store.close();
  server.kill();
  await rm(dir, { recursive: true, force: true });
}
