/**
 * Every fault of the catalogue (./faults.ts) from real servers on 127.0.0.1: alone beside one
 * healthy feed, then all of them mixed into one `orrery run` of 200 feeds in a child process.
 * No wall-clock assertion: each test's timeout is the hang guard, well above what the
 * configured 5 s fetch timeout allows.
 */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import {
  type Fault,
  type FaultLab,
  MAX_SIZE_MIB,
  startFaultLab,
  TIMEOUT_SECONDS,
} from "./faults.js";
import {
  fetchSection,
  type HealthRow,
  makePlanet,
  readHealth,
  refreshAndBuild,
  runOrrery,
} from "./planet-dir.js";

const FEEDS = 200;
/** Peak memory of the whole `orrery run`: far above its need, far below one inflated GiB. */
const MAX_RSS_BYTES = 768 * 1024 ** 2;
const HANG_GUARD_MS = 120_000;

let lab: FaultLab;
before(async () => {
  lab = await startFaultLab();
});
after(() => lab.close());

function checkRow(fault: Fault, row: HealthRow | undefined, loaded = false): void {
  assert.ok(row, `${fault.name}: a health row for ${fault.url}`);
  assert.equal(row.status, fault.status, `${fault.name}: status (${row.last_error})`);
  const error = row.last_error ?? "";
  if (fault.reason === null) assert.equal(row.last_error, null, fault.name);
  else if (!(loaded && fault.underLoad?.test(error))) assert.match(error, fault.reason, fault.name);
  assert.equal(row.entry_count > 0, fault.stored, `${fault.name}: entries stored`);
}

function checkHealthy(url: string, row: HealthRow | undefined): void {
  assert.ok(row, `a health row for ${url}`);
  assert.equal(row.status, "ok", `${url}: ${row.last_error}`);
  assert.equal(row.entry_count, 3, `${url}: every entry stored`);
  assert.notEqual(row.last_success, null);
}

// Two at a time: each refresh starts its own parse workers, which is most of its time.
describe("each fault alone, beside a healthy feed", { concurrency: 2 }, () => {
  // The catalogue is built in before(); the names are known up front.
  const names = [
    "connection refused", "DNS name that does not resolve", "TLS handshake failure", "HTTP 500",
    "HTTP 503 with Retry-After", "HTTP 404", "HTTP 410", "HTTP 429", "301 chain (3 hops)",
    "redirect loop", "headers that never come", "body dripping one byte a second",
    "connection cut mid-document", "document cut off mid-entry",
    "gzip bomb (gzip, gzip: 2.5 KB → 1 GiB)", "2 GiB body, streamed", "2 GiB body, declared",
    "wrong Content-Type", "an HTML page", "empty 200",
  ]; // biome-ignore format: a list
  test("the catalogue is the one listed here", () => {
    assert.deepEqual(
      lab.faults.map((f) => f.name),
      names,
    );
  });
  for (const [i, name] of names.entries()) {
    test(name, { timeout: HANG_GUARD_MS }, async () => {
      const fault = lab.faults.find((f) => f.name === name) as Fault;
      const [healthy] = lab.healthy(1, `alone${i}-`);
      const planet = await makePlanet(
        [fault.url, healthy],
        fetchSection(TIMEOUT_SECONDS, MAX_SIZE_MIB),
      );
      try {
        const summary = await refreshAndBuild(planet);
        assert.equal(summary.due, 2);
        const health = await readHealth(planet.output);
        checkRow(fault, health.get(fault.url));
        checkHealthy(healthy, health.get(healthy));
      } finally {
        await planet.remove();
      }
    });
  }
});

test(`all faults mixed into one run of ${FEEDS} feeds, in a child process`, {
  timeout: HANG_GUARD_MS,
}, async () => {
  const healthy = lab.healthy(FEEDS - lab.faults.length, "mixed-");
  const feeds = [...lab.faults.map((f) => f.url), ...healthy];
  const planet = await makePlanet(feeds, fetchSection(TIMEOUT_SECONDS, MAX_SIZE_MIB));
  try {
    const run = await runOrrery(["run", "--config", planet.config], planet.dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, new RegExp(`^refreshed ${FEEDS} feed\\(s\\)`));
    assert.ok(run.maxRssBytes !== null, "the child reported its peak memory");
    console.log(
      `# peak RSS of orrery run over ${FEEDS} feeds: ${Math.round(run.maxRssBytes / 2 ** 20)} MiB`,
    );
    assert.ok(run.maxRssBytes < MAX_RSS_BYTES, `peak RSS ${run.maxRssBytes} bytes`);

    const health = await readHealth(planet.output);
    assert.equal(health.size, FEEDS);
    for (const fault of lab.faults) checkRow(fault, health.get(fault.url), true);
    for (const url of healthy) checkHealthy(url, health.get(url));
    const river = await readFile(join(planet.output, "index.html"), "utf8");
    assert.match(river, /mixed-0 post 2/);

    const again = await runOrrery(["build", "--config", planet.config], planet.dir);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^built Reliability Planet: \d+ entries/m);
    assert.equal((await readHealth(planet.output)).size, FEEDS);
  } finally {
    await planet.remove();
  }
});
