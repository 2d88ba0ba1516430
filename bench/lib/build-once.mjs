/**
 * One `build()` of the compiled code in a process of its own, so that its peak RSS is the build's
 * alone: `node bench/lib/build-once.mjs CONFIG.json ISO-DATE` prints one JSON line of figures.
 */
import { timedCall } from "./timed-call.mjs";

const { build } = await import(new URL("../../dist/cli/build.js", import.meta.url).href);

await timedCall(process.argv[2], async (config, store) => {
  const result = await build(config, store, new Date(process.argv[3]));
  if (!result.ok) throw new Error(result.error);
  return { written: result.summary.written, unchanged: result.summary.unchanged };
});
