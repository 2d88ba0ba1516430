/**
 * A planet on disk for the reliability suite: a config naming one person per feed, a real
 * SQLite file, and `orrery` run as a child process (optionally reporting its peak memory).
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "../../src/cli/build.js";
import { type RefreshSummary, refresh } from "../../src/cli/refresh.js";
import { loadConfig } from "../../src/config/index.js";
import { openStore } from "../../src/store/index.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SOURCE_MAIN = join(ROOT, "src/cli/main.ts");
const MAX_RSS = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));

/**
 * Compiles the CLI as `npm run build` does, into a scratch folder inside the repository (so
 * packages resolve), with the themes beside it as in a package. Tests that start `orrery`
 * dozens of times run this build: it starts in a fraction of the time the sources take.
 * Returns the path of main.js and a function removing the build.
 */
export async function compileCli(): Promise<{ main: string; remove: () => Promise<void> }> {
  const dir = join(ROOT, ".tmp", `reliability-cli-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const tsc = join(ROOT, "node_modules/typescript/bin/tsc");
  await promisify(execFile)(process.execPath, [
    tsc,
    "-p",
    join(ROOT, "tsconfig.build.json"),
    "--outDir",
    join(dir, "dist"),
  ]);
  await symlink(join(ROOT, "themes"), join(dir, "themes"));
  return {
    main: join(dir, "dist/cli/main.js"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

let main = SOURCE_MAIN;

/** Runs `orrery` from `path` (a compiled main.js) from now on in this process. */
export function useCli(path: string): void {
  main = path;
}

export interface PlanetDir {
  dir: string;
  config: string;
  output: string;
  database: string;
  remove(): Promise<void>;
}

/** The id of the person who owns the feed at `index`. */
export function personId(index: number): string {
  return `p${String(index).padStart(4, "0")}`;
}

/** Writes a config with one person per feed; `extra` is YAML appended (e.g. a `fetch:` section). */
export async function makePlanet(feeds: string[], extra = ""): Promise<PlanetDir> {
  const dir = await mkdtemp(join(tmpdir(), "orrery-reliability-"));
  const people = feeds.map(
    (url, i) => `  ${personId(i)}: { name: "Person ${i}", feeds: [${JSON.stringify(url)}] }`,
  );
  const config = join(dir, "orrery.yaml");
  await writeFile(
    config,
    `title: Reliability Planet\nlink: https://planet.example.org/\npeople:\n${people.join("\n")}\n${extra}`,
  );
  return {
    dir,
    config,
    output: join(dir, "public"),
    database: join(dir, "orrery.db"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** A refresh then a build of the planet, in this process, as `orrery run` does them. */
export async function refreshAndBuild(planet: PlanetDir): Promise<RefreshSummary> {
  const loaded = await loadConfig(planet.config);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const opened = await openStore(loaded.config.database);
  if (!opened.ok) throw new Error(opened.error);
  try {
    const summary = await refresh(loaded.config, opened.store, { force: false, feed: null });
    const built = await build(loaded.config, opened.store, new Date());
    if (!built.ok) throw new Error(built.error);
    return summary;
  } finally {
    await opened.store.close();
  }
}

/** `fetch:` settings for tests: short timeouts, a small size limit, wide concurrency. */
export function fetchSection(timeoutSeconds: number, maxSizeMiB: number, more = ""): string {
  return `fetch: { timeout: ${timeoutSeconds}, max_size: ${maxSizeMiB} MiB, concurrency: 64, per_host: 64, new_feed_items: 100${more} }\n`;
}

/** Starts `orrery ARGS` as a child process, stdout and stderr piped. */
export function spawnOrrery(args: string[], env: Record<string, string> = {}): ChildProcess {
  const loader = main.endsWith(".ts") ? ["--import", "tsx"] : [];
  return spawn(process.execPath, [...loader, "--import", MAX_RSS, main, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...env },
  });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The child's peak resident set size, in bytes (null when it died before reporting it). */
  maxRssBytes: number | null;
}

/** Runs `orrery ARGS` to the end. */
export async function runOrrery(args: string[], dir: string): Promise<Finished> {
  const rssFile = join(dir, `max-rss-${Date.now()}-${Math.random()}.txt`);
  const child = spawnOrrery(args, { ORRERY_TEST_MAX_RSS_FILE: rssFile });
  const [stdout, stderr, [code, signal]] = await Promise.all([
    collect(child.stdout),
    collect(child.stderr),
    new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on("exit", (c, s) => resolve([c, s])),
    ),
  ]);
  const rss = await readFile(rssFile, "utf8").catch(() => null);
  await rm(rssFile, { force: true });
  return { code, signal, stdout, stderr, maxRssBytes: rss === null ? null : Number(rss) };
}

/** Everything a stream says until it ends. */
export async function collect(stream: NodeJS.ReadableStream | null): Promise<string> {
  let text = "";
  if (stream === null) return text;
  stream.setEncoding("utf8");
  for await (const chunk of stream) text += chunk;
  return text;
}

/** health.json of the planet at the site root. */
export interface HealthRow {
  url: string;
  status: string;
  last_error: string | null;
  last_success: string | null;
  moved_to: string | null;
  entry_count: number;
  warnings: string[];
}

/** Reads the published health.json. */
export async function readHealth(output: string): Promise<Map<string, HealthRow>> {
  const json = JSON.parse(await readFile(join(output, "health.json"), "utf8")) as {
    feeds: HealthRow[];
  };
  return new Map(json.feeds.map((row) => [row.url, row]));
}
