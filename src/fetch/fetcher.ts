/**
 * The fetcher: one undici Agent, one set of concurrency limits, and the dispatch of each
 * request to HTTP or the file system.
 */
import { isAbsolute } from "node:path";
import { fileURLToPath } from "node:url";
import type { FetchOutcome, FetchSettings, FetchState } from "../model.js";
import { createAgent } from "./agent.js";
import { fetchFile } from "./file-fetch.js";
import { fetchHttp, type HttpContext } from "./http-fetch.js";
import { createLimiter } from "./limiter.js";
import { emptyBase, failure } from "./outcome.js";
import { ipLiteral, isPrivateAddress, privateAddressReason } from "./private-address.js";
import { networkErrorReason } from "./reasons.js";

/** One feed to fetch. */
export interface FetchRequest {
  /** http(s) URL, file:// URL, or absolute local path. */
  url: string;
  /** Overrides the settings' User-Agent. */
  userAgent?: string | null;
  /** Extra request headers from the subscription. */
  headers?: Record<string, string>;
}

/** Fetches feeds under shared limits. */
export interface Fetcher {
  /** Fetches one feed; conditional when `state` has validators. Never throws; every outcome is a value. */
  fetch(request: FetchRequest, state: FetchState | null): Promise<FetchOutcome>;
  /** Closes the kept-alive connections; waits for requests in flight. */
  close(): Promise<void>;
}

/** Knobs that are not part of the planet's settings. */
export interface FetcherOptions {
  /** Addresses the private-address guard lets through even when it is on (an allow-list). */
  exemptAddresses?: readonly string[];
}

/** Creates a fetcher with its own connection pool and concurrency limits. */
export function createFetcher(settings: FetchSettings, options: FetcherOptions = {}): Fetcher {
  const exempt = new Set(options.exemptAddresses ?? []);
  const isRefused = settings.allowPrivateAddresses
    ? null
    : (address: string) => isPrivateAddress(address) && !exempt.has(address);
  const context: HttpContext = {
    agent: createAgent(settings, isRefused),
    limiter: createLimiter(settings.concurrency, settings.perHostConcurrency),
    settings,
    checkHost: (hostname) => {
      const address = ipLiteral(hostname);
      return address !== null && isRefused?.(address) ? privateAddressReason(address, null) : null;
    },
  };
  return {
    async fetch(request, state) {
      try {
        return await dispatch(context, request, state);
      } catch (error) {
        // Only a bug gets here; the promise of "never throws" still holds for the caller.
        const target = { hostname: request.url, port: "" };
        return failure(
          emptyBase(request.url),
          networkErrorReason(error, target, settings.timeoutSeconds),
        );
      }
    },
    close: () => context.agent.close(),
  };
}

async function dispatch(
  context: HttpContext,
  request: FetchRequest,
  state: FetchState | null,
): Promise<FetchOutcome> {
  const asked = request.url;
  if (isAbsolute(asked) && !asked.includes("://")) {
    return fetchFile(asked, asked, state, context.settings.maxBytes);
  }
  let url: URL;
  try {
    url = new URL(asked);
  } catch {
    return failure(emptyBase(asked), `invalid URL: ${asked}`);
  }
  if (url.protocol === "file:") {
    return fetchFile(fileURLToPath(url), asked, state, context.settings.maxBytes);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return failure(emptyBase(asked), `unsupported URL scheme: ${url.protocol}`);
  }
  url.hash = "";
  const userAgent = request.userAgent || context.settings.userAgent;
  return fetchHttp(context, { url, userAgent, headers: request.headers }, state, asked);
}
