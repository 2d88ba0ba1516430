/** `orrery refresh`: fetch every due feed and store what changed. */
import { parseArgs } from "node:util";
import { configOption, loadConfigOrReport, openStoreOrReport } from "./config-arg.js";
import { progressReporter, summaryText } from "./progress.js";
import { refresh } from "./refresh.js";

const help = `Usage: orrery refresh [--config FILE] [--force] [--feed URL]

Fetches every feed that is due and stores new and changed entries.
  --force     fetch every feed now, ignoring schedules and backoff (validators are still sent)
  --feed URL  refresh only this feed
Exit status: 0 when the run completed (even with failed feeds), 2 for a config error, 1 otherwise.
`;

/** Runs the command; returns the exit status. */
export async function refreshCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ...configOption,
      force: { type: "boolean", default: false },
      feed: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const config = await loadConfigOrReport(values.config);
  if (config === null) return 2;
  const store = await openStoreOrReport(config);
  if (store === null) return 1;
  try {
    const summary = await refresh(config, store, {
      force: values.force,
      feed: values.feed ?? null,
      onFeedDone: progressReporter(process.stderr),
    });
    process.stdout.write(summaryText(summary));
    return 0;
  } finally {
    await store.close();
  }
}
