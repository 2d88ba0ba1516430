/** `orrery build` and `orrery run`: render the planets from the store (after a refresh, for run). */
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import type { SiteConfig } from "../model.js";
import type { Store } from "../store/index.js";
import { build } from "./build.js";
import { configOption, loadConfigOrReport, openStoreOrReport } from "./config-arg.js";
import { progressReporter, summaryText } from "./progress.js";
import { refresh } from "./refresh.js";

const help = (
  name: string,
) => `Usage: orrery ${name} [--config FILE]${name === "run" ? " [--force]" : ""}

${name === "run" ? "Refreshes every due feed, then builds" : "Builds"} every planet of the config into the
output folder, atomically: readers see the previous site until the new one is complete.
`;

async function buildAndReport(config: SiteConfig, store: Store): Promise<number> {
  const result = await build(config, store, new Date());
  if (!result.ok) {
    process.stderr.write(`orrery: build failed, the previous site is unchanged: ${result.error}\n`);
    return 1;
  }
  const { written, unchanged } = result.summary;
  for (const planet of result.planets) {
    const index = join(config.output, planet.path, "index.html");
    process.stdout.write(
      `built ${planet.title}: ${planet.entries} entries → ${relative(process.cwd(), index) || index}\n`,
    );
  }
  process.stdout.write(
    `published ${written} changed and ${unchanged} unchanged file(s) to ${config.output}\n`,
  );
  process.stdout.write(
    `open file://${join(config.output, "index.html")} in a browser to read it\n`,
  );
  return 0;
}

function command(name: "build" | "run") {
  return async (args: string[]): Promise<number> => {
    const { values } = parseArgs({
      args,
      options: {
        ...configOption,
        force: { type: "boolean", default: false },
        help: { type: "boolean", short: "h" },
      },
    });
    if (values.help) {
      process.stdout.write(help(name));
      return 0;
    }
    const config = await loadConfigOrReport(values.config);
    if (config === null) return 2;
    const store = await openStoreOrReport(config);
    if (store === null) return 1;
    try {
      if (name === "run") {
        const summary = await refresh(config, store, {
          force: values.force,
          feed: null,
          onFeedDone: progressReporter(process.stderr),
        });
        process.stdout.write(summaryText(summary));
      }
      return await buildAndReport(config, store);
    } finally {
      await store.close();
    }
  };
}

/** `orrery build`. */
export const buildCommand = command("build");
/** `orrery run`: the main job. */
export const runCommand = command("run");
