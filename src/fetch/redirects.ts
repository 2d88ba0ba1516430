/**
 * Following redirects by hand: where the next hop goes, loops, the hop limit, and whether
 * the feed has moved for good (only when every hop up to the target was permanent).
 */

/** At most this many redirects, as browsers and feed readers commonly allow. */
export const MAX_REDIRECTS = 5;

/** The hops so far. */
export interface RedirectTrail {
  url: URL;
  /** Every URL visited, the first one first. */
  visited: string[];
  /** The last target of the unbroken run of permanent redirects from the start. */
  movedTo: string | null;
  allPermanent: boolean;
}

/** The trail of a request that has not been redirected. */
export function startTrail(url: URL): RedirectTrail {
  return { url, visited: [url.href], movedTo: null, allPermanent: true };
}

/** The next hop after a redirect answer, or why there is none. */
export function nextHop(
  trail: RedirectTrail,
  status: number,
  location: string | null,
): { ok: true; trail: RedirectTrail } | { ok: false; reason: string } {
  if (location === null || location.trim() === "") {
    return { ok: false, reason: `HTTP ${status} redirect without a Location header` };
  }
  let target: URL;
  try {
    target = new URL(location.trim(), trail.url);
  } catch {
    return { ok: false, reason: `HTTP ${status} redirect to an invalid URL: ${location}` };
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    return { ok: false, reason: `refused: redirect to a ${target.protocol} URL (${target.href})` };
  }
  target.hash = "";
  if (trail.visited.includes(target.href)) {
    return { ok: false, reason: `redirect loop: ${[...trail.visited, target.href].join(" → ")}` };
  }
  if (trail.visited.length > MAX_REDIRECTS) {
    return { ok: false, reason: `too many redirects (more than ${MAX_REDIRECTS})` };
  }
  const permanent = trail.allPermanent && (status === 301 || status === 308);
  return {
    ok: true,
    trail: {
      url: target,
      visited: [...trail.visited, target.href],
      movedTo: permanent ? target.href : trail.movedTo,
      allPermanent: permanent,
    },
  };
}
