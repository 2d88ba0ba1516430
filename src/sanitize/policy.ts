/**
 * The sanitizer's policy as plain, frozen data plus small named predicates. Everything here is
 * an allow-list: what is not named is dropped. See specs/parse-json.md, "Sanitized HTML".
 */

/** Elements kept (their children are kept too unless listed in DROPPED_WITH_CONTENT). */
// biome-ignore format: a word list, kept dense
export const ALLOWED_TAGS: readonly string[] = Object.freeze([
  "a", "abbr", "address", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "br",
  "caption", "cite", "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "div",
  "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6",
  "header", "hr", "i", "iframe", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre",
  "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "source", "span", "strong", "sub",
  "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "track", "u",
  "ul", "var", "video", "wbr",
]);

/** Elements dropped together with everything inside them (their text is code, not prose). */
// biome-ignore format: a word list, kept dense
export const DROPPED_WITH_CONTENT: readonly string[] = Object.freeze([
  "script", "style", "textarea", "option", "select", "noscript", "noembed", "noframes",
  "template", "title", "xmp", "plaintext", "head", "applet", "object", "embed", "frameset",
  "frame", "button", "form",
]);

const GLOBAL_ATTRIBUTES = ["title", "lang", "dir"] as const;

/** Harmless attributes per element; `rel`, `loading`, `sandbox`, ... are set by us, not kept. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "*": GLOBAL_ATTRIBUTES,
  a: ["href", "hreflang", "rel"],
  img: [
    "src",
    "srcset",
    "sizes",
    "alt",
    "width",
    "height",
    "loading",
    "decoding",
    "referrerpolicy",
  ],
  source: ["src", "srcset", "sizes", "type", "media", "width", "height"],
  audio: ["src", "controls", "preload", "loop", "muted"],
  video: [
    "src",
    "poster",
    "controls",
    "width",
    "height",
    "preload",
    "loop",
    "muted",
    "playsinline",
  ],
  track: ["src", "kind", "srclang", "label", "default"],
  iframe: ["src", "width", "height", "sandbox", "referrerpolicy", "loading", "allowfullscreen"],
  td: ["colspan", "rowspan", "align"],
  th: ["colspan", "rowspan", "align", "scope", "abbr"],
  col: ["span"],
  colgroup: ["span"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite", "datetime"],
  ins: ["cite", "datetime"],
  time: ["datetime"],
  data: ["value"],
  details: ["open"],
  code: ["class"],
});

/** Boolean attributes that are kept with an empty value. */
// biome-ignore format: a word list, kept dense
export const EMPTY_ATTRIBUTES: readonly string[] = Object.freeze([
  "alt", "controls", "allowfullscreen", "reversed", "open", "muted", "loop", "playsinline",
  "default",
]);

/** Only the highlighter's language survives of all classes (`<code class="language-go">`). */
export const ALLOWED_CLASSES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  code: ["language-*"],
});

/** Attributes holding URLs: resolved against the entry's base and checked for their scheme. */
// biome-ignore format: a word list, kept dense
export const URL_ATTRIBUTES: readonly string[] = Object.freeze([
  "href", "src", "srcset", "poster", "cite", "longdesc",
]);

/** Schemes a link may use; everything else (javascript:, vbscript:, data:, ...) is dropped. */
export const LINK_SCHEMES: readonly string[] = Object.freeze(["http:", "https:", "mailto:"]);
/** Schemes any other URL attribute may use. */
export const MEDIA_SCHEMES: readonly string[] = Object.freeze(["http:", "https:"]);

/**
 * Inline images allowed as `data:` URLs on `<img>` only. SVG is left out on purpose: it is
 * safe inside `<img>` but the same URL opened as a document runs its scripts.
 */
export const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|jpg|webp|avif|bmp|x-icon)[;,]/i;

/** Video hosts whose players may be embedded; config adds more (PeerTube instances). */
// biome-ignore format: a word list, kept dense
export const DEFAULT_EMBED_HOSTS: readonly string[] = Object.freeze([
  "www.youtube.com", "youtube.com", "www.youtube-nocookie.com", "player.vimeo.com",
]);

/** What every embedded player gets: its own origin sandbox, no referrer, lazy loading. */
export const EMBED_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({
  sandbox: "allow-scripts allow-same-origin allow-popups allow-presentation",
  referrerpolicy: "no-referrer",
  loading: "lazy",
  allowfullscreen: "",
});

/** What every image gets: many blogs refuse hotlinked images that carry a Referer. */
export const IMAGE_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({
  loading: "lazy",
  decoding: "async",
  referrerpolicy: "no-referrer",
});

/** What every link gets: the target page cannot reach back into ours, nor earn rank. */
export const LINK_REL = "noopener noreferrer ugc";

/**
 * Feed-analytics and feed-ad endpoints, as host plus optional path prefix. An image from one of
 * these is a tracking pixel; a link to one is an ad. Sources: FeedBurner's "FeedFlare" and
 * item stats, WordPress.com stats, Feedsportal and FeedBlitz, common ad and analytics pixels.
 */
