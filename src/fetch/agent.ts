/**
 * The one undici Agent a fetcher uses for all its requests: keep-alive per origin, the
 * connect/headers/body timeouts, and the private-address guard at connect time (a name
 * that resolves to a private address is refused before any byte is sent). Names under the
 * reserved `.invalid` top-level domain fail at once, without asking any resolver (RFC 6761 §6.4).
 */
import { type LookupAddress, lookup } from "node:dns";
import type { LookupFunction } from "node:net";
import { Agent } from "undici";
import type { FetchSettings } from "../model.js";
import { refusal } from "./private-address.js";

/** Seconds to wait for a TCP/TLS connection: shorter than the whole deadline, as peers do. */
export function connectTimeoutSeconds(settings: FetchSettings): number {
  return Math.min(settings.timeoutSeconds, 10);
}

/** Creates the Agent; `isRefused` is consulted for every resolved address when set. */
export function createAgent(
  settings: FetchSettings,
  isRefused: ((address: string) => boolean) | null,
): Agent {
  const ms = Math.max(1, Math.round(settings.timeoutSeconds * 1000));
  return new Agent({
    connect: {
      timeout: Math.round(connectTimeoutSeconds(settings) * 1000),
      lookup: guardedLookup(isRefused),
    },
    headersTimeout: ms,
    bodyTimeout: ms,
    keepAliveTimeout: 10_000,
  });
}

/** True for "invalid" and names under it, which never resolve. */
export function isReservedInvalid(hostname: string): boolean {
  return /(^|\.)invalid\.?$/i.test(hostname);
}

/** dns.lookup that fails when any address of the name is refused (no partial trust). */
function guardedLookup(isRefused: ((address: string) => boolean) | null): LookupFunction {
  return (hostname, options, callback) => {
    const done = callback as (...args: unknown[]) => void;
    if (isReservedInvalid(hostname)) {
      const error = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
      return done(Object.assign(error, { code: "ENOTFOUND", hostname }), "", 0);
    }
    lookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return done(error, "", 0);
      const bad = isRefused === null ? undefined : addresses.find((a) => isRefused(a.address));
      if (bad !== undefined) return done(refusal(bad.address, hostname), "", 0);
      if (addresses.length === 0) {
        return done(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }));
      }
      if (options.all) return done(null, addresses);
      return done(null, addresses[0].address, addresses[0].family);
    });
  };
}
