/** Fetch settings for tests: the defaults of a planet, with quick timeouts. */
import type { FetchSettings } from "../../src/model.js";

/** Settings with test-friendly values; `overrides` wins. */
export function testSettings(overrides: Partial<FetchSettings> = {}): FetchSettings {
  return {
    timeoutSeconds: 5,
    maxBytes: 15 * 1024 * 1024,
    concurrency: 16,
    perHostConcurrency: 2,
    userAgent: "Orrery/test (+https://planet.example.org/)",
    followPermanentRedirects: "report",
    allowPrivateAddresses: true,
    minIntervalSeconds: 1800,
    newFeedItems: 5,
    ...overrides,
  };
}

/** A small Atom feed. */
export const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test</title><id>urn:test</id>
<updated>2024-01-01T00:00:00Z</updated>
<entry><title>One</title><id>urn:test:1</id><updated>2024-01-01T00:00:00Z</updated></entry>
</feed>
`;
