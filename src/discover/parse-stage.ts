/** What discovery needs of the parse stage: feeds, pages read by microformats, page text. */
import type { FeedBytes } from "../model.js";
import { decodeFeed } from "../parse/encoding/index.js";

export { parseFeed, parseHtmlSource } from "../parse/index.js";

/** The page's text, decoded the way the parser decodes feeds. */
export function decodeText(page: FeedBytes): string {
  return decodeFeed(page.body, page.contentType).text;
}
