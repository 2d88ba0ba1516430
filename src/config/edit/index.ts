/** Editing a config file in place: drafts of people, feeds and planets merged into its text. */
export { type FeedDraft, type PersonDraft, type PlanetDraft, slugify, uniqueId } from "./drafts.js";
export { existingEntries, type Merge, mergeDrafts } from "./merge.js";
