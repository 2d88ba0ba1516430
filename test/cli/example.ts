/** The bundled example planet, refreshed into a temp folder: its config and an open store. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { refresh } from "../../src/cli/refresh.js";
import { loadConfig } from "../../src/config/index.js";
import type { SiteConfig } from "../../src/model.js";
import { openStore, type Store } from "../../src/store/index.js";

const CONFIG = fileURLToPath(new URL("../../examples/universe/orrery.yaml", import.meta.url));

/** Refreshes the example's local feeds at `now` into a store and site under `dir`. */
export async function refreshedExample(
  dir: string,
  now: Date,
): Promise<{ config: SiteConfig; store: Store }> {
  const loaded = await loadConfig(CONFIG);
  if (!loaded.ok) throw new Error("the example's config does not load");
  const config = { ...loaded.config, database: join(dir, "site.db"), output: join(dir, "public") };
  const opened = await openStore(config.database);
  if (!opened.ok) throw new Error(opened.error);
  await refresh(config, opened.store, { force: true, feed: null, now: () => now });
  return { config, store: opened.store };
}
