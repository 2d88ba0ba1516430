/**
 * One `refresh()` of the compiled code in a process of its own, as `orrery refresh` runs it, so
 * that its CPU time and peak RSS are the refresh's alone (not the benchmark's, nor its loader's):
 * `node bench/lib/refresh-once.mjs CONFIG.json` prints one JSON line of figures.
 */
import { readFileSync } from "node:fs";

const { refresh } = await import(new URL("../../dist/cli/refresh.js", import.meta.url).href);
const { openStore } = await import(new URL("../../dist/store/index.js", import.meta.url).href);

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const opened = await openStore(config.database);
if (!opened.ok) throw new Error(opened.error);
const start = performance.now();
const cpuStart = process.cpuUsage();
const summary = await refresh(config, opened.store, { force: true, feed: null });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
await opened.store.close();
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    due: summary.due,
    fetched: summary.fetched,
    notModified: summary.notModified,
    failed: summary.failed,
    added: summary.added,
  }),
);
