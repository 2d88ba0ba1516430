// Feed bytes to text: BOM, Content-Type charset, XML declaration and sniffing, in that order.
export {
  CHUNK_BYTES,
  containsChar,
  joinChunks,
  type TextChunks,
  textPrefix,
} from "./chunks.js";
export { type DecodedFeed, decodeFeed, type FeedText, openFeedText } from "./decode-feed.js";
