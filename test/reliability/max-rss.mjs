/**
 * Preloaded into child processes (`node --import`; plain JavaScript, so compiled runs need no loader): on exit, writes the process's peak resident
 * set size in bytes (worker threads included) to the file named by ORRERY_TEST_MAX_RSS_FILE.
 */
import { writeFileSync } from "node:fs";

const file = process.env.ORRERY_TEST_MAX_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
