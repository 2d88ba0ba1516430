/** Which links Orrery lets into the pages and feeds it writes, whatever the feeds said. */

/** Schemes a reader may follow: web pages and mail, nothing that runs code. */
const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * Returns `url` when it is safe as an href (http, https, mailto, or relative without a
 * scheme), else null. Browsers ignore tabs, newlines and leading control characters inside a
 * scheme ("java\tscript:"), so those are removed before the scheme is judged.
 * See https://url.spec.whatwg.org/#url-parsing
 */
export function safeHref(url: string | null | undefined): string | null {
  if (url === null || url === undefined) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip C0 controls and space around a URL, so we do too.
  const trimmed = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");
  if (trimmed === "") return null;
  const probe = trimmed.replace(/[\t\n\r]/g, "");
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(probe);
  if (scheme === null) return isHarmlessRelative(probe) ? trimmed : null;
  return SAFE_SCHEMES.has(`${scheme[1].toLowerCase()}:`) ? trimmed : null;
}

/** Only absolute http(s) URLs: for places that must point off the site (feed ids, OPML). */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === "string" && /^https?:\/\/[^\s]+$/i.test(url);
}

/** A relative reference whose first segment cannot be read as a scheme by any browser. */
function isHarmlessRelative(url: string): boolean {
  const firstSegment = url.split(/[/?#]/, 1)[0];
  return !firstSegment.includes(":") && !url.includes("\\");
}
