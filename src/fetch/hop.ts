/**
 * One HTTP request and its answer, inside a concurrency slot and under the whole-request
 * deadline. Redirects are not followed here: the caller decides where to go next.
 */
import type { Agent, Dispatcher } from "undici";
import type { FetchSettings } from "../model.js";
import { header, parseMaxAge, parseRetryAfter, type ResponseHeaders } from "./headers.js";
import type { Limiter } from "./limiter.js";
import { decodersFor, readBody, tooLargeReason } from "./read-body.js";
import { networkErrorReason, type Phase, timeoutReason } from "./reasons.js";

/** What the fetcher shares between requests. */
export interface HopContext {
  agent: Agent;
  limiter: Limiter;
  settings: FetchSettings;
}

/** The answer's metadata that outcomes and scheduling need. */
export interface HopMeta {
  status: number;
  etag: string | null;
  lastModified: string | null;
  retryAfterSeconds: number | null;
  maxAgeSeconds: number | null;
  location: string | null;
  contentType: string | null;
}

/** The result of one request: an answer (with the body only for 2xx), or why there was none. */
export type Hop =
  | { ok: true; meta: HopMeta; body: Buffer | null; elapsedMs: number }
  | { ok: false; meta: HopMeta | null; reason: string; elapsedMs: number };

/** Sends one GET to `url` and reads its answer. Never throws for network trouble. */
export async function sendHop(
  context: HopContext,
  url: URL,
  headers: Record<string, string>,
): Promise<Hop> {
  const release = await context.limiter.acquire(url.hostname.toLowerCase());
  const started = performance.now();
  const controller = new AbortController();
  const seconds = context.settings.timeoutSeconds;
  const timer = setTimeout(() => controller.abort(new Error("deadline")), seconds * 1000);
  const progress: { phase: Phase; meta: HopMeta | null } = { phase: "headers", meta: null };
  try {
    const result = await exchange(context, url, headers, controller.signal, progress);
    return { ...result, elapsedMs: performance.now() - started };
  } catch (error) {
    const reason = controller.signal.aborted
      ? timeoutReason(seconds, progress.phase)
      : networkErrorReason(error, { hostname: url.hostname, port: portOf(url) }, seconds);
    return { ok: false, meta: progress.meta, reason, elapsedMs: performance.now() - started };
  } finally {
    clearTimeout(timer);
    release();
  }
}

type Exchange =
  | { ok: true; meta: HopMeta; body: Buffer | null }
  | { ok: false; meta: HopMeta; reason: string };

async function exchange(
  { agent, settings }: HopContext,
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  progress: { phase: Phase; meta: HopMeta | null },
): Promise<Exchange> {
  const response = await agent.request({
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    method: "GET",
    headers,
    signal,
  });
  const meta = readMeta(response);
  progress.meta = meta;
  progress.phase = "body";
  if (meta.status < 200 || meta.status >= 300) {
    await discard(response.body, signal);
    return { ok: true, meta, body: null };
  }
  const length = Number(header(response.headers, "content-length") ?? Number.NaN);
  if (length > settings.maxBytes) {
    drop(response.body);
    return { ok: false, meta, reason: tooLargeReason(settings.maxBytes) };
  }
  const encoding = header(response.headers, "content-encoding");
  const decoders = decodersFor(encoding);
  if (decoders === null) {
    drop(response.body);
    return { ok: false, meta, reason: `unsupported Content-Encoding: ${encoding}` };
  }
  const body = await readBody(response.body, decoders, settings.maxBytes);
  return body.ok ? { ok: true, meta, body: body.body } : { ok: false, meta, reason: body.reason };
}

function readMeta(response: Dispatcher.ResponseData): HopMeta {
  const headers = response.headers as ResponseHeaders;
  const now = Date.now();
  return {
    status: response.statusCode,
    etag: header(headers, "etag"),
    lastModified: header(headers, "last-modified"),
    retryAfterSeconds: parseRetryAfter(header(headers, "retry-after"), now),
    maxAgeSeconds: parseMaxAge(headers, now),
    location: header(headers, "location"),
    contentType: header(headers, "content-type"),
  };
}

/** Reads and drops a small body so the connection can be reused; a big one closes it. */
async function discard(body: Dispatcher.ResponseData["body"], signal: AbortSignal): Promise<void> {
  try {
    await body.dump({ limit: 64 * 1024, signal });
  } catch {
    drop(body);
  }
}

/** Closes a body we will not read; undici reports that as an error nobody needs to hear. */
function drop(body: Dispatcher.ResponseData["body"]): void {
  body.on("error", () => {});
  body.destroy();
}

/** The port a URL connects to, for messages. */
export function portOf(url: URL): string {
  if (url.port !== "") return url.port;
  return url.protocol === "https:" ? "443" : "80";
}
