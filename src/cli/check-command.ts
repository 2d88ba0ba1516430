/** `orrery check`: validate the config, then list failing, moved and gone feeds with the edits to make. */
import { parseArgs } from "node:util";
import type { StoredFeed } from "../model.js";
import { configOption, loadConfigOrReport, openStoreOrReport } from "./config-arg.js";

const help = `Usage: orrery check [--config FILE]

Validates the config (every error with file, line and key), then lists the feeds that fail,
have moved or are gone, with the config edit to make for each. Exit status 0 when the config is
valid (even with failing feeds), 2 when it is not.
`;

/** The advice for one feed, or null when it is healthy. */
export function feedAdvice(feed: StoredFeed): string | null {
  const { state } = feed;
  if (state.gone) return `gone (HTTP 410): remove "${feed.url}" from person "${feed.personId}"`;
  if (state.movedTo)
    return `moved: in person "${feed.personId}", replace\n      ${feed.url}\n    with\n      ${state.movedTo}`;
  if (state.consecutiveFailures > 0) {
    const since = state.firstFailure ? ` since ${state.firstFailure}` : "";
    return `failing${since} (${state.consecutiveFailures} in a row): ${state.lastError ?? "unknown error"}`;
  }
  return null;
}

/** Runs the command; returns the exit status. */
export async function checkCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { ...configOption, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(help);
    return 0;
  }
  const config = await loadConfigOrReport(values.config);
  if (config === null) return 2;
  const counts = `${config.people.length} people, ${config.subscriptions.length} feeds, ${config.planets.length} planet(s)`;
  process.stdout.write(`${config.file}: valid (${counts})\n`);
  const store = await openStoreOrReport(config);
  if (store === null) return 1;
  try {
    const advice = (await store.listFeeds()).flatMap((feed) => {
      const text = feedAdvice(feed);
      return text === null ? [] : [`  ${feed.url}\n    ${text}`];
    });
    process.stdout.write(
      advice.length === 0 ? "every fetched feed is healthy\n" : `${advice.join("\n")}\n`,
    );
    return 0;
  } finally {
    await store.close();
  }
}
