// Feed bytes to text: BOM, Content-Type charset, XML declaration and sniffing, in that order.
export { type DecodedFeed, decodeFeed } from "./decode-feed.js";
