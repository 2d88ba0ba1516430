/**
 * One `refresh()` of the compiled code in a process of its own, as `orrery refresh` runs it:
 * `node bench/lib/refresh-once.mjs CONFIG.json` prints one JSON line of figures.
 */
import { timedCall } from "./timed-call.mjs";

const { refresh } = await import(new URL("../../dist/cli/refresh.js", import.meta.url).href);

await timedCall(process.argv[2], async (config, store) => {
  const summary = await refresh(config, store, { force: true, feed: null });
  const { due, fetched, notModified, failed, added } = summary;
  return { due, fetched, notModified, failed, added };
});
