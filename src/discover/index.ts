/** Feed autodiscovery: from a blog's page URL to its feeds, best first. */
export { type Discovery, discoverFeeds } from "./discover.js";
export { type FoundFeed, isAmbiguous, isCommentFeed } from "./rank.js";
