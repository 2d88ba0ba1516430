/** What every command that reads the config shares: `--config FILE`, loading, and the store. */
import { resolve } from "node:path";
import { formatConfigError, loadConfig } from "../config/index.js";
import type { SiteConfig } from "../model.js";
import { openStore, type Store } from "../store/index.js";

/** The parseArgs option every config-reading command takes. */
export const configOption = {
  config: { type: "string", short: "c", default: "orrery.yaml" },
} as const;

/** Loads and validates the config; on errors prints each with file, line and key, and returns null. */
export async function loadConfigOrReport(file: string): Promise<SiteConfig | null> {
  const result = await loadConfig(resolve(file));
  if (result.ok) return result.config;
  for (const error of result.errors) process.stderr.write(`${formatConfigError(error)}\n`);
  process.stderr.write(
    `orrery: ${result.errors.length} error(s) in the config; nothing was changed.\n`,
  );
  return null;
}

/** Opens the config's store, or prints why it could not and returns null. */
export async function openStoreOrReport(config: SiteConfig): Promise<Store | null> {
  const opened = await openStore(config.database);
  if (opened.ok) return opened.store;
  process.stderr.write(`orrery: cannot open the database ${config.database}: ${opened.error}\n`);
  return null;
}
