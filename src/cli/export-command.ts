/** `orrery export opml`: the config's subscriptions as OPML, for feed readers and other planets. */
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { exportOpml } from "../config/import/index.js";
import { configOption, loadConfigOrReport } from "./config-arg.js";

const help = `Usage: orrery export opml [--config FILE] [--output FILE]

Writes every feed of the config as OPML 2.0 (to stdout, or FILE): one folder per tag, each
outline with the person's name, the feed URL and the person's homepage.
`;

/** Runs the command; returns the exit status. */
export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...configOption,
      output: { type: "string", short: "o" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1 || positionals[0] !== "opml") {
    process.stdout.write(help);
    return values.help ? 0 : 2;
  }
  const config = await loadConfigOrReport(values.config);
  if (config === null) return 2;
  const { text, skipped } = exportOpml(config);
  if (values.output === undefined) process.stdout.write(text);
  else await writeFile(values.output, text);
  for (const url of skipped)
    process.stderr.write(`not exported (a web page read by rules, not a feed): ${url}\n`);
  return 0;
}
