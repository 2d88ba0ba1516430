/**
 * `npm run bench:refresh`: a refresh of N feeds (default 1,000 of ~148 KB) spread over 50
 * loopback hosts with a configurable latency, then a second refresh where every feed is 304.
 * Options: --feeds N --latency MS --runs R (R first refreshes, each into an empty store, then
 * the second). It builds first (`npm run build`) and measures the compiled code, each refresh
 * in a process of its own (bench/lib/refresh-once.mjs), as `orrery refresh` runs it: the
 * figures are the refresh's alone, not this script's nor its TypeScript loader's (see
 * bench/lib/own-process.ts, also for BENCH_NODE_ARGS).
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import type { SiteConfig } from "../src/model.js";
import { compileDist, fromDist } from "./lib/compiled.js";
import { type CallFigures, inOwnProcess } from "./lib/own-process.js";
import { BENCH_PLANET } from "./lib/planet.js";

compileDist();
const { defaultFetchSettings } = (await import(
  fromDist("cli/fetch-defaults.js")
)) as typeof import("../src/cli/fetch-defaults.js");

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "1000" },
    latency: { type: "string", default: "50" },
    runs: { type: "string", default: "1" },
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

const configFile = join(dir, "config.json");
await writeFile(configFile, JSON.stringify(config));

interface Figures extends CallFigures {
  due: number;
  fetched: number;
  notModified: number;
  failed: number;
  added: number;
}

// One refresh in a fresh process. spawnSync blocks this process, which serves no feeds (the
// server is a process of its own), so waiting on it costs the measured refresh nothing.
function measure(label: string): void {
  const f = inOwnProcess<Figures>("refresh-once.mjs", [configFile]);
  console.log(
    `${label}: ${f.due} feeds in ${f.seconds.toFixed(2)} s (${(f.due / f.seconds).toFixed(0)} feeds/s), ` +
      `CPU ${f.cpuSeconds.toFixed(2)} s, peak RSS ${f.peakRssMB.toFixed(0)} MB; ` +
      `${f.fetched} fetched, ${f.notModified} not modified, ${f.failed} failed, ${f.added} new entries`,
  );
}

console.log(
  `${feeds} feeds, ${(totalBytes / 1e6).toFixed(1)} MB in all, ${latency} ms latency, 50 hosts`,
);
try {
  const runs = Math.max(1, Number(values.runs));
  for (let run = 1; run <= runs; run++) {
    // Each first refresh starts from no store: every feed is new, every entry stored.
    for (const suffix of ["", "-wal", "-shm"]) await rm(config.database + suffix, { force: true });
    measure(runs > 1 ? `first refresh, run ${run}` : "first refresh ");
  }
  measure(runs > 1 ? "second (304)        " : "second (304)  ");
} finally {
  server.kill();
  await rm(dir, { recursive: true, force: true });
}
