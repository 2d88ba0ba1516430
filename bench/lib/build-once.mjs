/**
 * One `build()` of the compiled code in a process of its own, so that its peak RSS is the build's
 * alone: `node bench/lib/build-once.mjs CONFIG.json ISO-DATE` prints one JSON line of figures.
 */
import { readFileSync } from "node:fs";

const { build } = await import(new URL("../../dist/cli/build.js", import.meta.url).href);
const { openStore } = await import(new URL("../../dist/store/index.js", import.meta.url).href);

const config = JSON.parse(readFileSync(process.argv[2], "utf8"));
const opened = await openStore(config.database);
if (!opened.ok) throw new Error(opened.error);
const start = performance.now();
const cpuStart = process.cpuUsage();
const result = await build(config, opened.store, new Date(process.argv[3]));
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
await opened.store.close();
if (!result.ok) throw new Error(result.error);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    written: result.summary.written,
    unchanged: result.summary.unchanged,
  }),
);
