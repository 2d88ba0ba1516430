/** A person's `feeds:` list: each a URL or path, or a mapping with per-feed options. */
import { resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { isMap } from "yaml";
import type { EntryFilter, SubscriptionSpec } from "../model.js";
import { checkRegex, checkWebUrl } from "./checks.js";
import { readHtmlSource } from "./html-source.js";
import { readString, readStringList, readStringMap, reportMissing } from "./scalars.js";
import { isAbsent, type Reader, readFields, readItems, report, type Value } from "./yaml-reader.js";

const FEED_KEYS = [
  "url",
  "title",
  "tags",
  "filter",
  "user_agent",
  "headers",
  "type",
  "rules",
] as const;

/** Feeds seen so far, by identity, so a feed listed twice is reported with both places. */
export type SeenFeeds = Map<string, { path: string; line: number }>;

/** Reads `people.<id>.feeds`: at least one feed. */
export function readFeeds(
  r: Reader,
  v: Value,
  personId: string,
  dir: string,
  seen: SeenFeeds,
): SubscriptionSpec[] {
  if (isAbsent(v)) {
    reportMissing(r, v);
    return [];
  }
  const items = readItems(r, v);
  if (items === null) return [];
  if (items.length === 0) report(r, v, "a person needs at least one feed");
  const subscriptions: SubscriptionSpec[] = [];
  for (const item of items) {
    const subscription = readFeed(r, item, personId, dir);
    if (subscription !== null && isFirstSighting(r, item, subscription.url, seen)) {
      subscriptions.push(subscription);
    }
  }
  return subscriptions;
}

function readFeed(r: Reader, v: Value, personId: string, dir: string): SubscriptionSpec | null {
  if (!isMap(v.node)) {
    const url = resolveFeedLocation(r, v, readString(r, v, true), dir);
    return url === null ? null : bareSubscription(url, personId);
  }
  const f = readFields(r, v, FEED_KEYS);
  if (f === null) return null;
  const url = resolveFeedLocation(r, f.url, readString(r, f.url, true), dir);
  const html = readHtmlSource(r, f.type, f.rules);
  const subscription: SubscriptionSpec = {
    ...bareSubscription(url ?? "", personId),
    title: readString(r, f.title),
    tags: readStringList(r, f.tags) ?? [],
    filter: readFilter(r, f.filter),
    userAgent: readString(r, f.user_agent),
    headers: readHeaders(r, f.headers),
    // Set only for web pages, so a feed's subscription is the same however it is written.
    ...(html === null ? {} : { html }),
  };
  return url === null ? null : subscription;
}

function bareSubscription(url: string, personId: string): SubscriptionSpec {
  return { url, personId, title: null, tags: [], filter: null, userAgent: null, headers: {} };
}

/**
 * http(s) and file:// URLs are kept as written; anything without a scheme is a local path,
 * made absolute against the config's folder. A one-letter "scheme" is a Windows drive.
 */
function resolveFeedLocation(r: Reader, v: Value, text: string | null, dir: string): string | null {
  if (text === null) return null;
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(text)?.[1]?.toLowerCase();
  if (scheme === undefined) return resolvePath(dir, text);
  if (scheme === "http" || scheme === "https") return checkWebUrl(r, v, text);
  if (scheme === "file" && URL.canParse(text)) return text;
  report(r, v, `expected an http(s) URL, a file:// URL or a local path, got "${text}"`);
  return null;
}

/** The identity two listings of one feed share: a normalized URL, or the file's path. */
function feedIdentity(url: string): string {
  if (!URL.canParse(url)) return url;
  const parsed = new URL(url);
  if (parsed.protocol === "file:") return fileURLToPath(parsed);
  parsed.hash = "";
  return parsed.href;
}

function isFirstSighting(r: Reader, v: Value, url: string, seen: SeenFeeds): boolean {
  const identity = feedIdentity(url);
  const first = seen.get(identity);
  if (first !== undefined) {
    report(r, v, `duplicate feed ${url}: also listed as ${first.path} (line ${first.line})`);
    return false;
  }
  seen.set(identity, { path: v.path, line: r.lines.linePos(v.offset).line });
  return true;
}

function readFilter(r: Reader, v: Value): EntryFilter | null {
  const f = readFields(r, v, ["include", "exclude"] as const);
  if (f === null) return null;
  const include = checkRegex(r, f.include, readString(r, f.include));
  const exclude = checkRegex(r, f.exclude, readString(r, f.exclude));
  return include === null && exclude === null ? null : { include, exclude };
}

// RFC 9110 section 5.6.2: a header name is a "token".
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function readHeaders(r: Reader, v: Value): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { name, value, at } of readStringMap(r, v) ?? []) {
    if (!HEADER_NAME.test(name)) report(r, at, "not a valid HTTP header name");
    else if (/[\r\n\0]/.test(value)) report(r, at, "a header value must be one line");
    else headers[name] = value;
  }
  return headers;
}
