/** Links reduced to what identifies the page, so two feeds' spellings of one post compare equal. */

// Ports that name no particular server: with http and https treated alike, both are noise.
const DEFAULT_PORTS = new Set(["80", "443"]);

/**
 * The comparison key of a post link: scheme-less (http and https are the same post), host
 * lower-cased, default port, fragment, trailing slash and utm_* tracking parameters dropped
 * (https://en.wikipedia.org/wiki/UTM_parameters). null for links that are not http(s) URLs.
 */
export function canonicalLink(link: string | null): string | null {
  if (link === null) return null;
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
