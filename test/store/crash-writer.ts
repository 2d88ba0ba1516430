/**
 * A child process for the crash tests: writes feed updates in a loop into the store named by
 * argv[2] and prints "<feed url> <entry key>" for each entry once its update has committed.
 * argv[3] names the run, so every run adds entries of its own. It never stops by itself.
 */
import { writeSync } from "node:fs";
import type { Entry } from "../../src/model.js";
import { openStore } from "../../src/store/index.js";
import { post, update } from "./helpers.js";

const [file, run] = process.argv.slice(2);
const FEEDS = 4;
const opened = await openStore(file);
if (!opened.ok) {
  process.stderr.write(`${opened.error}\n`);
  process.exit(3);
}
const store = opened.store;
const recent: Entry[][] = Array.from({ length: FEEDS }, () => []);
const filler = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>".repeat(200);

for (let i = 0; ; i++) {
  const f = i % FEEDS;
  const url = `https://crash-${f}.example.org/feed`;
  const fresh = post(i, {
    id: `run-${run}-entry-${i}`,
    link: `https://crash-${f}.example.org/${run}/${i}`,
    content: `<p>run ${run} entry ${i}</p>${filler}`,
  });
  // Earlier entries come back edited, so each transaction both inserts and rewrites.
  const edited = recent[f].map((e) => ({ ...e, content: `${e.content}<p>edit ${i}</p>` }));
  recent[f] = [fresh, ...edited].slice(0, 8);
  const now = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  await store.applyFeedUpdate(update(recent[f], { url, now, newFeedItems: 5 }));
  writeSync(1, `${url} ${fresh.id}\n`);
}
