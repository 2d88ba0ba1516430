/**
 * An http(s) feed fetch: redirects followed by hand (at most 5, loops detected, every hop
 * checked by the private-address guard), then the answer turned into an outcome.
 */
import type { FetchOutcome, FetchState } from "../model.js";
import { requestHeaders } from "./headers.js";
import { type Hop, type HopContext, type HopMeta, sendHop } from "./hop.js";
import { emptyBase, failure, type OutcomeBase } from "./outcome.js";
import { httpStatusReason } from "./reasons.js";
import { nextHop, type RedirectTrail, startTrail } from "./redirects.js";

/** The fetcher's shared parts plus the private-address check for URL hosts. */
export interface HttpContext extends HopContext {
  /** A refusal reason when a literal address in a URL is not allowed, else null. */
  checkHost: (hostname: string) => string | null;
}

/** A request as the fetcher received it, with the User-Agent resolved. */
export interface HttpRequest {
  url: URL;
  userAgent: string;
  headers: Record<string, string> | undefined;
}

/** Fetches an http(s) URL, following redirects. Never throws for network trouble. */
export async function fetchHttp(
  context: HttpContext,
  request: HttpRequest,
  state: FetchState | null,
  asked: string,
): Promise<FetchOutcome> {
  let trail: RedirectTrail = startTrail(request.url);
  let elapsedMs = 0;
  for (;;) {
    const base: OutcomeBase = { ...emptyBase(asked, trail.url.href), movedTo: trail.movedTo };
    const refused = context.checkHost(trail.url.hostname);
    if (refused !== null) return failure({ ...base, elapsedMs }, refused);
    const crossOrigin = trail.url.origin !== request.url.origin;
    const headers = requestHeaders(request.userAgent, request.headers, state, crossOrigin);
    const hop = await sendHop(context, trail.url, headers);
    elapsedMs += hop.elapsedMs;
    const answered = { ...withMeta(base, hop.meta), elapsedMs };
    if (!hop.ok) return failure(answered, hop.reason);
    if (!isRedirect(hop.meta.status)) return toOutcome(answered, hop);
    const next = nextHop(trail, hop.meta.status, hop.meta.location);
    if (!next.ok) return failure(answered, next.reason);
    trail = next.trail;
  }
}

function isRedirect(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function withMeta(base: OutcomeBase, meta: HopMeta | null): OutcomeBase {
  if (meta === null) return base;
  return {
    ...base,
    status: meta.status,
    etag: meta.etag,
    lastModified: meta.lastModified,
    retryAfterSeconds: meta.retryAfterSeconds,
    maxAgeSeconds: meta.maxAgeSeconds,
  };
}

function toOutcome(base: OutcomeBase, hop: Extract<Hop, { ok: true }>): FetchOutcome {
  const { status, contentType } = hop.meta;
  if (status === 304) return { ...base, kind: "not-modified" };
  if (status === 410) return { ...base, kind: "gone" };
  if (hop.body !== null) return { ...base, kind: "ok", body: hop.body, contentType };
  const retry = base.retryAfterSeconds;
  const hint =
    retry !== null && (status === 429 || status === 503) ? ` (retry after ${retry} s)` : "";
  return failure(base, `${httpStatusReason(status)}${hint}`);
}
