/** The `fetch:` section: how politely and how fast feeds are fetched. */
import type { FetchSettings } from "../model.js";
import {
  readBoolean,
  readChoice,
  readDuration,
  readNumber,
  readSize,
  readString,
} from "./scalars.js";
import { type Reader, readFields, type Value } from "./yaml-reader.js";

const FETCH_KEYS = [
  "timeout",
  "max_size",
  "concurrency",
  "per_host",
  "user_agent",
  "follow_permanent_redirects",
  "allow_private_addresses",
  "interval",
  "new_feed_items",
] as const;

/** The User-Agent sent when the config names none: Orrery and the planet's URL. */
export function defaultUserAgent(siteLink: string | null): string {
  return siteLink === null ? "Orrery/0.1" : `Orrery/0.1 (+${siteLink})`;
}

/** Reads `fetch:`; every setting has a default (values like those of other planets). */
export function readFetchSettings(r: Reader, v: Value, siteLink: string | null): FetchSettings {
  const f = readFields(r, v, FETCH_KEYS);
  const whole = { min: 1, integer: true };
  return {
    timeoutSeconds: (f && readDuration(r, f.timeout)) ?? 20,
    maxBytes: (f && readSize(r, f.max_size)) ?? 15 * 1024 * 1024,
    concurrency: (f && readNumber(r, f.concurrency, whole)) ?? 16,
    perHostConcurrency: (f && readNumber(r, f.per_host, whole)) ?? 2,
    userAgent: (f && readString(r, f.user_agent)) || defaultUserAgent(siteLink),
    followPermanentRedirects:
      (f && readChoice(r, f.follow_permanent_redirects, ["report", "rewrite"] as const)) ??
      "report",
    allowPrivateAddresses: (f && readBoolean(r, f.allow_private_addresses)) ?? true,
    minIntervalSeconds: (f && readDuration(r, f.interval)) ?? 30 * 60,
    newFeedItems: (f && readNumber(r, f.new_feed_items, { min: 0, integer: true })) ?? 5,
  };
}