export const TRACKING_ENDPOINTS: readonly { host: string; path: string }[] = Object.freeze([
  { host: "feeds.feedburner.com", path: "/~r/" },
  { host: "feeds.feedburner.com", path: "/~ff/" },
  { host: "feeds.feedburner.com", path: "/~a/" },
  { host: "feedproxy.google.com", path: "/~r/" },
  { host: "feedproxy.google.com", path: "/~ff/" },
  { host: "feedads.g.doubleclick.net", path: "/" },
  { host: "ad.doubleclick.net", path: "/" },
  { host: "pixel.wp.com", path: "/" },
  { host: "stats.wordpress.com", path: "/" },
  { host: "www.google-analytics.com", path: "/" },
  { host: "google-analytics.com", path: "/" },
  { host: "pi.feedsportal.com", path: "/" },
  { host: "da.feedsportal.com", path: "/" },
  { host: "assets.feedblitz.com", path: "/i/" },
  { host: "feeds.feedblitz.com", path: "/~/i/" },
  { host: "pixel.quantserve.com", path: "/" },
  { host: "www.facebook.com", path: "/tr" },
  { host: "counter.theconversation.com", path: "/" },
  { host: "pixel.mathtag.com", path: "/" },
  { host: "sb.scorecardresearch.com", path: "/" },
]);

/** Classes of the blocks FeedBurner and others append to entries: share buttons and ads. */
// biome-ignore format: a word list, kept dense
export const FEED_AD_CLASSES: readonly string[] = Object.freeze([
  "feedflare", "mf-viral", "wp-block-jetpack-subscriptions", "sharedaddy", "jp-relatedposts",
]);

/** Script widgets that embed something worth linking to: the script's URL → the page's URL. */
export const SCRIPT_WIDGETS: readonly { host: string; toPage: (url: URL) => string }[] =
  Object.freeze([
    { host: "gist.github.com", toPage: (url) => url.href.replace(/\.js(?=$|\?)/, "") },
    { host: "gitlab.com", toPage: (url) => url.href.replace(/\.js(?=$|\?)/, "") },
    { host: "pastebin.com", toPage: (url) => url.href.replace("/embed_js/", "/") },
  ]);

function parseAbsolute(url: string | undefined): URL | null {
  return url ? URL.parse(url) : null;
}

// Any tracker's host name, in any case. In a URL of printable ASCII without a `%`, the parsed
// host name is the text of the URL's host in lower case (no percent-decoding, and IDNA mapping
// of ASCII only lowercases), so a URL in which none of them occurs is no tracker's: most links
// are ruled out by one search instead of being parsed.
const TRACKING_HOSTS = new RegExp(
  [...new Set(TRACKING_ENDPOINTS.map((t) => t.host))]
    .map((host) => host.replace(/\./g, "\\."))
    .join("|"),
  "i",
);
// Printable ASCII but `%`.
const PLAIN_ASCII = /^[ -$&-~]*$/;

/** True when a URL points at a known feed-analytics or feed-ad endpoint. */
export function isTrackingUrl(url: string | undefined): boolean {
  if (url === undefined || (PLAIN_ASCII.test(url) && !TRACKING_HOSTS.test(url))) return false;
  const parsed = parseAbsolute(url);
  if (!parsed) return false;
  const host = parsed.hostname.toLowerCase();
  return TRACKING_ENDPOINTS.some((t) => t.host === host && parsed.pathname.startsWith(t.path));
}

/** True for an image that only exists to count readers: 1×1 or 0×0, or a tracker's URL. */
export function isTrackingPixel(attribs: Readonly<Record<string, string>>): boolean {
  const tiny = (v: string | undefined) => v !== undefined && /^\s*[01](?:px)?\s*$/i.test(v);
  if (tiny(attribs.width) && tiny(attribs.height)) return true;
  return isTrackingUrl(attribs.src);
}

/** True when an iframe's (resolved) src is an https or http page on an allowed embed host. */
export function isAllowedEmbed(src: string | undefined, extraHosts: readonly string[]): boolean {
  const parsed = parseAbsolute(src);
  if (!parsed || (parsed.protocol !== "https:" && parsed.protocol !== "http:")) return false;
  const host = parsed.hostname.toLowerCase();
  return DEFAULT_EMBED_HOSTS.includes(host) || extraHosts.some((h) => h.toLowerCase() === host);
}

/** True for a block or link that is a feed ad or share widget rather than the author's words. */
export function isFeedAd(tag: string, attribs: Readonly<Record<string, string>>): boolean {
  const classes = attribs.class?.toLowerCase().split(/\s+/);
  if (classes?.some((c) => FEED_AD_CLASSES.includes(c))) return true;
  if (tag !== "a") return false;
  const href = attribs.href ?? "";
  return /feedads/i.test(href) || isTrackingUrl(href);
}

/** The page a script widget embeds (a gist, a snippet), or null for any other script. */
export function widgetPage(src: string | undefined): string | null {
  const parsed = parseAbsolute(src);
  if (parsed?.protocol !== "https:") return null;
  const widget = SCRIPT_WIDGETS.find((w) => w.host === parsed.hostname.toLowerCase());
  return widget ? widget.toPage(parsed) : null;
}
