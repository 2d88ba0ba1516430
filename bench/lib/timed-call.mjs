/**
 * What the *-once.mjs scripts share: the store of a config, opened, and one call on it timed,
 * its figures printed as one JSON line (read by own-process.ts).
 */
import { readFileSync } from "node:fs";

const { openStore } = await import(new URL("../../dist/store/index.js", import.meta.url).href);

/** Opens the store of the config in `file`, runs `call(config, store)`, prints its figures. */
export async function timedCall(file, call) {
  const config = JSON.parse(readFileSync(file, "utf8"));
  const opened = await openStore(config.database);
  if (!opened.ok) throw new Error(opened.error);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const figures = await call(config, opened.store);
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  await opened.store.close();
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRssMB, ...figures }),
  );
}
