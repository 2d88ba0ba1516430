/** Building FetchOutcome values. */
import type { FetchOutcome } from "../model.js";

/** What every outcome carries besides its kind. */
export type OutcomeBase = Omit<Extract<FetchOutcome, { kind: "gone" }>, "kind">;

/** A base with nothing known yet but the URL. */
export function emptyBase(url: string, finalUrl: string = url): OutcomeBase {
  return {
    url,
    finalUrl,
    movedTo: null,
    status: null,
    etag: null,
    lastModified: null,
    retryAfterSeconds: null,
    maxAgeSeconds: null,
    elapsedMs: 0,
  };
}

/** An error outcome. */
export function failure(base: OutcomeBase, reason: string): FetchOutcome {
  return { ...base, kind: "error", reason };
}
