/** The parse stage: bytes + URL + Content-Type → one normalized feed (see specs/parse-json.md). */

export { compileDatePattern, parseHtmlSource } from "./html-source/index.js";
export { detectFormat, parseFeed } from "./parse-feed.js";
export { emptyEntry, emptyFeed, failedParse } from "./result.js";
