/** Links reduced to what identifies the page, so two feeds' spellings of one post compare equal. */

// Most links are already in the form the URL parser would give them: a lower-case host, no
// port, query, fragment or user, and a path of characters it leaves alone, without dot segments.
// They skip the parser, which a big planet would otherwise run on every entry of every build.
const PLAIN_LINK =
  /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?$/;
// "." and ".." segments, also percent-encoded, which the parser resolves.
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:\/|$)/i;

// A host the parser would not rewrite: its last label is not a number (that would be read as
// an IPv4 address, decimal or 0x-hex).
function isPlainHost(host: string): boolean {
  const last = host.slice(host.lastIndexOf(".") + 1);
  return /[g-wyz]/.test(last) || (/[a-f]/.test(last) && !/^0x/.test(last));
}

// Ports that name no particular server: with http and https treated alike, both are noise.
const DEFAULT_PORTS = new Set(["80", "443"]);

/**
 * The comparison key of a post link: scheme-less (http and https are the same post), host
 * lower-cased, default port, fragment, trailing slash and utm_* tracking parameters dropped
 * (https://en.wikipedia.org/wiki/UTM_parameters). null for links that are not http(s) URLs.
 */
export function canonicalLink(link: string | null): string | null {
  if (link === null) return null;
  const plain = PLAIN_LINK.exec(link);
  if (plain !== null && isPlainHost(plain[1] ?? "") && !DOT_SEGMENT.test(plain[2] ?? "")) {
    return `${plain[1]}${(plain[2] ?? "").replace(/\/+$/, "")}`;
  }
  return parsedCanonicalLink(link);
}

/** `canonicalLink` through the URL parser, for any link. */
export function parsedCanonicalLink(link: string): string | null {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  const params = [...url.searchParams].filter(([name]) => !name.toLowerCase().startsWith("utm_"));
  const query = params.length === 0 ? "" : `?${new URLSearchParams(params).toString()}`;
  const port = url.port === "" || DEFAULT_PORTS.has(url.port) ? "" : `:${url.port}`;
  const path = url.pathname.replace(/\/+$/, "");
  return `${url.hostname}${port}${path}${query}`;
}
