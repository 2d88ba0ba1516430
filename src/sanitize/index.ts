/** The sanitize stage: entry HTML made safe, well-formed and readable; excerpts; plain text. */
export {
  cutExcerpt,
  type Excerpt,
  type ExcerptLimit,
  excerpt,
  excerptCut,
} from "./excerpt.js";
export { toPlainText } from "./plain-text.js";
export {
  DEFAULT_EMBED_HOSTS,
  isAllowedEmbed,
  isFeedAd,
  isTrackingPixel,
} from "./policy.js";
export { type SanitizeFeedOptions, sanitizeFeed } from "./sanitize-feed.js";
export { type SanitizeOptions, sanitizeHtml } from "./sanitize-html.js";
