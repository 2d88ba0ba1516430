/** What discovery needs of the parse stage: feeds, page text, and the microformats check. */
import type { FeedBytes } from "../model.js";
import { decodeFeed } from "../parse/encoding/index.js";

export { pageHasMicroformats, parseFeed } from "../parse/index.js";

/** The page's text, decoded the way the parser decodes feeds. */
export function decodeText(page: FeedBytes): string {
  return decodeFeed(page.body, page.contentType).text;
}
