/** What Orrery sends with a feed request, and what it reads from the answer's headers. */
import type { FetchState } from "../model.js";

/** Feed types first; anything else is accepted, since many feeds are served as text/html. */
export const ACCEPT =
  "application/atom+xml, application/rss+xml, application/feed+json, application/json;q=0.9, " +
  "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

/** Headers a client must not carry to another origin on a redirect (as the Fetch standard does). */
const CREDENTIAL_HEADERS = new Set(["authorization", "cookie", "proxy-authorization"]);

/** The request headers: feed-friendly Accept, compression, User-Agent and the validators. */
export function requestHeaders(
  userAgent: string,
  extra: Record<string, string> | undefined,
  state: FetchState | null,
  crossOrigin: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    accept: ACCEPT,
    "accept-encoding": "gzip, deflate, br",
    "user-agent": userAgent,
  };
  for (const [name, value] of Object.entries(extra ?? {})) {
    const key = name.toLowerCase();
    if (crossOrigin && CREDENTIAL_HEADERS.has(key)) continue;
    headers[key] = value;
  }
  if (state?.etag) headers["if-none-match"] = state.etag;
  if (state?.lastModified) headers["if-modified-since"] = state.lastModified;
  return headers;
}

/** Response headers as undici gives them: lower-case names, repeated ones as arrays. */
export type ResponseHeaders = Record<string, string | string[] | undefined>;

/** One header's value; repeated headers are joined with ", " as HTTP allows. */
export function header(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** Retry-After in seconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now: number): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/** Freshness lifetime in seconds: Cache-Control max-age, else Expires minus Date. */
export function parseMaxAge(headers: ResponseHeaders, now: number): number | null {
  const cacheControl = header(headers, "cache-control");
  if (cacheControl !== null) {
    if (/(^|,)\s*(no-cache|no-store)\b/i.test(cacheControl)) return null;
    const match = /(?:^|,)\s*max-age\s*=\s*"?(\d+)/i.exec(cacheControl);
    if (match) return Number(match[1]);
  }
  const expires = header(headers, "expires");
  if (expires === null) return null;
  const until = Date.parse(expires);
  if (Number.isNaN(until)) return null;
  const date = Date.parse(header(headers, "date") ?? "");
  const seconds = Math.floor((until - (Number.isNaN(date) ? now : date)) / 1000);
  return seconds > 0 ? seconds : null;
}
