/** Fetch settings for commands that run without a config (parse URL). */
import type { FetchSettings } from "../model.js";

/** The same defaults a config without a `fetch:` section gets. */
export function defaultFetchSettings(): FetchSettings {
  return {
    timeoutSeconds: 20,
    maxBytes: 15 * 1024 * 1024,
    concurrency: 16,
    perHostConcurrency: 2,
    userAgent: "Orrery/0.1",
    followPermanentRedirects: "report",
    allowPrivateAddresses: true,
    minIntervalSeconds: 1800,
    newFeedItems: 5,
  };
}
